import { expect, test } from "@playwright/test";
import {
  afterPaint,
  cellCentre,
  clickCell,
  counters,
  expectStatus,
  GLIDER,
  isDrawnAlive,
  openEmpty,
  readStatus,
} from "./support.ts";

async function drawBlinker(page: import("@playwright/test").Page) {
  for (const x of [10, 11, 12]) await clickCell(page, x, 10);
  await expectStatus(page, 0, 3);
}

test("Step advances one generation and Reset returns to generation 0", async ({ page }) => {
  await openEmpty(page);
  await drawBlinker(page);
  await page.getByRole("button", { name: "Step" }).click();
  await expectStatus(page, 1, 3);
  await afterPaint(page);
  expect(await isDrawnAlive(page, 11, 9)).toBe(true);
  expect(await isDrawnAlive(page, 10, 10)).toBe(false);
  await page.getByRole("button", { name: "Step" }).click();
  await expectStatus(page, 2, 3);
  await page.getByRole("button", { name: "Reset" }).click();
  await expectStatus(page, 0, 3);
  await afterPaint(page);
  expect(await isDrawnAlive(page, 10, 10)).toBe(true);
});

test("Play runs generations until Pause", async ({ page }) => {
  await openEmpty(page);
  await drawBlinker(page);
  await page.getByRole("button", { name: "Play" }).click();
  await expect(counters(page)).toContainText(/Generation ([3-9]|\d\d+)/);
  await page.getByRole("button", { name: "Pause" }).click();
  const paused = await readStatus(page);
  await page.waitForTimeout(300);
  expect(await readStatus(page)).toEqual(paused);
  expect(paused.population).toBe(3);
});

test("keyboard: Space plays and pauses, N and → step, R resets", async ({ page }) => {
  await openEmpty(page);
  await drawBlinker(page);
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("n");
  await expectStatus(page, 1, 3);
  await page.keyboard.press("ArrowRight");
  await expectStatus(page, 2, 3);
  await page.keyboard.press("r");
  await expectStatus(page, 0, 3);
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
});

test("a glider moves one cell diagonally every 4 generations", async ({ page }) => {
  await openEmpty(page);
  for (const [x, y] of GLIDER) await clickCell(page, x, y);
  await expectStatus(page, 0, 5);
  for (let i = 1; i <= 4; i++) {
    await page.getByRole("button", { name: "Step" }).click();
    await expectStatus(page, i, 5);
  }
  await afterPaint(page);
  for (const [x, y] of GLIDER)
    expect(await isDrawnAlive(page, x + 1, y + 1), `cell ${x + 1},${y + 1}`).toBe(true);
  expect(await isDrawnAlive(page, 6, 5)).toBe(false);
});

test("Random fills the grid at the chosen density, and Clear empties it", async ({ page }) => {
  await openEmpty(page, "100x100");
  await page.getByRole("button", { name: "Random" }).click();
  // Density 30% of 10,000 cells; the count arrives with the worker's answer.
  await expect.poll(async () => (await readStatus(page)).population).toBeGreaterThan(2700);
  const { generation, population } = await readStatus(page);
  expect(generation).toBe(0);
  expect(population).toBeLessThan(3300);
  await page.getByRole("button", { name: "Clear" }).click();
  await expectStatus(page, 0, 0);
});

test("editing while running keeps the edit", async ({ page }) => {
  await openEmpty(page);
  // A stroke's cells reach the world as they are drawn: at full speed a generation may pass
  // between its first cell and the rest (as in Golly), so the stroke is drawn at 1/s.
  await page.getByLabel("Speed").selectOption("1");
  await page.getByRole("button", { name: "Play" }).click();
  await expect(counters(page)).toContainText(/Generation [1-9]/);
  // One stroke of three cells is a blinker: drawn while running, it lives on with 3 cells.
  const from = await cellCentre(page, 20, 20);
  const to = await cellCentre(page, 22, 20);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 1 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  await page.getByRole("button", { name: "Pause" }).click();
  expect((await readStatus(page)).population).toBe(3);
});
