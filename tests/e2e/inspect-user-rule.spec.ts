import { expect, type Page, test } from "@playwright/test";
import { cellCentre, counters, openEmpty } from "./support.ts";

// The Inspector on a rule the user wrote: traced by the user's own coroutine in the rule
// sandbox, with the user's source shown and the running line marked.

/** HighLife as a coroutine, as a user would write it. */
const HIGHLIFE = `function* cell(y, x) {
  const me = yield query(y, x);
  const neighbors = yield* countNeighbors(y, x);
  const born = neighbors === 3 || neighbors === 6;
  const survives = neighbors === 2 || neighbors === 3;
  yield transition(y, x, (me === 1 ? survives : born) ? 1 : 0);
}
`;

/** Writes `source` in the rule editor, applies it and closes the editor. */
async function applyRule(page: Page, source: string): Promise<void> {
  await page.getByRole("button", { name: "Write a rule…" }).click();
  const dialog = page.getByRole("dialog", { name: "Write a rule" });
  const code = page.getByRole("textbox", { name: "Rule source (JavaScript)" });
  await expect(code).toBeVisible();
  await code.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(source);
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(dialog.getByTestId("rule-outcome")).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
}

/** A 16x12 torus with a vertical blinker on its right edge, x 15, y 4 to 6. */
async function blinkerOnTheEdge(page: Page) {
  await openEmpty(page, "16x12");
  for (const y of [4, 5, 6]) {
    const at = await cellCentre(page, 15, y);
    await page.mouse.click(at.x, at.y);
  }
}

async function inspect(page: Page, x: number, y: number) {
  await page.getByRole("button", { name: "Inspect" }).click();
  const at = await cellCentre(page, x, y);
  await page.mouse.click(at.x, at.y);
  const panel = page.getByRole("region", { name: new RegExp(`Cell \\(${y}, ${x}\\)`) });
  await expect(panel).toBeVisible();
  return panel;
}

test("inspects a cell of a user's HighLife coroutine: the user's lines marked, across the torus's edge", async ({
  page,
}) => {
  await blinkerOnTheEdge(page);
  await applyRule(page, HIGHLIFE);
  await expect(page.getByTestId("rule-note")).toContainText("compiled to B36/S23");
  const panel = await inspect(page, 0, 5);
  await expect(panel.getByTestId("inspector-progress")).toHaveText("Instruction 1 of 11");
  const marked = panel.getByTestId("current-yield");
  await expect(marked).toHaveCount(1);
  await expect(marked).toContainText("const me = yield query(y, x);");
  await expect(panel.locator(".source-pane figcaption").first()).toHaveText(/^your rule/);
  // The west neighbour, across the edge: the user's cell waits in its yield*, and the engine's
  // countNeighbors (from the sandbox's bundle) asks.
  for (let i = 0; i < 7; i++) {
    await panel.getByRole("button", { name: "Step instruction", exact: true }).click();
  }
  await expect(panel.getByTestId("answered-by")).toHaveText("(5, \u22121) \u2192 (5, 15), wrapped");
  await expect(panel.getByTestId("frame-stack")).toContainText(
    "cell \u2192 yield* \u2192 countNeighbors",
  );
  await expect(marked).toHaveCount(2);
  await expect(marked.first()).toContainText("const neighbors = yield* countNeighbors(y, x);");
  await expect(marked.last()).toContainText("count += yield query(y, x - 1); // w");
  await panel.getByRole("button", { name: "Run to TICK" }).click();
  await panel.getByRole("button", { name: "Step instruction back" }).click();
  await expect(panel.getByTestId("inspector-instruction")).toContainText(
    "Transition(5, 0) \u2192 state 1",
  );
  await expect(marked).toHaveCount(1);
  await expect(marked).toContainText(
    "yield transition(y, x, (me === 1 ? survives : born) ? 1 : 0);",
  );
});

