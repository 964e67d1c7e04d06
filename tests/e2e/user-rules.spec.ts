import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { afterPaint, counters, grid, openApp, readView } from "./support.ts";

// A user's rule, written in the rule editor and run in the rule sandbox: compiled when it is a
// 3x3 table, on the interpreter otherwise, never able to reach the network, stopped when it
// loops.

const SOUP = "size=64x48&random=0.4&seed=9";

/** Opens the rule editor and puts `source` in its code editor. */
async function writeRule(page: Page, source: string): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "Write a rule" });
  if (!(await dialog.isVisible()))
    await page.getByRole("button", { name: "Write a rule…" }).click();
  const code = page.getByRole("textbox", { name: "Rule source (JavaScript)" });
  await expect(code).toBeVisible();
  await code.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(source);
}

async function chooseExample(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name: "Write a rule…" }).click();
  await expect(page.getByRole("textbox", { name: "Rule source (JavaScript)" })).toBeVisible();
  await page.getByLabel("Example").selectOption({ label: name });
}

async function applyAndClose(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "Write a rule" });
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(dialog.getByTestId("rule-outcome")).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
}

async function step(page: Page, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.getByRole("button", { name: "Step" }).click();
  await expect(counters(page)).toContainText(`Generation ${times}`);
  await afterPaint(page);
}

/** Every cell of the grid as the canvas draws it: "1" where it is not the empty colour. */
async function drawnCells(page: Page, width: number, height: number): Promise<string> {
  const view = await readView(page);
  return grid(page).evaluate(
    (el, { view, width, height }) => {
      const canvas = el as HTMLCanvasElement;
      const ratio = canvas.width / canvas.clientWidth;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no 2d context");
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      let cells = "";
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const px = Math.floor((view.panX + (x + 0.5) * view.zoom) * ratio);
          const py = Math.floor((view.panY + (y + 0.5) * view.zoom) * ratio);
          const at = (py * canvas.width + px) * 4;
          const bright =
            (image.data[at] ?? 0) + (image.data[at + 1] ?? 0) + (image.data[at + 2] ?? 0);
          cells += bright > 200 ? "1" : "0";
        }
        cells += "\n";
      }
      return cells;
    },
    { view, width, height },
  );
}

/**
 * Times, in the page, from the next click to when the element `selector` first shows text
 * matching `pattern`: call before clicking; the function it returns gives the milliseconds
 * (Infinity if the text never showed).
 */
