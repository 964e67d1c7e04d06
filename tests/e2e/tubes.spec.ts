import { expect, type Page, test } from "@playwright/test";
import { expectStatus, openApp } from "./support.ts";

// Tubes and strips (Golly's `:T0,h`): a file whose rule says one opens on it, the status bar
// and the Topology setting name it, and it runs; the Topology setting moves the world onto one.

const GLIDER_IN_TUBE = "#N Glider\nx = 3, y = 3, rule = B3/S23:T0,5\nbo$2bo$3o!\n";

async function openFile(page: Page, name: string, text: string) {
  await page.getByLabel("Open pattern file").setInputFiles({
    name,
    mimeType: "text/plain",
    buffer: Buffer.from(text),
  });
}

test("a file whose rule says :T0,5 opens on a tube 5 high and runs there", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Pause" }).click();
  await openFile(page, "glider.rle", GLIDER_IN_TUBE);
  await expect(page.getByRole("status")).toContainText("on a tube 5 high");
  await expect(page.locator(".status-bar")).toContainText("B3/S23 · tube 5 high");
  await expect(page.getByLabel("Topology")).toHaveValue("tube");
  await expect(page.getByLabel("Grid size")).toHaveValue(/x5$/);
  await expectStatus(page, 0, 5);
  for (let i = 0; i < 8; i++) await page.getByRole("button", { name: "Step", exact: true }).click();
  await expectStatus(page, 8, 5);
  await page.getByLabel("Topology").selectOption("strip");
  await expect(page.locator(".status-bar")).toContainText("B3/S23 · strip 5 high");
});

test("a rle link whose rule names a strip infinite downwards opens on it", async ({ page }) => {
  const rle = encodeURIComponent("x = 3, y = 1, rule = B3/S23:P7,0\n3o!");
  await openApp(page, `/?rle=${rle}`);
  await expect(page.locator(".status-bar")).toContainText("B3/S23 · strip 7 wide");
  await expect(page.getByLabel("Topology")).toHaveValue("downwards");
});
