import { expect, type Page, test } from "@playwright/test";
import {
  afterPaint,
  expectStatus,
  grid,
  isDrawnAlive,
  openEmpty,
  readStatus,
  readView,
} from "./support.ts";

/** Moves focus to the grid with the keyboard, as a keyboard user would (Tab from the panel). */
async function tabToGrid(page: Page): Promise<void> {
  await page.getByText("How to use").focus();
  await page.keyboard.press("Tab");
  await expect(grid(page)).toBeFocused();
}

/** The cell at the centre of the canvas, where the keyboard cursor starts. */
async function centreCell(page: Page): Promise<{ x: number; y: number }> {
  const view = await readView(page);
  const box = await grid(page).boundingBox();
  if (!box) throw new Error("the canvas is not on screen");
  return {
    x: Math.floor((Math.floor(box.width) / 2 - view.panX) / view.zoom),
    y: Math.floor((Math.floor(box.height) / 2 - view.panY) / view.zoom),
  };
}

/** Whether the keyboard cursor's outline is drawn around cell (x, y), read from the pixels. */
async function isCursorDrawn(page: Page, x: number, y: number): Promise<boolean> {
  const view = await readView(page);
  return grid(page).evaluate(
    (el, points) => {
      const canvas = el as HTMLCanvasElement;
      const ratio = canvas.width / canvas.clientWidth;
      const ctx = canvas.getContext("2d");
      if (!ctx) throw new Error("no 2d context");
      // The cursor's ring is pink (#f778ba) on all four sides of the cell: a 2 px band just
      // outside it, sampled at pixels wholly inside the band.
      return points.every(([px = 0, py = 0]) => {
        const [r = 0, g = 0, b = 0] = ctx.getImageData(
          Math.floor(px * ratio),
          Math.floor(py * ratio),
          1,
          1,
        ).data;
        return r > 200 && g < 170 && b > 140;
      });
    },
    (() => {
      const left = view.panX + x * view.zoom;
      const top = view.panY + y * view.zoom;
      const right = left + view.zoom;
      const bottom = top + view.zoom;
      const midX = left + view.zoom / 2;
      const midY = top + view.zoom / 2;
      return [
        [left - 1, midY],
        [Math.ceil(right) + 0.5, midY],
        [midX, top - 1],
        [midX, Math.ceil(bottom) + 0.5],
      ];
    })(),
  );
}

test("on the focused grid, arrows move a cursor and Enter or Space toggles its cell", async ({
  page,
}) => {
  await openEmpty(page);
  await tabToGrid(page);
  const start = await centreCell(page);
  const info = page.locator(".status-bar .info");
  await expect(info).toContainText(`x ${start.x}, y ${start.y}`);
  await afterPaint(page);
  expect(await isCursorDrawn(page, start.x, start.y)).toBe(true);

  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowDown");
  const a = { x: start.x + 2, y: start.y + 1 };
  await expect(info).toContainText(`x ${a.x}, y ${a.y}`);
  await page.keyboard.press("Enter");
  await expectStatus(page, 0, 1);
  await afterPaint(page);
  expect(await isDrawnAlive(page, a.x, a.y)).toBe(true);
  // Drawn on a live cell too.
  expect(await isCursorDrawn(page, a.x, a.y)).toBe(true);

  // On the grid, Space toggles too (it does not play).
  await page.keyboard.press("Space");
  await expectStatus(page, 0, 0);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Space");
  await expectStatus(page, 0, 1);
  await afterPaint(page);
  expect(await isDrawnAlive(page, a.x - 1, a.y)).toBe(true);
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();

  // Shift moves eight cells at a time.
  await page.keyboard.press("Shift+ArrowUp");
  await expect(info).toContainText(`x ${a.x - 1}, y ${a.y - 8}`);

  // Focus elsewhere: no cursor, and Shift+arrows pan again (← alone is Back there).
  await page.getByText("How to use").focus();
  await afterPaint(page);
  expect(await isCursorDrawn(page, a.x - 1, a.y - 8)).toBe(false);
  const before = await readView(page);
  await page.keyboard.press("Shift+ArrowLeft");
  await expect.poll(async () => (await readView(page)).panX).toBeGreaterThan(before.panX);
  await expectStatus(page, 0, 1);
});

test("the view follows the keyboard cursor off the edge", async ({ page }) => {
  await openEmpty(page, "400x300");
  await tabToGrid(page);
  // Zoomed in, the grid reaches well past every edge of the canvas, and a cell is wider than
  // the cursor's smallest ring (8 px), which the pixels read below assume: 1.5^6 times a fit
  // of at least 1 px a cell.
  const whole = await readView(page);
  for (let i = 0; i < 6; i++) await page.keyboard.press("+");
  await expect.poll(async () => (await readView(page)).zoom).toBeGreaterThan(whole.zoom * 11);
  const text = (await page.locator(".status-bar .info").textContent()) ?? "";
  const [, sx, sy] = /x (\d+), y (\d+)/.exec(text) ?? [];
  const start = { x: Number(sx), y: Number(sy) };
  expect(start.x).toBeGreaterThan(150);
  const box = await grid(page).boundingBox();
  const view = await readView(page);
  if (!box) throw new Error("the canvas is not on screen");
  // Far enough right to leave the view.
  const cellsToEdge = Math.ceil(box.width / 2 / view.zoom) + 4;
  for (let i = 0; i < Math.ceil(cellsToEdge / 8); i++)
    await page.keyboard.press("Shift+ArrowRight");
  const x = start.x + 8 * Math.ceil(cellsToEdge / 8);
  await expect(page.locator(".status-bar .info")).toContainText(`x ${x}, y ${start.y}`);
  const after = await readView(page);
  expect(after.panX).toBeLessThan(view.panX);
  const left = after.panX + x * after.zoom;
  expect(left).toBeGreaterThanOrEqual(0);
  expect(left + after.zoom).toBeLessThanOrEqual(box.width);
  await page.keyboard.press("Enter");
  await expectStatus(page, 0, 1);
  await afterPaint(page);
  expect(await isDrawnAlive(page, x, start.y)).toBe(true);
  expect(await isCursorDrawn(page, x, start.y)).toBe(true);
});

test("a floating paste moves with the arrows and Enter puts it down", async ({ page }) => {
  await openEmpty(page);
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    document.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  }, "x = 3, y = 1\n3o!");
  await expect(page.getByRole("toolbar", { name: "Placing" })).toBeVisible();
  await tabToGrid(page);
  const start = await centreCell(page);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expectStatus(page, 0, 3);
  await afterPaint(page);
  const y = start.y - 1;
  for (const x of [start.x + 1, start.x + 2, start.x + 3])
    expect(await isDrawnAlive(page, x, y), `cell ${x}`).toBe(true);
  expect(await isDrawnAlive(page, start.x, y)).toBe(false);
  expect((await readStatus(page)).population).toBe(3);
});

test("using the mouse on the grid hides the cursor and leaves Space to play", async ({ page }) => {
  await openEmpty(page);
  await tabToGrid(page);
  const start = await centreCell(page);
  await grid(page).click({ position: { x: 5, y: 5 } });
  await afterPaint(page);
  expect(await isCursorDrawn(page, start.x, start.y)).toBe(false);
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  // An arrow brings it back.
  await page.keyboard.press("ArrowDown");
  await afterPaint(page);
  expect(await isCursorDrawn(page, start.x, start.y + 1)).toBe(true);
});