test("inspects a user's rule that did not compile: 25 queries of the user's own loop, traced in the sandbox", async ({
  page,
}) => {
  await blinkerOnTheEdge(page);
  await page.getByRole("button", { name: "Write a rule…" }).click();
  await expect(page.getByRole("textbox", { name: "Rule source (JavaScript)" })).toBeVisible();
  await page
    .getByLabel("Example")
    .selectOption({ label: "A larger sphere of influence (range 2)" });
  const dialog = page.getByRole("dialog", { name: "Write a rule" });
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(dialog.getByTestId("rule-outcome")).toContainText("interpreter");
  await dialog.getByRole("button", { name: "Close" }).click();
  const panel = await inspect(page, 14, 5);
  await expect(panel.getByTestId("inspector-progress")).toHaveText("Instruction 1 of 27");
  await panel.getByRole("button", { name: "Step instruction", exact: true }).click();
  const marked = panel.getByTestId("current-yield");
  await expect(marked).toContainText("if ((yield query(y + dy, x + dx)) === 1) alive++;");
  await expect(panel.getByTestId("frame-stack")).toHaveText(/Frames: cell$/);
  await panel.getByRole("button", { name: "Run to TICK" }).click();
  await expect(panel.getByTestId("inspector-instruction")).toContainText("yield TICK");
  await panel.getByRole("button", { name: "Watch a generation" }).click();
  await page.getByRole("button", { name: /Check against the kernel/ }).click();
  await expect(page.getByRole("status")).toContainText("Identical");
});

test("an endless loop in the inspected cell is stopped within a second; the pattern stays and the next cell traces", async ({
  page,
}) => {
  await blinkerOnTheEdge(page);
  // Life, except that the cell at (7, 9) never answers: the rule compiles (the compiler and the
  // check try other places) and the world runs on the kernel, but tracing that cell loops.
  await applyRule(
    page,
    `function* cell(y, x) {
  if (y === 7 && x === 9) while (true) {}
  const me = yield query(y, x);
  const n = yield* countNeighbors(y, x);
  yield transition(y, x, n === 3 || (me === 1 && n === 2) ? 1 : 0);
}
`,
  );
  const started = Date.now();
  const panel = await inspect(page, 9, 7);
  await expect(panel.locator(".field-error")).toContainText("stopped after 0.7 s", {
    timeout: 5000,
  });
  expect(Date.now() - started).toBeLessThan(4000);
  await expect(counters(page)).toContainText("Population 3");
  await page.getByRole("button", { name: "Step cell: the next cell's coroutine" }).click();
  await expect(page.getByRole("region", { name: /Cell \(7, 10\)/ })).toBeVisible();
  await expect(page.getByTestId("inspector-progress")).toHaveText("Instruction 1 of 11");
});

test("a reload brings back a world that ran a rule which did not compile, running that rule again", async ({
  page,
}) => {
  await blinkerOnTheEdge(page);
  await page.getByRole("button", { name: "Write a rule…" }).click();
  await expect(page.getByRole("textbox", { name: "Rule source (JavaScript)" })).toBeVisible();
  await page.getByLabel("Example").selectOption({ label: "More states: Brian's Brain" });
  const dialog = page.getByRole("dialog", { name: "Write a rule" });
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(dialog.getByTestId("rule-outcome")).toContainText("interpreter");
  await dialog.getByRole("button", { name: "Close" }).click();
  await page.getByRole("button", { name: "Step" }).click();
  await expect(counters(page)).toContainText("Generation 1");
  // Brian's Brain: the blinker's three cells start dying; two cells beside its ends come on.
  await expect(counters(page)).toContainText("Population 7");
  await page.waitForTimeout(300);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("rule-note")).toContainText("interpreter, in the sandbox");
  // A grid's save is its cells, as generation 0 (as for every rule).
  await expect(counters(page)).toContainText("Population 7");
  await page.getByRole("button", { name: "Step" }).click();
  await expect(counters(page)).toContainText("Generation 1");
  const panel = await inspect(page, 0, 5);
  await expect(panel.getByTestId("inspector-progress")).toHaveText("Instruction 1 of 11");
  await expect(panel.getByTestId("current-yield")).toContainText("const me = yield query(y, x);");
});