async function timeClickToMessage(
  page: Page,
  selector: string,
  pattern: string,
): Promise<() => Promise<number>> {
  await page.evaluate(
    ([selector, pattern]) => {
      const times: Record<string, number> = {};
      (window as unknown as { times: Record<string, number> }).times = times;
      const matches = new RegExp(pattern);
      document.addEventListener(
        "click",
        () => {
          times.clicked ??= performance.now();
        },
        true,
      );
      new MutationObserver(() => {
        const element = document.querySelector(selector);
        if (matches.test(element?.textContent ?? "")) times.shown ??= performance.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    [selector, pattern] as const,
  );
  return async () => {
    const { clicked = 0, shown = Infinity } = await page.evaluate(
      () => (window as unknown as { times: Record<string, number> }).times,
    );
    return shown - clicked;
  };
}

test("HighLife written as a coroutine compiles to B36/S23 and runs like the built-in rule", async ({
  page,
}) => {
  await openApp(page, `/?${SOUP}&rule=B36/S23`);
  await step(page, 50);
  const builtIn = {
    counts: await counters(page).textContent(),
    cells: await drawnCells(page, 64, 48),
  };

  await openApp(page, `/?${SOUP}`);
  await chooseExample(page, "HighLife (B36/S23) as a coroutine");
  await applyAndClose(page);
  await expect(page.getByTestId("rule-note")).toContainText("compiled to B36/S23");
  await step(page, 50);
  expect(await counters(page).textContent()).toBe(builtIn.counts);
  expect(await drawnCells(page, 64, 48)).toBe(builtIn.cells);
  expect(builtIn.cells).toContain("1");
});

test("HighLife written as gameLogic compiles to the same rule", async ({ page }) => {
  await openApp(page, `/?${SOUP}`);
  await writeRule(
    page,
    "function gameLogic(state, neighbors) {\nif (state === 1) return neighbors === 2 || neighbors === 3 ? 1 : 0;\nreturn neighbors === 3 || neighbors === 6 ? 1 : 0;\n}\n",
  );
  await applyAndClose(page);
  await expect(page.getByTestId("rule-note")).toContainText("compiled to B36/S23");
  await expect(page.getByLabel("Rule", { exact: true })).toHaveValue("B36/S23");
});

test("a range-2 coroutine runs on the interpreter in the sandbox and equals the built-in Larger than Life rule", async ({
  page,
}) => {
  await openApp(page, `/?${SOUP}&rule=R2,C0,M0,S6..9,B7..8,NM`);
  await step(page, 12);
  const builtIn = {
    counts: await counters(page).textContent(),
    cells: await drawnCells(page, 64, 48),
  };

  await openApp(page, `/?${SOUP}`);
  await chooseExample(page, "A larger sphere of influence (range 2)");
  await applyAndClose(page);
  await expect(page.getByTestId("rule-note")).toContainText("interpreter");
  await expect(page.getByTestId("rule-note")).toContainText("range 2");
  const soup = await drawnCells(page, 64, 48);
  await step(page, 12);
  await expect(page.locator(".status-bar .info span").last()).toContainText(
    "coroutine interpreter · rule sandbox",
  );
  expect(await counters(page).textContent()).toBe(builtIn.counts);
  expect(await drawnCells(page, 64, 48)).toBe(builtIn.cells);
  // Reset puts back generation 0, which the sandboxed world kept as a snapshot.
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(counters(page)).toContainText("Generation 0");
  await afterPaint(page);
  expect(await drawnCells(page, 64, 48)).toBe(soup);
});

test("a syntax error is shown at its line, and the running rule stays", async ({ page }) => {
  await openApp(page, `/?${SOUP}`);
  await writeRule(
    page,
    "function* cell(y, x) {\n  const me = yield query(y, x)\n  yield transition(y, x, me +);\n}\n",
  );
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "syntax error" })).toContainText(
    /line 3, column \d+: syntax error: Unexpected token/,
  );
  await expect(page.locator(".cm-lintRange-error")).toHaveCount(1);
  // An exception from the rule's code, at its line, as the sandbox's worker reports it.
  await writeRule(
    page,
    "function* cell(y, x) {\n  const me = yield query(y, x);\n  me.oops.deeper;\n}\n",
  );
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByTestId("rule-problem")).toContainText(
    /^line 3, column \d+: TypeError: .* \(in the cell at \(0, 0\)\)$/,
  );
  await expect(page.getByLabel("Rule", { exact: true })).toHaveValue("B3/S23");
});

test("the sandbox cannot reach the network, the page's storage or start workers", async ({
  page,
  context,
}) => {
  // Anything the sandbox reached would be answered here: it must reach nothing.
  let reached = 0;
  await context.route("**/exfiltrate**", (route) => {
    reached++;
    return route.fulfill({ body: "{}", headers: { "access-control-allow-origin": "*" } });
  });
  await context.routeWebSocket("**/exfiltrate**", () => {
    reached++;
  });
  await openApp(page, `/?${SOUP}`);
  const url = new URL("/exfiltrate", page.url()).href;
  const ws = url.replace("http", "ws");
  // Synchronous attempts report at once; fetch's outcome is kept in the worker's global and
  // reported by the next check of an edited source.
  const probe = `const tried = [];
function attempt(name, run) {
  try { run(); tried.push(name + ": allowed"); } catch (e) { tried.push(name + ": refused (" + e.name + ")"); }
}
attempt("xhr", () => { const r = new XMLHttpRequest(); r.open("GET", "${url}?xhr", false); r.send(); });
attempt("websocket", () => {
  const socket = new WebSocket("${ws}");
  socket.onopen = () => { globalThis.socket = "allowed"; };
  socket.onerror = () => { globalThis.socket = "refused (error event)"; };
});
attempt("importScripts", () => importScripts("${url}?script"));
attempt("worker", () => new Worker(URL.createObjectURL(new Blob(["postMessage(1)"]))));
attempt("indexedDB", () => indexedDB.open("stolen"));
attempt("localStorage", () => localStorage.getItem("x"));
attempt("parent", () => parent.document.title);
if (globalThis.fetched) tried.push("fetch: " + globalThis.fetched);
if (globalThis.socket) tried.push("websocket connection: " + globalThis.socket);
fetch("${url}?fetch").then(() => { globalThis.fetched = "allowed"; }, (e) => { globalThis.fetched = "refused (" + e.name + ")"; });
throw new Error(tried.join("; "));
`;
  await writeRule(page, probe);
  await page.getByRole("button", { name: "Check" }).click();
  const problem = page.getByTestId("rule-problem");
  await expect(problem).toContainText("xhr: refused");
  // Edited, so that the sandbox loads it again and reports the first fetch's outcome.
  await writeRule(page, `// again\n${probe}`);
  await page.getByRole("button", { name: "Check" }).click();
  await expect(problem).toContainText("fetch: refused");
  const text = (await problem.textContent()) ?? "";
  for (const name of [
    "xhr",
    "websocket connection",
    "importScripts",
    "worker",
    "indexedDB",
    "localStorage",
    "parent",
    "fetch",
  ]) {
    expect(text).toMatch(new RegExp(`${name}: refused`));
  }
  expect(text).not.toMatch(/(?<!websocket): allowed/);
  expect(reached).toBe(0);
});

