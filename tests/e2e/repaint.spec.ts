import { expect, type Page, test } from "@playwright/test";
import { openEmpty, pixelAt } from "./support.ts";

/** The red channel at the centre of cell (x, y): an empty cell is about 22, under the selection's tint more. */
async function redAt(page: Page, x: number, y: number): Promise<number> {
  const [red] = await pixelAt(page, x, y);
  return red;
}

test("selecting all and Escape repaint at once while paused, without moving the pointer", async ({
  page,
}) => {
  await openEmpty(page);
  // The pointer rests on the Clear button, off the grid: nothing but the keys changes the state.
  const plain = await redAt(page, 3, 3);
  expect(plain).toBeLessThan(30);
  await page.keyboard.press("Control+a");
  await expect.poll(() => redAt(page, 3, 3), { timeout: 2000 }).toBeGreaterThan(35);
  await page.keyboard.press("Escape");
  await expect.poll(() => redAt(page, 3, 3), { timeout: 2000 }).toBeLessThan(30);
});
