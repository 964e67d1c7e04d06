import { expect, test } from "@playwright/test";
import { measureGenerationRate } from "../../scripts/bench/measureGenerationRate.ts";
import { clickCell, counters, expectStatus, GLIDER, openApp, openEmpty } from "./support.ts";

// The speed chosen is the speed run, above the frame rate too: measured in the page from the
// generation shown and the page's clock over 3 s, within 5 %.
for (const speed of [60, 240]) {
  test(`a speed of ${speed} generations per second runs ${speed} a second`, async ({ page }) => {
    test.setTimeout(60_000);
    await openApp(page, "/?size=64x64&random=0.3&seed=1");
    await page.getByLabel("Speed").selectOption(String(speed));
    await page.getByRole("button", { name: "Play" }).click();
    await page.waitForTimeout(500);
    const rate = await measureGenerationRate(page, 3000);
    expect(rate).toBeGreaterThanOrEqual(speed * 0.95);
    expect(rate).toBeLessThanOrEqual(speed * 1.05);
    // The status bar's meter says the same.
    const shown = Number(
      /([\d.]+) gen\/s/.exec((await page.locator(".status-bar").textContent()) ?? "")?.[1],
    );
    expect(shown).toBeGreaterThanOrEqual(speed * 0.9);
    expect(shown).toBeLessThanOrEqual(speed * 1.1);
  });
}

test("Space plays and pauses whichever button has focus", async ({ page }) => {
  await openEmpty(page);
  for (const [x, y] of GLIDER) await clickCell(page, x, y);
  await page.getByRole("button", { name: "Step" }).click(); // Step now has focus
  await expectStatus(page, 1, 5);
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(counters(page)).toContainText(/Generation ([3-9]|\d\d+)/);
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  // On Play itself, Space toggles once, not once by the key and once by the button.
  await page.getByRole("button", { name: "Play" }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await page.waitForTimeout(200);
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
});