test("an endless loop is stopped within a second with a message; the page keeps drawing and its pattern", async ({
  page,
}) => {
  await openApp(page, `/?${SOUP}`);
  // Passes the checks and the compiler (a range-2 rule) and loops only at cell (20, 20).
  await writeRule(
    page,
    `function* cell(y, x) {
  const me = yield query(y, x);
  const far = yield query(y + 2, x);
  if (y === 20 && x === 20) while (true) {}
  yield transition(y, x, me === 1 && far === 1 ? 1 : 0);
}
`,
  );
  await applyAndClose(page);
  await expect(page.getByTestId("rule-note")).toContainText("interpreter");
  const before = await counters(page).textContent();
  const cells = await drawnCells(page, 64, 48);

  // Frames the page draws in a second: at rest, then while the sandbox spins in the loop.
  const countFrames = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let count = 0;
          const end = performance.now() + 1000;
          const frame = (now: number) => {
            count++;
            if (now < end) requestAnimationFrame(frame);
            else resolve(count);
          };
          requestAnimationFrame(frame);
        }),
    );
  const atRest = await countFrames();
  // When Step is pressed and when the message shows, timed in the page.
  const stopped = await timeClickToMessage(page, ".alert, [role=alert]", "stopped after 0\\.7 s");
  const frames = countFrames();
  await page.getByRole("button", { name: "Step" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "stopped after 0.7 s" });
  await expect(alert).toBeVisible({ timeout: 5000 });
  const stoppedAfter = await stopped();
  const during = await frames;
  console.log(
    `stopped after ${stoppedAfter} ms; ${during} frames in that second, ${atRest} at rest`,
  );
  // The budget is 0.7 s without an answer; the rest is messages between the page and three
  // workers, on two cores that the looping worker keeps one of busy. The issue: within 1 s.
  expect(stoppedAfter).toBeLessThan(1000);
  // The loop runs in the sandbox's worker, not on the page's thread: the page keeps drawing
  // (on two shared cores, one of them spinning in the loop, measured 43 to 60 frames a second).
  expect(during).toBeGreaterThanOrEqual(Math.floor(atRest * 0.6));
  expect(await counters(page).textContent()).toBe(before);
  expect(await drawnCells(page, 64, 48)).toBe(cells);
});

test("a link carrying a rule's code shows it and runs nothing until the user says so", async ({
  page,
  context,
}) => {
  await openApp(page, `/?${SOUP}`);
  await chooseExample(page, "A larger sphere of influence (range 2)");
  await applyAndClose(page);
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const link = new URL(await page.getByLabel("Share link").inputValue());

  const opened = await context.newPage();
  await openApp(opened, `/${link.hash}`);
  await expect(opened.getByTestId("linked-code")).toHaveValue(/Every cell within 2 of this one/);
  // Nothing has run: no sandbox was started, the pattern is paused on the link's built-in rule.
  await expect(opened.locator("iframe[sandbox]")).toHaveCount(0);
  await expect(opened.getByLabel("Rule", { exact: true })).toHaveValue("B3/S23");
  await expect(opened.getByRole("button", { name: "Play" })).toBeVisible();
  await expect(opened.getByTestId("rule-note")).toHaveCount(0);
  await expect(counters(opened)).toContainText("Generation 0");

  await opened.getByRole("button", { name: "Run the code from this link" }).click();
  await expect(opened.getByTestId("rule-note")).toContainText("range 2");
  await expect(opened.locator("iframe[sandbox]")).toHaveCount(1);
  await expect(opened.getByTestId("linked-code")).toHaveCount(0);
  await step(opened, 3);
});

