import { expect, test } from "@playwright/test";
import { clickCell, expectStatus, openEmpty, pixelAt } from "./support.ts";

test("a multi-state rule shows a state picker and a legend; clicks draw the chosen state", async ({
  page,
}) => {
  await openEmpty(page);
  const picker = page.getByRole("group", { name: /Draw state/ });
  await expect(picker).toHaveCount(0); // Life has two states: nothing to pick

  await page.getByLabel("Rule", { exact: true }).fill("23/3/8");
  await page.getByLabel("Rule", { exact: true }).press("Enter");
  const legend = page.getByRole("list", { name: "Cell states" });
  await expect(legend).toContainText("1 alive");
  await expect(legend).toContainText("2–7 dying");
  await expect(picker).toBeVisible();
  await expect(picker.getByRole("radio")).toHaveCount(7);

  // The radios are one group: arrows move the choice, as in any radio group.
  await picker.getByRole("radio", { name: "State 1: alive" }).focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(picker.getByRole("radio", { name: "State 3: dying, 5 left" })).toBeChecked();

  // Golly's Generations gradient over states 1..7, red to yellow: state 3 is (255, 85, 0).
  await clickCell(page, 5, 5);
  await expectStatus(page, 0, 1);
  await expect.poll(() => pixelAt(page, 5, 5)).toEqual([255, 85, 0]);
  // A click on a cell in the chosen state empties it.
  await clickCell(page, 5, 5);
  await expectStatus(page, 0, 0);
});
