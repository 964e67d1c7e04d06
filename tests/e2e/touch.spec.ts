import { expect, test } from "@playwright/test";
import {
  afterPaint,
  cellCentre,
  expectStatus,
  isDrawnAlive,
  openEmpty,
  readView,
} from "./support.ts";

test.use({ hasTouch: true });

type Point = { x: number; y: number };

async function touch(page: import("@playwright/test").Page) {
  const cdp = await page.context().newCDPSession(page);
  const send = (type: "touchStart" | "touchMove" | "touchEnd", points: Point[]) =>
    cdp.send("Input.dispatchTouchEvent", {
      type,
      touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
    });
  return { send };
}

test("a tap toggles a cell and a finger drag paints", async ({ page }) => {
  await openEmpty(page);
  const { send } = await touch(page);
  const cell = await cellCentre(page, 6, 6);
  await send("touchStart", [cell]);
  await send("touchEnd", []);
  await expectStatus(page, 0, 1);
  await afterPaint(page);
  expect(await isDrawnAlive(page, 6, 6)).toBe(true);

  const from = await cellCentre(page, 2, 12);
  const to = await cellCentre(page, 11, 12);
  await send("touchStart", [from]);
  await send("touchMove", [{ x: (from.x + to.x) / 2, y: from.y }]);
  await send("touchMove", [to]);
  await send("touchEnd", []);
  await expectStatus(page, 0, 11);
});

test("two fingers pinch to zoom without drawing", async ({ page }) => {
  await openEmpty(page);
  const { send } = await touch(page);
  const before = await readView(page);
  const centre = await cellCentre(page, 20, 15);
  await send("touchStart", [
    { x: centre.x - 30, y: centre.y },
    { x: centre.x + 30, y: centre.y },
  ]);
  for (const spread of [50, 70, 90]) {
    await send("touchMove", [
      { x: centre.x - spread, y: centre.y },
      { x: centre.x + spread, y: centre.y },
    ]);
  }
  await send("touchEnd", []);
  await expect.poll(async () => (await readView(page)).zoom).toBeGreaterThan(before.zoom * 2);
  await expectStatus(page, 0, 0);
});
