import { expect, type Page, test } from "@playwright/test";
import { expectStatus, openApp, readStatus } from "./support.ts";

/**
 * Opens a library pattern on the infinite plane (paused at generation 0, as a pattern opens),
 * asks Identify with its button or its key, and returns the results region once it answers.
 */
async function identify(page: Page, pattern: string, by: "button" | "key") {
  await openApp(page, `/?pattern=${pattern}`);
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  if (by === "button") await page.getByRole("button", { name: "Identify", exact: true }).click();
  else await page.keyboard.press("y");
  const panel = page.getByRole("region", { name: "Identify" });
  await expect(panel.getByTestId("identify-sentence")).toBeVisible();
  return panel;
}

test("Identify names a blinker an oscillator of period 2 and maps its cells", async ({ page }) => {
  const panel = await identify(page, "blinker", "button");
  await expect(panel.getByTestId("identify-sentence")).toHaveText("Oscillator, period 2");
  await expect(page.getByRole("status")).toContainText("Identify: Oscillator, period 2");
  // Named from the pattern library, whatever its phase and place.
  await expect(panel.getByText("Known as", { exact: true })).toBeVisible();
  await expect(panel.getByText("Blinker", { exact: true })).toBeVisible();
  // The rotor (the four cells that come and go) and the stator (the centre, always alive).
  await expect(panel.getByText("Rotor", { exact: true })).toBeVisible();
  const legend = panel.getByRole("list", { name: "Cell periods" });
  await expect(legend).toContainText("Period 1 (stator): 1 cell");
  await expect(legend).toContainText("Period 2: 4 cells");
  const toggle = panel.getByRole("button", { name: "Show cell periods on the grid" });
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  // The world was not run: Identify ran a copy.
  await expectStatus(page, 0, 3);
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
});

test("Identify names a glider a c/4 diagonal spaceship of period 4", async ({ page }) => {
  const panel = await identify(page, "glider", "key");
  await expect(panel.getByTestId("identify-sentence")).toHaveText(
    "Spaceship, period 4, c/4 diagonal",
  );
  expect((await readStatus(page)).generation).toBe(0);
});

test("Identify names a lightweight spaceship c/2 orthogonal", async ({ page }) => {
  const panel = await identify(page, "lwss", "key");
  await expect(panel.getByTestId("identify-sentence")).toHaveText(
    "Spaceship, period 4, c/2 orthogonal",
  );
});

test("Identify finds the pentadecathlon's period of 15", async ({ page }) => {
  const panel = await identify(page, "pentadecathlon", "key");
  await expect(panel.getByTestId("identify-sentence")).toHaveText("Oscillator, period 15");
});

test("Identify names a block a still life, and closes with its button", async ({ page }) => {
  const panel = await identify(page, "block", "button");
  await expect(panel.getByTestId("identify-sentence")).toHaveText("Still life");
  await panel.getByRole("button", { name: "Close Identify" }).click();
  await expect(panel).toHaveCount(0);
});
