import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { counters, openApp, readStatus } from "./support.ts";

/** The world's cells as the app writes them (Save → Download RLE): exact, whatever the view. */
async function downloadRle(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download RLE" }).click(),
  ]);
  // The RLE's body: its comments may name the generation, the cells are what is compared.
  return readFileSync(await download.path(), "utf8")
    .split("\n")
    .filter((line) => !line.startsWith("#"))
    .join("\n");
}

async function stepTo(page: Page, generation: number) {
  const step = page.getByRole("button", { name: "Step", exact: true });
  for (let g = (await readStatus(page)).generation; g < generation; g++) {
    await step.click();
    await expect(counters(page)).toContainText(`Generation ${g + 1}`);
  }
}

test("Back after 10 steps of a seeded soup restores generation 9's exact cells; the slider goes to 0 and back", async ({
  page,
}) => {
  await openApp(page, "/?size=64x48&random=0.4&seed=9");
  await expect.poll(async () => (await readStatus(page)).population).toBeGreaterThan(500);
  await page.getByText("Save", { exact: true }).click();
  const start = await downloadRle(page);
  const back = page.getByRole("button", { name: "Back", exact: true });
  // Nothing has run: there is nothing to go back to.
  await expect(back).toBeDisabled();
  await stepTo(page, 9);
  const nine = await downloadRle(page);
  await stepTo(page, 10);
  const ten = await downloadRle(page);
  expect(ten).not.toBe(nine);

  await back.click();
  await expect(counters(page)).toContainText("Generation 9");
  expect(await downloadRle(page)).toBe(nine);
  await expect(page.getByRole("status")).toContainText("Generation 9, population");

  const slider = page.getByRole("slider", { name: "Timeline" });
  await expect(slider).toHaveAttribute("aria-valuetext", "Generation 9");
  await expect(slider).toHaveAttribute("max", "10");
  await slider.fill("0");
  await expect(counters(page)).toContainText("Generation 0");
  await expect(slider).toHaveAttribute("aria-valuetext", "Generation 0");
  expect(await downloadRle(page)).toBe(start);
  await expect(back).toBeDisabled();
  await slider.fill("10");
  await expect(counters(page)).toContainText("Generation 10");
  expect(await downloadRle(page)).toBe(ten);

  // The keys: ← and Shift+N go back, → and N step.
  await page.getByText("How to use").focus();
  await page.keyboard.press("ArrowLeft");
  await expect(counters(page)).toContainText("Generation 9");
  await page.keyboard.press("Shift+N");
  await expect(counters(page)).toContainText("Generation 8");
  await page.keyboard.press("ArrowRight");
  await expect(counters(page)).toContainText("Generation 9");
  expect(await downloadRle(page)).toBe(nine);
});
