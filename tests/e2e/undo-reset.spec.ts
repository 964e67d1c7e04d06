import { expect, test } from "@playwright/test";
import { clickCell, expectStatus, openEmpty } from "./support.ts";

test("Undo after stepping goes back to where the steps began, not past it", async ({ page }) => {
  await openEmpty(page);
  for (const x of [10, 11, 12]) await clickCell(page, x, 10);
  await expectStatus(page, 0, 3);
  for (let i = 1; i <= 4; i++) {
    await page.getByRole("button", { name: "Step" }).click();
    await expectStatus(page, i, 3);
  }
  await page.keyboard.press("Control+z");
  await expectStatus(page, 0, 3);
  await page.keyboard.press("Control+Shift+z");
  await expectStatus(page, 4, 3);
});

test("Reset keeps an edit made after generation 0 and can be undone", async ({ page }) => {
  await openEmpty(page);
  for (const x of [10, 11, 12]) await clickCell(page, x, 10);
  await page.getByRole("button", { name: "Step" }).click();
  await page.getByRole("button", { name: "Step" }).click();
  await expectStatus(page, 2, 3);
  await clickCell(page, 30, 20); // a lone cell: it dies at the next step
  await expectStatus(page, 2, 4);
  await page.getByRole("button", { name: "Step" }).click();
  await expectStatus(page, 3, 3);
  await page.getByRole("button", { name: "Reset" }).click();
  await expectStatus(page, 2, 4);
  await expect(page.getByRole("status")).toContainText("Reset to generation 2");
  await page.getByRole("button", { name: "Undo" }).click();
  await expectStatus(page, 3, 3);
});
