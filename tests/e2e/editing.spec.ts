import { expect, test } from "@playwright/test";
import {
  afterPaint,
  cellCentre,
  clickCell,
  counters,
  expectStatus,
  grid,
  isDrawnAlive,
  openEmpty,
  readView,
} from "./support.ts";

test("opens on a living pattern that is already running", async ({ page }) => {
  await page.goto("/");
  await expect(grid(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(counters(page)).toContainText(/Generation [1-9]/);
  await expect(counters(page)).not.toContainText("Population 0");
});

test("a click toggles exactly the cell under the pointer", async ({ page }) => {
  await openEmpty(page);
  await clickCell(page, 7, 5);
  await expectStatus(page, 0, 1);
  await afterPaint(page);
  expect(await isDrawnAlive(page, 7, 5)).toBe(true);
  expect(await isDrawnAlive(page, 8, 5)).toBe(false);
  await expect(page.getByText("x 7, y 5")).toBeVisible();
  await clickCell(page, 7, 5);
  await expectStatus(page, 0, 0);
});

test("dragging paints a line with no gaps, and erases when it starts on a live cell", async ({
  page,
}) => {
  await openEmpty(page);
  const from = await cellCentre(page, 2, 10);
  const to = await cellCentre(page, 31, 10);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 3 }); // about 10 cells per event
  await page.mouse.up();
  await expectStatus(page, 0, 30);
  await afterPaint(page);
  for (const x of [2, 9, 16, 23, 31])
    expect(await isDrawnAlive(page, x, 10), `cell ${x}`).toBe(true);

  const middle = await cellCentre(page, 10, 10);
  const end = await cellCentre(page, 19, 10);
  await page.mouse.move(middle.x, middle.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 2 });
  await page.mouse.up();
  await expectStatus(page, 0, 20);
});

test("zooming in with the wheel keeps clicks on the cell under the pointer", async ({ page }) => {
  await openEmpty(page);
  const before = await readView(page);
  const target = await cellCentre(page, 12, 9);
  await page.mouse.move(target.x, target.y);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await readView(page)).zoom).toBeGreaterThan(before.zoom);
  // The wheel zooms about the pointer: the same cell is still under it.
  await expect(page.getByText("x 12, y 9")).toBeVisible();
  await page.mouse.click(target.x, target.y);
  await expectStatus(page, 0, 1);
  await afterPaint(page);
  expect(await isDrawnAlive(page, 12, 9)).toBe(true);

  await page.getByRole("button", { name: "Zoom in" }).click();
  await clickCell(page, 13, 9);
  await expectStatus(page, 0, 2);
  await afterPaint(page);
  expect(await isDrawnAlive(page, 13, 9)).toBe(true);
});

test("panning with Shift+drag moves the view, not the cells", async ({ page }) => {
  await openEmpty(page);
  const before = await readView(page);
  const p = await cellCentre(page, 5, 5);
  await page.keyboard.down("Shift");
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  await page.mouse.move(p.x + 100, p.y + 40, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.up("Shift");
  const after = await readView(page);
  expect(after.panX - before.panX).toBeCloseTo(100, 0);
  expect(after.panY - before.panY).toBeCloseTo(40, 0);
  await expectStatus(page, 0, 0);
});
