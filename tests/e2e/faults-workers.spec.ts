import { expect, type Page, test } from "@playwright/test";
import { expectNoLongTask, forgetLongTasks, watchLongTasks } from "./longTasks.ts";
import {
  afterPaint,
  clickCell,
  expectStatus,
  GLIDER,
  isDrawnAlive,
  openApp,
  readStatus,
} from "./support.ts";

// Issue #10's fault injection, workers: a Worker constructor that throws, a worker killed while
// playing, and a Workers field asked for 999. The pattern must survive each, and the page must
// never stall (no task over 200 ms).

const SIZE = 24;

declare global {
  interface Window {
    /** Every Worker the page started, in order (when the test wraps the constructor). */
    __workers: Worker[];
  }
}

test.beforeEach(async ({ page }) => {
  await watchLongTasks(page);
});

/** Keeps every Worker the page starts in `window.__workers`, so a test can count or kill them. */
async function trackWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Native = window.Worker;
    window.__workers = [];
    window.Worker = class extends Native {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        window.__workers.push(this);
      }
    };
  });
}

const engineLabel = (page: Page) => page.locator(".status-bar .info span").last();

/** Opens the app on an empty 24x24 torus with a glider, playing. */
async function playGlider(page: Page): Promise<void> {
  await openApp(page);
  await playGliderHere(page);
}

/** The same in the app as it is open: stops the default pattern, empties the grid, draws. */
async function playGliderHere(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByLabel("Grid size").fill(`${SIZE}x${SIZE}`);
  await page.getByLabel("Grid size").press("Enter");
  await page.getByRole("button", { name: "Clear" }).click();
  await expectStatus(page, 0, 0);
  await forgetLongTasks(page);
  for (const [x, y] of GLIDER) await clickCell(page, x, y);
  await expectStatus(page, 0, 5);
  await page.getByRole("button", { name: "Play" }).click();
}

async function waitForGeneration(page: Page, atLeast: number, timeout = 15_000): Promise<void> {
  await expect
    .poll(async () => (await readStatus(page)).generation, { timeout })
    .toBeGreaterThanOrEqual(atLeast);
}

/**
 * Pauses, steps to a multiple of 4 and expects the glider where it must be by then: a glider
 * moves one cell down and right every 4 generations, wrapping around the torus.
 */
async function expectGliderKept(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Pause" }).click();
  let { generation } = await readStatus(page);
  while (generation % 4 !== 0) {
    await page.getByRole("button", { name: "Step" }).click();
    generation++;
    await expectStatus(page, generation, 5);
  }
  await expectStatus(page, generation, 5);
  await afterPaint(page);
  const shift = generation / 4;
  for (const [x, y] of GLIDER) {
    const at = `(${(x + shift) % SIZE}, ${(y + shift) % SIZE}) at generation ${generation}`;
    expect(await isDrawnAlive(page, (x + shift) % SIZE, (y + shift) % SIZE), at).toBe(true);
  }
}

test("a Worker constructor that throws: the app runs in the page and says so", async ({ page }) => {
  // As in <iframe sandbox="allow-scripts">, whose opaque origin may not start workers.
  await page.addInitScript(() => {
    window.Worker = class {
      constructor() {
        throw new DOMException(
          "Failed to construct 'Worker': Script cannot be accessed from origin 'null'.",
          "SecurityError",
        );
      }
    } as unknown as typeof Worker;
  });
  await openApp(page);
  await expect(page.getByRole("alert")).toContainText(
    "Workers could not start (Failed to construct 'Worker'",
  );
  await expect(page.getByRole("alert")).toContainText("the simulation runs in the page");
  await playGliderHere(page);
  await waitForGeneration(page, 30);
  await expect(engineLabel(page)).toHaveText(/kernel · in the page/);
  await expectGliderKept(page);
  await expectNoLongTask(page);
});

test("a policy that forbids workers: the app runs in the page and says so", async ({ page }) => {
  // worker-src 'none' makes a worker fail a moment after it is made, with an error event.
  await page.route("/", async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), "content-security-policy": "worker-src 'none'" },
    });
  });
  await openApp(page);
  await expect(page.getByRole("alert")).toContainText(
    /Workers could not start \(.+\); the simulation runs in the page/,
  );
  await playGliderHere(page);
  await waitForGeneration(page, 30);
  await expect(engineLabel(page)).toHaveText(/kernel · in the page/);
  await expectGliderKept(page);
  await expectNoLongTask(page);
});

test("a worker killed while playing: the app says so and plays on from where it was", async ({
  page,
}) => {
  await trackWorkers(page);
  await playGlider(page);
  await waitForGeneration(page, 10);
  const started = await page.evaluate(() => window.__workers.length);
  // The universe worker (the page starts no other: it starts the band workers itself), killed
  // from outside: no error event, no reply ever again (as `self.close()` or running out of
  // memory may leave it). Only the lack of an answer tells.
  await page.evaluate(() => window.__workers.at(-1)?.terminate());
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(
    /stopped answering for \d+ s; the world goes on from generation \d+/,
    {
      timeout: 15_000,
    },
  );
  const from = Number(/from generation (\d+)/.exec((await alert.textContent()) ?? "")?.[1]);
  await waitForGeneration(page, from + 20);
  await expect(engineLabel(page)).toHaveText(/kernel · \d+ workers?/);
  // Fresh workers replaced the old ones, no more of them than before.
  expect(await page.evaluate(() => window.__workers.length)).toBeLessThanOrEqual(2 * started);
  await expectGliderKept(page);
  await expectNoLongTask(page);
});

test("999 in Workers is clamped to the cores there are, while playing", async ({ page }) => {
  await trackWorkers(page);
  await playGlider(page);
  await waitForGeneration(page, 5);
  const cores = await page.evaluate(() => Math.min(16, navigator.hardwareConcurrency));
  const workers = page.getByLabel("Workers");
  await workers.fill("1");
  await expect(engineLabel(page)).toHaveText(/· 1 worker$/);
  const before = await page.evaluate(() => window.__workers.length);
  await workers.selectText();
  await workers.pressSequentially("999");
  await expect(workers).toHaveValue(String(cores));
  await expect(engineLabel(page)).toHaveText(new RegExp(`· ${cores} workers?`));
  // The band workers are the universe worker's own: the page started none.
  expect(await page.evaluate(() => window.__workers.length)).toBe(before);
  const { generation } = await readStatus(page);
  await waitForGeneration(page, generation + 20);
  await expectGliderKept(page);
  await expectNoLongTask(page);
});
