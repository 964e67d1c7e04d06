import { expect, test } from "@playwright/test";
import { clickCell, expectStatus, openEmpty } from "./support.ts";

test("a valid rule applies; an invalid one shows an error and the running rule stays", async ({
  page,
}) => {
  await openEmpty(page);
  const rule = page.getByLabel("Rule", { exact: true });
  await rule.fill("b36s23");
  await rule.press("Enter");
  await expect(rule).toHaveValue("B36/S23");
  await expect(page.getByLabel("Rule preset")).toHaveValue("B36/S23");
  await expect(page.getByText("B36/S23 · 40×30 torus")).toBeVisible();

  await rule.fill("B3/S2x");
  await expect(page.getByRole("alert")).toContainText('"x"');
  await rule.press("Enter");
  await expect(page.getByRole("alert")).toContainText('"x"');
  await expect(page.getByText("B36/S23 · 40×30 torus")).toBeVisible();
});

test("Seeds from the preset list runs: every live cell dies", async ({ page }) => {
  await openEmpty(page);
  await page.getByLabel("Rule preset").selectOption("B2/S");
  await expect(page.getByLabel("Rule", { exact: true })).toHaveValue("B2/S");
  await clickCell(page, 10, 10);
  await clickCell(page, 11, 10);
  await page.getByRole("button", { name: "Step" }).click();
  await expectStatus(page, 1, 4);
});

test("grid size and topology change; a bad size is refused and the pattern stays", async ({
  page,
}) => {
  await openEmpty(page);
  await clickCell(page, 3, 3);
  const size = page.getByLabel("Grid size");
  await size.fill("0x5");
  await size.press("Enter");
  await expect(page.getByRole("alert")).toContainText("positive");
  await expectStatus(page, 0, 1);
  await size.fill("64x48");
  await size.press("Enter");
  await expect(page.getByText("B3/S23 · 64×48 torus")).toBeVisible();
  await page.getByLabel("Topology").selectOption("plane");
  await expect(page.getByText("B3/S23 · 64×48 plane")).toBeVisible();
});
