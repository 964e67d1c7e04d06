import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { cellCentre, clickCell, expectStatus, openEmpty } from "./support.ts";

/**
 * A 299x239 pattern, as big as Golly's p59 gun with Snark reflectors: a cell in each corner,
 * and two more at (120, 80) and (240, 160), which a 120x80 torus would fold onto (0, 0).
 */
const BIG_RLE = (() => {
  const rows: string[] = Array.from({ length: 239 }, () => "");
  rows[0] = "o297bo";
  rows[80] = "120bo";
  rows[160] = "240bo";
  rows[238] = "o297bo";
  return `x = 299, y = 239, rule = B3/S23\n${rows.join("$")}!\n`;
})();

async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.setData("text/plain", content);
    document.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  }, text);
  await expect(page.getByRole("toolbar", { name: "Placing" })).toBeVisible();
}

async function setRule(page: Page, rule: string): Promise<void> {
  await page.getByLabel("Rule", { exact: true }).fill(rule);
  await page.getByLabel("Rule", { exact: true }).press("Enter");
}

async function openText(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel("Open pattern file")
    .setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(text) });
  await expect(page.getByRole("status")).toContainText(`Opened ${name}`);
}

test("a pasted pattern bigger than the torus grows the grid instead of folding", async ({
  page,
}) => {
  await openEmpty(page, "120x80");
  await pasteText(page, BIG_RLE);
  await expect(page.getByText("B3/S23 · 120×80 torus")).toBeVisible(); // nothing yet
  await clickCell(page, 60, 40);
  await expectStatus(page, 0, 6);
  await expect(page.getByText("B3/S23 · 363×303 torus")).toBeVisible();
  await expect(page.getByRole("status")).toContainText("grid grown to 363x303");
  await page.getByRole("button", { name: "Undo" }).click();
  await expectStatus(page, 0, 0);
  await expect(page.getByText("B3/S23 · 120×80 torus")).toBeVisible();
});

test("a pasted pattern with a bounded-grid suffix leaves the grid alone while it floats", async ({
  page,
}) => {
  await openEmpty(page, "40x30");
  await pasteText(page, "x = 3, y = 3, rule = B36/S23:T72,48\nbo$2bo$3o!\n");
  await expect(page.getByText("B3/S23 · 40×30 torus")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("status")).toContainText("Cancelled");
  await expect(page.getByText("B3/S23 · 40×30 torus")).toBeVisible();
  await pasteText(page, "x = 3, y = 3, rule = B36/S23:T72,48\nbo$2bo$3o!\n");
  await clickCell(page, 10, 10);
  await expectStatus(page, 0, 5);
  await expect(page.getByText("B36/S23 · 40×30 torus")).toBeVisible();
  await expect(page.getByRole("status")).toContainText("rule switched to B36/S23");
});

test("a Life pattern from the library keeps the world's rule, even when cancelled", async ({
  page,
}) => {
  await openEmpty(page);
  await setRule(page, "B3678/S34678");
  await page.getByLabel("Search patterns").fill("block");
  await page.getByRole("button", { name: /^Block/ }).click();
  await expect(page.getByLabel("Rule", { exact: true })).toHaveValue("B3678/S34678");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("status")).toContainText("Cancelled");
  await expect(page.getByLabel("Rule", { exact: true })).toHaveValue("B3678/S34678");

  await setRule(page, "B36/S23");
  await page.getByLabel("Search patterns").fill("glider");
  await page
    .getByRole("button", { name: /^Glider/ })
    .first()
    .click();
  await clickCell(page, 10, 10);
  await expectStatus(page, 0, 5);
  await expect(page.getByLabel("Rule", { exact: true })).toHaveValue("B36/S23");
});

test("a rule-specific library pattern switches the rule when put down, undone in one step", async ({
  page,
}) => {
  await openEmpty(page);
  await page.getByLabel("Search patterns").fill("replicator");
  await page.getByRole("button", { name: /HighLife replicator/ }).click();
  await expect(page.getByRole("toolbar", { name: "Placing" })).toContainText(
    "the rule becomes B36/S23",
  );
  await expect(page.getByLabel("Rule", { exact: true })).toHaveValue("B3/S23");
  const spot = await cellCentre(page, 20, 15);
  await page.mouse.move(spot.x, spot.y);
  await page.mouse.click(spot.x, spot.y);
  await expectStatus(page, 0, 12);
  await expect(page.getByLabel("Rule", { exact: true })).toHaveValue("B36/S23");
  await expect(page.getByRole("status")).toContainText("rule switched to B36/S23");
  await page.getByRole("button", { name: "Undo" }).click();
  await expectStatus(page, 0, 0);
  await expect(page.getByLabel("Rule", { exact: true })).toHaveValue("B3/S23");
});

test("a Generations ship from the library, found by its rule's name, switches to its rule", async ({
  page,
}) => {
  await openEmpty(page);
  await page.getByLabel("Search patterns").fill("star wars");
  await page.getByRole("button", { name: /Star Wars ship/ }).click();
  await expect(page.getByRole("toolbar", { name: "Placing" })).toContainText(
    "the rule becomes 345/2/4",
  );
  await clickCell(page, 10, 10);
  // Two live cells and their dying tail: six cells in three states.
  await expectStatus(page, 0, 6);
  await expect(page.getByLabel("Rule", { exact: true })).toHaveValue("345/2/4");
  await expect(page.getByRole("status")).toContainText("rule switched to 345/2/4");
});

test("Copy and Download RLE keep the opened file's comments and name", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openEmpty(page);
  const comments = ["#N Glider", "#O Richard K. Guy", "#C The smallest, most common spaceship."];
  await openText(page, "g.rle", `${comments.join("\n")}\nx = 3, y = 3\nbo$2bo$3o!\n`);
  await page.getByText("Save", { exact: true }).click();
  await page.getByRole("button", { name: "Copy RLE" }).click();
  await expect(page.getByRole("status")).toContainText("RLE copied");
  // Opened on the infinite plane: its position and generation come first, as Golly writes them.
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split("\n")[0]).toBe("#CXRLE Pos=-1,-1");
  expect(copied.split("\n").slice(1, 4)).toEqual(comments);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download RLE" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("glider.rle");
  const saved = readFileSync(await download.path(), "utf8");
  expect(saved.split("\n").slice(1, 4)).toEqual(comments);
});

test("opening a small B0 file after a big one gives it a grid of its own", async ({ page }) => {
  // Files without a bounded-grid suffix open on the infinite plane, except B0 ones, which
  // cannot run there: they get a grid made to hold them, as every file did before.
  await openEmpty(page);
  await openText(page, "big.rle", BIG_RLE.replace("B3/S23", "B036/S23"));
  await expect(page.getByText("B036/S23 · 363×303 torus")).toBeVisible();
  await openText(page, "glider.rle", "x = 3, y = 3, rule = B036/S23\nbo$2bo$3o!\n");
  await expectStatus(page, 0, 5);
  await expect(page.getByText("B036/S23 · 120×80 torus")).toBeVisible();
  await openText(page, "big.rle", BIG_RLE);
  await expect(page.getByText("B3/S23 · infinite plane")).toBeVisible();
});