test("a rule that allocates without end is stopped, and the page goes on", async ({ page }) => {
  await openApp(page, `/?${SOUP}`);
  await writeRule(page, "const hoard = [];\nwhile (true) hoard.push(new Array(1e6).fill(1));\n");
  // When Check is pressed and when the message shows, timed in the page.
  const stopped = await timeClickToMessage(
    page,
    "[data-testid=rule-problem]",
    "stopped after 0\\.7 s|failed",
  );
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByTestId("rule-problem")).toContainText(/stopped after 0.7 s|failed/, {
    timeout: 10_000,
  });
  const stoppedAfter = await stopped();
  console.log(`allocation stopped after ${stoppedAfter} ms`);
  // The issue: stopped within a second (the budget is 0.7 s; the sandbox started with the editor).
  expect(stoppedAfter).toBeLessThan(1000);
  // The page still works: the rule editor checks another rule, the world still steps.
  await writeRule(page, "return neighbors === 3 ? 1 : 0;");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByTestId("rule-outcome")).toContainText("compiled to B3/S");
  await page.getByRole("button", { name: "Close" }).click();
  await step(page, 1);
});

test("the rule editor and a link's code notice have no axe-core findings", async ({
  page,
  context,
}) => {
  const findings = async (on: Page) =>
    (await new AxeBuilder({ page: on }).analyze()).violations.flatMap((v) =>
      v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(" ")}`),
    );
  await openApp(page, `/?${SOUP}`);
  await chooseExample(page, "More states: Brian's Brain");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByTestId("rule-outcome")).toContainText("declares 3 states");
  expect(await findings(page)).toEqual([]);
  await writeRule(page, "function* cell(y, x) {\n  yield 5;\n}\n");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.getByTestId("rule-problem")).toContainText("yielded 5");
  expect(await findings(page)).toEqual([]);
  // Keyboard: Escape closes the dialog and gives focus back to the page.
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Write a rule" })).toBeHidden();

  await chooseExample(page, "More states: Brian's Brain");
  await applyAndClose(page);
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const link = new URL(await page.getByLabel("Share link").inputValue());
  const opened = await context.newPage();
  await openApp(opened, `/${link.hash}`);
  await expect(opened.getByTestId("linked-code")).toBeVisible();
  await expect(opened.getByLabel("Rule", { exact: true })).toHaveValue("23/3/3");
  expect(await findings(opened)).toEqual([]);
});

test("a rule can neither answer for the sandbox nor keep itself from being stopped", async ({
  page,
}) => {
  await openApp(page, `/?${SOUP}`);
  await writeRule(
    page,
    `const tried = [];
function attempt(name, run) {
  try { run(); tried.push(name + ": allowed"); } catch (e) { tried.push(name + ": refused (" + e.name + ")"); }
}
attempt("postMessage", () => postMessage({ kind: "alive" }));
attempt("prototype postMessage", () => Object.getPrototypeOf(self).postMessage.call(self, { kind: "alive" }));
attempt("onmessage", () => self.onmessage({ data: { kind: "prepare", id: 1, source: "return 0;" } }));
throw new Error(tried.join("; "));
`,
  );
  await page.getByRole("button", { name: "Check" }).click();
  const problem = page.getByTestId("rule-problem");
  await expect(problem).toContainText("postMessage: refused");
  await expect(problem).toContainText("prototype postMessage: refused");
  await expect(problem).toContainText("onmessage: refused");

  // Requests the rule makes up and dispatches itself are ignored: it is stopped as any loop is.
  await writeRule(
    page,
    `const step = { kind: "step", id: 0, source: "return 0;", states: 2, width: 8, height: 8,
  surface: { topology: "torus" }, cells: new Uint8Array(64), generations: 1 };
while (true) self.dispatchEvent(new MessageEvent("message", { data: step }));
`,
  );
  await page.getByRole("button", { name: "Check" }).click();
  await expect(problem).toContainText("stopped after 0.7 s", { timeout: 5000 });
});
