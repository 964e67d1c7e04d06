// Issue #10, heavy paths: nothing hostile or merely big freezes the page. Every test watches the
// page's main thread with a PerformanceObserver for long tasks from before the app's own
// scripts run, and the heavy ones allow none over 200 ms.
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { HEAVY_LINKS } from "../../scripts/bench/heavyLinks.ts";
import { forgetLongTasks, longestTask, MAX_TASK_MS, watchLongTasks } from "./longTasks.ts";
import { expectStatus, openApp, readStatus } from "./support.ts";

/** Waits for the page to settle (first draws included), then checks its longest task. */
async function expectSettledWithoutLongTask(page: Page): Promise<void> {
  await page.waitForTimeout(2000);
  expect(await longestTask(page)).toBeLessThanOrEqual(MAX_TASK_MS);
}

test.describe("heavy links, grids and files", () => {
  test.setTimeout(90_000);

  test("a forged 1x268435456 link is refused with a message; the pattern shown stays", async ({
    page,
  }) => {
    await watchLongTasks(page);
    await openApp(page, `/${HEAVY_LINKS.oneByHuge}`);
    await expect(page.getByRole("alert")).toContainText(
      "This link could not be opened: the link's grid of 1x268435456 is over the limit of 16384 cells a side",
    );
    // The default pattern opened instead, on its own grid, and runs.
    await expect(page.getByLabel("Grid size")).not.toHaveValue(/268435456/);
    expect((await readStatus(page)).population).toBeGreaterThan(0);
    await expectSettledWithoutLongTask(page);
  });

  test("a 16384x16384 link with 5 cells opens with no task over 200 ms", async ({ page }) => {
    await watchLongTasks(page);
    await openApp(page, `/${HEAVY_LINKS.fiveCells}`);
    await expectStatus(page, 0, 5);
    await expect(page.getByLabel("Grid size")).toHaveValue("16384x16384");
    await expectSettledWithoutLongTask(page);
  });

  test("a 16384x16384 link with every cell alive opens with no task over 200 ms", async ({
    page,
  }) => {
    await watchLongTasks(page);
    await openApp(page, `/${HEAVY_LINKS.allAlive}`);
    await expectStatus(page, 0, 16384 * 16384);
    await expectSettledWithoutLongTask(page);
  });

  test("Download RLE of a 16384x16384 soup shows progress and can be cancelled", async ({
    page,
  }) => {
    await watchLongTasks(page);
    await openApp(page, "/?size=16384x16384&random=0.5&seed=1");
    await page.getByText("Save", { exact: true }).click();
    let downloaded = false;
    page.on("download", () => {
      downloaded = true;
    });
    await page.waitForTimeout(1000);
    await forgetLongTasks(page);
    await page.getByRole("button", { name: "Download RLE" }).click();
    const progress = page.getByRole("progressbar", { name: "Writing the RLE" });
    await expect(progress).toBeVisible();
    await expect(page.getByRole("button", { name: "Download RLE" })).toBeDisabled();
    await page.getByRole("button", { name: "Cancel writing the RLE" }).click();
    await expect(progress).toHaveCount(0);
    await expect(page.getByRole("status")).toContainText("RLE download cancelled");
    await expect(page.getByRole("button", { name: "Download RLE" })).toBeEnabled();
    await page.waitForTimeout(500);
    expect(downloaded).toBe(false);
    expect(await longestTask(page)).toBeLessThanOrEqual(MAX_TASK_MS);
  });

  test("a big grid's RLE is written off the page and reopens the same", async ({ page }) => {
    // 1500x1000 is past the size written on the page's thread, so this is the worker's RLE.
    await openApp(page, "/?size=1500x1000&random=0.3&seed=5");
    // The fill is made in the universe worker: its count comes with the worker's answer.
    await expect.poll(async () => (await readStatus(page)).population).toBeGreaterThan(400_000);
    const { population } = await readStatus(page);
    await page.getByText("Save", { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download RLE" }).click(),
    ]);
    const text = readFileSync(await download.path(), "utf8");
    expect(text).toContain("x = 1500, y = 1000, rule = B3/S23:T1500,1000");
    await page.getByRole("button", { name: "Clear" }).click();
    await expectStatus(page, 0, 0);
    await page
      .getByLabel("Open pattern file")
      .setInputFiles({ name: "back.rle", mimeType: "text/plain", buffer: Buffer.from(text) });
    await expectStatus(page, 0, population);
  });

  test("Share of a pattern too big for a link says so and suggests Download RLE", async ({
    page,
  }) => {
    await watchLongTasks(page);
    await openApp(page, "/?size=4096x4096&random=0.5&seed=3");
    await page.waitForTimeout(1000);
    await forgetLongTasks(page);
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await expect(page.getByRole("alert")).toContainText(
      /This pattern is too big for a link \(.*\): use Download RLE\./,
    );
    await expect(page.getByLabel("Share link")).toHaveCount(0);
    expect(await longestTask(page)).toBeLessThanOrEqual(MAX_TASK_MS);
  });
});
