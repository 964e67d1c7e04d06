import { expect, test } from "@playwright/test";
import { clickCell, counters, expectStatus, openApp, openEmpty, readView } from "./support.ts";

/** The cell at the centre of the canvas and the zoom, as the page shows them. */
async function viewCentre(page: import("@playwright/test").Page) {
  const view = await readView(page);
  const box = await page.getByLabel(/Game of Life grid/).boundingBox();
  if (!box) throw new Error("the canvas is not on screen");
  return {
    zoom: view.zoom,
    centerX: (box.width / 2 - view.panX) / view.zoom,
    centerY: (box.height / 2 - view.panY) / view.zoom,
  };
}

test("a share link restores the view it was shared at in a fresh browser", async ({
  page,
  browser,
}) => {
  await openEmpty(page, "200x150");
  await clickCell(page, 100, 75);
  // Zoom in twice about the centre, then pan: a view no fit would give.
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("Shift+ArrowUp");
  const shared = await viewCentre(page);
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const link = await page.getByLabel("Share link").inputValue();

  const fresh = await (await browser.newContext()).newPage();
  await openApp(fresh, link.replace(/^https?:\/\/[^/]+/, ""));
  await expectStatus(fresh, 0, 1);
  const opened = await viewCentre(fresh);
  expect(opened.zoom).toBeCloseTo(shared.zoom, 6);
  expect(opened.centerX).toBeCloseTo(shared.centerX, 3);
  expect(opened.centerY).toBeCloseTo(shared.centerY, 3);
  await fresh.context().close();
});

test("parameters that are all invalid open the default world, playing, and are named", async ({
  page,
}) => {
  await openApp(page, "/?size=20000x10&topology=sideways");
  await expect(page.getByRole("alert")).toContainText("Ignored size=");
  await expect(page.getByRole("alert")).toContainText("Ignored topology");
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(counters(page)).not.toContainText("Population 0");
});
