import { expect, test } from "@playwright/test";
import { isDrawnAlive, openApp } from "./support.ts";

test("a big soup seen whole is painted down to its last row", async ({ page }) => {
  // 67M cells, a pixel covering about 12x12 of them: counting them all takes longer than a
  // frame, so the picture is painted over several frames, and must still end whole.
  await openApp(page, "/?size=8192x8192&random=0.5&seed=1");
  await expect.poll(() => isDrawnAlive(page, 4096, 8180), { timeout: 15_000 }).toBe(true);
  expect(await isDrawnAlive(page, 4096, 10)).toBe(true);
  expect(await isDrawnAlive(page, 10, 4096)).toBe(true);
  expect(await isDrawnAlive(page, 8180, 4096)).toBe(true);
});
