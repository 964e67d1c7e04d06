import { expect, test } from "@playwright/test";
import {
  afterPaint,
  clickCell,
  counters,
  expectStatus,
  GLIDER,
  isDrawnAlive,
  openApp,
  openEmpty,
} from "./support.ts";

const engineLabel = (page: import("@playwright/test").Page) =>
  page.locator(".status-bar .info span").last();

test("the fast kernel runs by default, on the worker pool with shared memory", async ({ page }) => {
  await openApp(page);
  // One worker per core (two here), sharing memory since the page is cross-origin isolated.
  await expect(engineLabel(page)).toContainText(/(wasm-table|bits) kernel · \d+ workers?/);
});

test("the coroutine interpreter can be chosen and gives the same generations", async ({ page }) => {
  await openEmpty(page);
  await page.getByLabel("Engine").selectOption("coroutine");
  for (const [x, y] of GLIDER) await clickCell(page, x, y);
  for (let i = 1; i <= 8; i++) {
    await page.getByRole("button", { name: "Step" }).click();
    await expectStatus(page, i, 5);
  }
  await expect(engineLabel(page)).toContainText("coroutine interpreter");
  await afterPaint(page);
  for (const [x, y] of GLIDER) expect(await isDrawnAlive(page, x + 2, y + 2)).toBe(true);
});

test("one worker or two give the same result", async ({ page }) => {
  await openApp(page, "/?size=64x48&random=0.4&seed=9&workers=1");
  await page.getByRole("button", { name: "Step" }).click();
  await expect(engineLabel(page)).toContainText("1 worker");
  for (let i = 0; i < 9; i++) await page.getByRole("button", { name: "Step" }).click();
  await expect(counters(page)).toContainText("Generation 10");
  const oneWorker = await counters(page).textContent();
  await openApp(page, "/?size=64x48&random=0.4&seed=9&workers=2");
  for (let i = 0; i < 10; i++) await page.getByRole("button", { name: "Step" }).click();
  await expect(counters(page)).toContainText("Generation 10");
  await expect(engineLabel(page)).toContainText("2 workers");
  expect(await counters(page).textContent()).toBe(oneWorker);
});

test("on the infinite plane, tiles or HashLife can be forced; auto runs a soup on tiles", async ({
  page,
}) => {
  await openApp(page, "/?pattern=gosper-glider-gun&engine=tiles");
  await expect(page.getByLabel("Engine")).toHaveValue("tiles");
  await page.getByRole("button", { name: "Step" }).click();
  await expect(engineLabel(page)).toContainText(/^tiles · infinite plane/);
  // A soup: a 200x200 grid at half density, moved onto the infinite plane.
  await openApp(page, "/?size=200x200&random=0.5&seed=1");
  await page.getByLabel("Topology").selectOption("infinite");
  await expect(page.getByLabel("Engine")).toHaveValue("auto");
  await expect(engineLabel(page)).toContainText(/^tiles · infinite plane/);
  await page.getByLabel("Engine").selectOption("hashlife");
  await expect(engineLabel(page)).toContainText(/^hashlife · infinite plane/);
  await page.getByRole("button", { name: "Step" }).click();
  await expect(counters(page)).toContainText("Generation 1");
  await expect(engineLabel(page)).toContainText(/^hashlife · infinite plane/);
});
