import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import {
  afterPaint,
  counters,
  expectStatus,
  grid,
  openApp,
  pixelAt,
  readStatus,
  readView,
} from "./support.ts";

// The infinite plane: a file without a bounded-grid suffix opens there, runs in the universe
// worker, is drawn from the worker's pictures at any zoom, and pauses at once.

const GLIDER_RLE = "#N Glider\nx = 3, y = 3, rule = B3/S23\nbo$2bo$3o!\n";
/** Empty is near black: a pixel greener than this shows live cells (a share of them far out). */
const EMPTY_GREEN = 0x1a;

async function openFile(page: Page, name: string, text: string) {
  await page.getByLabel("Open pattern file").setInputFiles({
    name,
    mimeType: "text/plain",
    buffer: Buffer.from(text),
  });
}

async function openGlider(page: Page) {
  await openApp(page);
  await page.getByRole("button", { name: "Pause" }).click();
  await openFile(page, "glider.rle", GLIDER_RLE);
  await expect(page.getByRole("status")).toContainText("on the infinite plane");
  await expect(page.locator(".status-bar")).toContainText("infinite plane");
  await expectStatus(page, 0, 5);
}

async function goTo(page: Page, generation: string) {
  await page.getByLabel("Go to generation").fill(generation);
  await page.getByRole("button", { name: "Go", exact: true }).click();
}

/** Whether any pixel in a small square around a canvas point is greener than empty. */
async function drawnNear(page: Page, px: number, py: number, radius = 3): Promise<boolean> {
  return grid(page).evaluate(
    (el, { px, py, radius, empty }) => {
      const canvas = el as HTMLCanvasElement;
      const ratio = canvas.width / canvas.clientWidth;
      const size = 2 * radius + 1;
      const data = canvas
        .getContext("2d")
        ?.getImageData(
          Math.floor((px - radius) * ratio),
          Math.floor((py - radius) * ratio),
          size,
          size,
        ).data;
      if (!data) return false;
      for (let i = 0; i < data.length; i += 4) if ((data[i + 1] ?? 0) > empty + 6) return true;
      return false;
    },
    { px, py, radius, empty: EMPTY_GREEN },
  );
}

test("an RLE without a suffix opens on the infinite plane, and a glider runs far past any 120x80 grid", async ({
  page,
}) => {
  await openGlider(page);
  await expect(page.getByLabel("Topology")).toHaveValue("infinite");
  // 16 generations a Step: 25 Steps move the glider 100 cells down and right.
  await page.getByLabel("Step (2^k generations)").fill("4");
  for (let i = 0; i < 25; i++) {
    await page.getByRole("button", { name: "Step" }).click();
    await expectStatus(page, 16 * (i + 1), 5);
  }
  await page.getByRole("button", { name: "Fit" }).click();
  await afterPaint(page);
  // Generation 400 is generation 0's phase, 100 cells on: (0, -1) ... (1, 1) from (100, 100).
  await expect
    .poll(async () => (await pixelAt(page, 101, 101))[1], { message: "the glider drawn" })
    .toBeGreaterThan(150);
  expect((await pixelAt(page, 99, 99))[1]).toBeLessThan(60);
});

test("a glider 1000 cells away is drawn zoomed far out, and Go to generation is exact", async ({
  page,
}) => {
  await openGlider(page);
  await goTo(page, "4,000");
  await expectStatus(page, 4000, 5);
  await expect(page.getByRole("status")).toContainText("Generation 4,000, population 5");
  // Zoom out about the centre of the canvas until a pixel covers 2^10 cells or more.
  for (let i = 0; i < 30; i++) await page.getByRole("button", { name: "Zoom out" }).click();
  const view = await readView(page);
  expect(view.zoom).toBeLessThan(1 / 1000);
  await afterPaint(page);
  // The glider (near (1000, 1000)) and nothing at the far corner.
  const gx = view.panX + 1001 * view.zoom;
  const gy = view.panY + 1001 * view.zoom;
  await expect.poll(() => drawnNear(page, gx, gy), { message: "the glider, far out" }).toBe(true);
  expect(await drawnNear(page, gx + 200, gy - 150)).toBe(false);
  // Back to generation 1000 through the start, exactly.
  await goTo(page, "1000");
  await expectStatus(page, 1000, 5);
});

test("a sparse pattern 2^40 cells wide opens from a gzip file and is drawn whole, both ends", async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole("button", { name: "Pause" }).click();
  const far = 2 ** 40;
  const text = `#Life 1.06\n0 0\n1 0\n2 0\n${far} 0\n${far} 1\n${far} 2\n`;
  await page.getByLabel("Open pattern file").setInputFiles({
    name: "far.lif.gz",
    mimeType: "application/gzip",
    buffer: gzipSync(Buffer.from(text)),
  });
  await expect(page.locator(".status-bar")).toContainText("infinite plane");
  await expectStatus(page, 0, 6);
  await page.getByRole("button", { name: "Fit" }).click();
  const view = await readView(page);
  expect(view.zoom).toBeLessThan(2 ** -30);
  await afterPaint(page);
  // Each blinker is a few cells under one pixel at each end of the screen: drawn, not lost.
  const left = view.panX + 1 * view.zoom;
  const right = view.panX + far * view.zoom;
  const y = view.panY + 1 * view.zoom;
  await expect.poll(() => drawnNear(page, left, y, 2), { message: "the left blinker" }).toBe(true);
  await expect
    .poll(() => drawnNear(page, right, y, 2), { message: "the right blinker" })
    .toBe(true);
  expect(await drawnNear(page, (left + right) / 2, y, 2)).toBe(false);
  await page.screenshot({ path: "test-results/infinite-plane-far.png" });
  // The page keeps drawing frames with a world 2^40 cells wide on screen.
  const frames = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let count = 0;
        const start = performance.now();
        const tick = () => {
          count++;
          if (performance.now() - start < 500) requestAnimationFrame(tick);
          else resolve(count);
        };
        requestAnimationFrame(tick);
      }),
  );
  expect(frames).toBeGreaterThan(10);
  await page.getByRole("button", { name: "Step" }).click();
  await expectStatus(page, 1, 6);
});

