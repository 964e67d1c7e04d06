import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { openApp } from "./support.ts";

/** axe-core's findings on the page as it is now, as "rule: target" lines (empty when clean). */
async function axeFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(" ")}`),
  );
}

test("the main screen has no axe-core findings, paused and playing", async ({ page }) => {
  await openApp(page);
  expect(await axeFindings(page)).toEqual([]);
  await page.getByRole("button", { name: "Pause" }).click();
  expect(await axeFindings(page)).toEqual([]);
});

test("placing a library pattern and showing an alert leave no axe-core findings", async ({
  page,
}) => {
  await openApp(page, "/?rule=nonsense");
  await expect(page.getByRole("alert")).toContainText("rule");
  expect(await axeFindings(page)).toEqual([]);
  await page
    .getByRole("button", { name: /^Glider\b/ })
    .first()
    .click();
  expect(await axeFindings(page)).toEqual([]);
});

test("the phone layout has no axe-core findings, settings drawer open or closed", async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 3,
  });
  const page = await context.newPage();
  await openApp(page);
  expect(await axeFindings(page)).toEqual([]);
  await page.getByRole("button", { name: "Settings" }).click();
  await expect(page.getByRole("button", { name: "Close settings" })).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
  await context.close();
});

test("Identify's results panel, with an oscillator's legend, has no axe-core findings", async ({
  page,
}) => {
  await openApp(page, "/?pattern=pentadecathlon");
  await page.getByRole("button", { name: "Identify", exact: true }).click();
  const panel = page.getByRole("region", { name: "Identify" });
  await expect(panel.getByTestId("identify-sentence")).toHaveText("Oscillator, period 15");
  expect(await axeFindings(page)).toEqual([]);
});

test("every theme has no axe-core findings, on the main screen and with an alert", async ({
  page,
}) => {
  await openApp(page, "/?rule=nonsense");
  await expect(page.getByRole("alert")).toContainText("rule");
  for (const theme of ["light", "contrast", "golly", "dark"]) {
    await page.getByLabel("Theme", { exact: true }).selectOption(theme);
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await page.keyboard.press("t");
    expect(await axeFindings(page), theme).toEqual([]);
  }
});

test("the phone layout in Light and High contrast has no axe-core findings, drawer open", async ({
  browser,
}) => {
  for (const contrast of ["no-preference", "more"] as const) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 3,
      colorScheme: "light",
      contrast,
    });
    const page = await context.newPage();
    await openApp(page);
    const theme = contrast === "more" ? "contrast" : "light";
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    expect(await axeFindings(page), theme).toEqual([]);
    await page.getByRole("button", { name: "Settings" }).click();
    await expect(page.getByRole("button", { name: "Close settings" })).toBeVisible();
    expect(await axeFindings(page), theme).toEqual([]);
    await context.close();
  }
});

test("the population graph's panel has no axe-core findings, read with the keyboard and on a phone", async ({
  page,
}) => {
  await openApp(page);
  await page.keyboard.press("p");
  const graph = page.getByRole("img", { name: /Population against generation/ });
  await expect(graph).toHaveAttribute("data-points", /[1-9]/);
  await graph.focus();
  await page.keyboard.press("End");
  await expect(page.locator("#graph-readout")).toContainText("Generation");
  expect(await axeFindings(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  const box = await page.locator(".graph-panel").boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  expect(await axeFindings(page)).toEqual([]);
});

test("Back and the timeline slider have names and no axe-core findings, at the start and gone back", async ({
  page,
}) => {
  await openApp(page, "/?size=64x48&random=0.4&seed=9");
  const back = page.getByRole("button", { name: "Back", exact: true });
  const slider = page.getByRole("slider", { name: "Timeline" });
  await expect(back).toBeDisabled();
  await expect(slider).toBeDisabled();
  expect(await axeFindings(page)).toEqual([]);
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Step", exact: true }).click();
  await expect(slider).toHaveAttribute("aria-valuetext", "Generation 3");
  await back.click();
  await expect(slider).toHaveAttribute("aria-valuetext", "Generation 2");
  await expect(back).toBeEnabled();
  await expect(slider).toBeEnabled();
  expect(await axeFindings(page)).toEqual([]);
});
