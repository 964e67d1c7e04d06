import { expect, type Locator, type Page, test } from "@playwright/test";
import { counters, grid, openApp, openEmpty, readView } from "./support.ts";

/** Whether the element lies wholly inside the viewport, without scrolling. */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return (
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= size.width + 0.5 &&
    box.y + box.height <= size.height + 0.5
  );
}

test.describe("at 1280×800", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("Share and Open are on the first screen, one click away", async ({ page }) => {
    await openApp(page);
    const share = page.getByRole("button", { name: "Share", exact: true });
    const open = page.getByText("Open", { exact: true });
    for (const control of [share, open]) {
      await expect(control).toBeVisible();
      expect(await inViewport(page, control)).toBe(true);
    }
    const chooser = page.waitForEvent("filechooser");
    await open.click();
    await chooser;

    await share.click();
    const link = page.getByLabel("Share link");
    await expect(link).toBeVisible();
    await expect(link).toHaveValue(/#v1\./);
    expect(await inViewport(page, link)).toBe(true);
    // The confirmation sits with the link, beside the button.
    await expect(
      page.getByText(/Copied to the clipboard|Copy the link from the field/),
    ).toBeVisible();
    const shareBox = await share.boundingBox();
    const linkBox = await link.boundingBox();
    expect(Math.abs((linkBox?.y ?? 1e4) - (shareBox?.y ?? 0))).toBeLessThan(120);
  });

  test("the status region is quiet while playing and gives the counts when paused", async ({
    page,
  }) => {
    await openApp(page, "/?pattern=glider&size=40x30&speed=60");
    await page.getByRole("button", { name: "Play" }).click();
    await expect(counters(page)).toContainText(/Generation [1-9]/);
    const status = page.getByRole("status");
    const changes = await status.evaluate(
      (el) =>
        new Promise<number>((resolve) => {
          let count = 0;
          const observer = new MutationObserver((records) => {
            count += records.length;
          });
          observer.observe(el, { subtree: true, childList: true, characterData: true });
          setTimeout(() => {
            observer.disconnect();
            resolve(count);
          }, 2000);
        }),
    );
    expect(changes).toBeLessThanOrEqual(2);
    // The visible counters go on counting.
    const before = await counters(page).textContent();
    await page.waitForTimeout(300);
    expect(await counters(page).textContent()).not.toBe(before);

    await page.getByRole("button", { name: "Pause" }).click();
    await expect(status).toContainText("Paused");
    const shown = /Generation (\d+)/.exec((await counters(page).textContent()) ?? "")?.[1];
    await expect(status).toContainText(`Generation ${shown}`);
    await expect(status).toContainText("population 5");
  });

  test("G announces the generation and population on demand", async ({ page }) => {
    await openApp(page, "/?pattern=glider&size=40x30&speed=60&autoplay");
    await expect(counters(page)).toContainText(/Generation [1-9]/);
    const status = page.getByRole("status");
    await expect(status).not.toContainText("Generation");
    await page.keyboard.press("g");
    await expect(status).toContainText(/Generation [1-9]\d*, population 5/);
  });

  test("the status bar stays one line while placing a pattern", async ({ page }) => {
    await openEmpty(page);
    const bar = page.locator(".status-bar");
    const before = await bar.boundingBox();
    await page
      .getByRole("button", { name: /^Glider\s/ })
      .first()
      .click();
    await expect(page.getByRole("status")).toContainText("Placing Glider");
    const during = await bar.boundingBox();
    expect(during?.height).toBe(before?.height);
    expect(during?.height ?? 100).toBeLessThan(40);
  });

  test("speeds read 1 generation/s, 2 generations/s", async ({ page }) => {
    await openApp(page);
    const speed = page.getByLabel("Speed");
    await expect(speed.locator("option[value='1']")).toHaveText("1 generation/s");
    await expect(speed.locator("option[value='2']")).toHaveText("2 generations/s");
  });

  test("an alert does not move or resize the grid", async ({ page }) => {
    await openEmpty(page);
    const before = await grid(page).boundingBox();
    await page.getByLabel("Open pattern file").setInputFiles({
      name: "broken.rle",
      mimeType: "text/plain",
      buffer: Buffer.from("x = 3, y = 3\nbo$2bo$3o?!\n"),
    });
    await expect(page.getByRole("alert")).toBeVisible();
    expect(await grid(page).boundingBox()).toEqual(before);
  });

  test("a grid-size error goes away as soon as a new value is typed", async ({ page }) => {
    await openEmpty(page);
    const size = page.getByLabel("Grid size");
    await size.fill("0x5");
    await size.press("Enter");
    await expect(page.getByRole("alert")).toContainText("positive");
    await size.press("Backspace");
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(size).toHaveAttribute("aria-invalid", "false");
  });

  test("?random=0.5 sets the density slider to 50%", async ({ page }) => {
    await openApp(page, "/?size=64x48&random=0.5&seed=3");
    await expect(page.getByText("Density 50%")).toBeVisible();
    await expect(page.getByLabel(/Density/)).toHaveValue("50");
  });

  test("the Topology choice is not cut off", async ({ page }) => {
    await openApp(page);
    const topology = page.getByLabel("Topology");
    const fits = await topology.evaluate((el) => {
      const select = el as HTMLSelectElement;
      const probe = document.createElement("span");
      probe.style.font = getComputedStyle(select).font;
      probe.style.position = "absolute";
      probe.style.whiteSpace = "nowrap";
      probe.textContent = select.selectedOptions[0]?.textContent ?? "";
      document.body.append(probe);
      const textWidth = probe.getBoundingClientRect().width;
      probe.remove();
      // Room for the text: the select's width less its padding, border and arrow (about 32 px).
      return textWidth + 32 <= select.getBoundingClientRect().width;
    });
    expect(fits).toBe(true);
  });
});