test("HashLife goes to generation 2^40 at once, exactly", async ({ page }) => {
  await openGlider(page);
  await goTo(page, "2^40");
  await expectStatus(page, 2 ** 40, 5);
  await expect(page.locator(".status-bar")).toContainText("hashlife", { ignoreCase: true });
});

test("Pause answers at once in the middle of a step of 2^40 generations", async ({ page }) => {
  await openGlider(page);
  // On the interpreter: HashLife (Auto's choice) runs a glider's 2^40 generations at once.
  await page.getByLabel("Engine").selectOption("coroutine");
  await expect(page.locator(".status-bar .engine")).toContainText("coroutine interpreter");
  await goTo(page, "2^40");
  await expect(page.getByRole("status")).toContainText("Going to generation 1,099,511,627,776");
  await expect.poll(async () => (await readStatus(page)).generation).toBeGreaterThan(100);
  const asked = Date.now();
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  // The counters stop within 200 ms of Pause and stay stopped.
  await page.waitForTimeout(200);
  const stopped = await readStatus(page);
  await page.waitForTimeout(400);
  expect(await readStatus(page)).toEqual(stopped);
  expect(Date.now() - asked).toBeLessThan(2000);
  expect(stopped.population).toBe(5);
  expect(stopped.generation).toBeLessThan(2 ** 40);
});

test("Play runs at the set speed, Undo takes the run back and Reset returns to the start", async ({
  page,
}) => {
  await openGlider(page);
  await page.getByRole("button", { name: "Play" }).click();
  await expect.poll(async () => (await readStatus(page)).generation).toBeGreaterThan(10);
  await page.getByRole("button", { name: "Pause" }).click();
  const paused = await readStatus(page);
  expect(paused.population).toBe(5);
  await page.waitForTimeout(300);
  expect(await readStatus(page)).toEqual(paused);
  await page.getByRole("button", { name: "Undo" }).click();
  await expectStatus(page, 0, 5);
  await page.getByRole("button", { name: "Redo" }).click();
  await expectStatus(page, paused.generation, 5);
  await page.getByRole("button", { name: "Reset" }).click();
  await expectStatus(page, 0, 5);
});

test("query parameters: rle without a suffix and topology=infinite open on the plane, a suffix gives a grid", async ({
  page,
}) => {
  await openApp(page, `/?rle=${encodeURIComponent("x = 3, y = 3\nbo$2bo$3o!")}&step=2^3`);
  await expect(page.locator(".status-bar")).toContainText("infinite plane");
  await expect(page.getByLabel("Step (2^k generations)")).toHaveValue("3");
  await page.getByRole("button", { name: "Step" }).click();
  await expectStatus(page, 8, 5);
  await openApp(
    page,
    `/?rle=${encodeURIComponent("x = 3, y = 3, rule = B3/S23:T40,30\nbo$2bo$3o!")}`,
  );
  await expect(page.locator(".status-bar")).toContainText("40×30 torus");
  await openApp(page, "/?pattern=gosper-glider-gun&topology=infinite");
  await expect(page.locator(".status-bar")).toContainText("infinite plane");
  await expect(counters(page)).toContainText("Population 36");
});

test("the infinite plane has no axe-core findings, and looks right at desktop and phone sizes", async ({
  browser,
}) => {
  for (const [name, viewport, mobile] of [
    ["desktop", { width: 1280, height: 800 }, false],
    ["phone", { width: 390, height: 844 }, true],
  ] as const) {
    const context = await browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile });
    const page = await context.newPage();
    await openApp(page, "/?pattern=gosper-glider-gun&topology=infinite&step=2^6");
    await page.getByRole("button", { name: "Step" }).click();
    await expect(counters(page)).toContainText("Generation 64");
    for (let i = 0; i < 6; i++) await page.getByRole("button", { name: "Step" }).click();
    await expect(counters(page)).toContainText("Generation 448");
    await page.getByRole("button", { name: "Fit" }).click();
    await afterPaint(page);
    const results = await new AxeBuilder({ page }).analyze();
    const findings = results.violations.flatMap((v) =>
      v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(" ")}`),
    );
    expect(findings).toEqual([]);
    await page.screenshot({ path: `test-results/infinite-plane-${name}.png` });
    if (mobile) {
      await page.getByRole("button", { name: "Settings" }).click();
      await expect(page.getByLabel("Go to generation")).toBeVisible();
      await page.screenshot({ path: `test-results/infinite-plane-${name}-settings.png` });
    }
    await context.close();
  }
});