test.describe("on a phone, portrait", () => {
  test.use({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  });

  test("the grid takes most of the screen and every button is touch-sized", async ({ page }) => {
    await openApp(page);
    const box = await grid(page).boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(0.6 * 844);
    expect(await inViewport(page, grid(page))).toBe(true);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("button, label.button")]
        .filter((b) => b.offsetParent !== null)
        .filter((b) => b.getBoundingClientRect().height < 44)
        .map((b) => `${b.textContent} ${b.getBoundingClientRect().height}`),
    );
    expect(small).toEqual([]);
    await expect(page.getByText("Open", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Share", exact: true })).toBeVisible();
  });

  test("settings open in a drawer and close again", async ({ page }) => {
    await openApp(page);
    const settings = page.getByRole("complementary", { name: "Settings" });
    await expect(settings).toBeHidden();
    const toggle = page.getByRole("button", { name: "Settings", exact: true });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await toggle.click();
    await expect(settings).toBeVisible();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    // A drawer over the grid: it does not scroll inside a small box, nor resize the grid.
    const drawer = await settings.boundingBox();
    expect(drawer?.height ?? 0).toBeGreaterThan(400);
    await expect(page.getByLabel("Grid size")).toBeVisible();
    const small = await settings.evaluate((el) =>
      [...el.querySelectorAll<HTMLElement>("button, input:not([type=range]), select")]
        .filter((b) => b.offsetParent !== null)
        .filter((b) => b.getBoundingClientRect().height < 44)
        .map((b) => `${b.textContent || b.getAttribute("aria-label") || b.id}`),
    );
    expect(small).toEqual([]);
    await page.getByRole("button", { name: "Close settings" }).click();
    await expect(settings).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test("How to use speaks of touch", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "Settings", exact: true }).click();
    await page.getByText("How to use").click();
    await expect(page.getByText(/tap a cell/)).toBeVisible();
    await expect(page.getByText(/two fingers/)).toBeVisible();
  });
});

test.describe("on a phone, landscape", () => {
  test.use({
    viewport: { width: 844, height: 390 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  });

  test("the whole grid is on screen at first open", async ({ page }) => {
    await openApp(page);
    await page.waitForTimeout(500); // the engine's name arrives after the first fit
    expect(await inViewport(page, grid(page))).toBe(true);
    // The fitted world is wholly inside the canvas: nothing moved the canvas after the fit.
    const info = (await page.locator(".status-bar").textContent()) ?? "";
    const [, width, height] = /(\d+)×(\d+)/.exec(info) ?? [];
    const view = await readView(page);
    const canvas = await grid(page).boundingBox();
    expect(view.panY + Number(height) * view.zoom).toBeLessThanOrEqual((canvas?.height ?? 0) + 1);
    expect(view.panX + Number(width) * view.zoom).toBeLessThanOrEqual((canvas?.width ?? 0) + 1);
    const box = await grid(page).boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(0.5 * 390);
    expect(await page.evaluate(() => document.scrollingElement?.scrollHeight)).toBeLessThanOrEqual(
      390,
    );
  });
});
