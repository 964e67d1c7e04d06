import { expect, type Page, test } from "@playwright/test";
import {
  afterPaint,
  clickCell,
  expectStatus,
  GLIDER,
  openApp,
  openEmpty,
  pixelAt,
} from "./support.ts";

const html = (page: Page) => page.locator("html");
const themePicker = (page: Page) => page.getByLabel("Theme", { exact: true });
const trailsToggle = (page: Page) => page.getByRole("button", { name: /^Trails/ });

/** Whether two colours are within a few levels of each other on every channel. */
const near = (a: readonly number[], b: readonly number[]) =>
  a.every((channel, i) => Math.abs(channel - (b[i] ?? 0)) <= 3);

const DARK_EMPTY = [0x16, 0x1a, 0x22];
const DARK_ALIVE = [0x7e, 0xe7, 0x87];

test("a theme picked is kept across a reload, and the canvas is drawn in it", async ({ page }) => {
  await openEmpty(page);
  await expect(html(page)).toHaveAttribute("data-theme", "dark");
  expect(near(await pixelAt(page, 3, 3), DARK_EMPTY)).toBe(true);
  await themePicker(page).selectOption("light");
  await expect(html(page)).toHaveAttribute("data-theme", "light");
  await expect.poll(() => pixelAt(page, 3, 3)).toEqual([255, 255, 255]);
  // The page's own colours follow: the page's background is the light theme's.
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
  ).toBe("rgb(255, 255, 255)");

  await page.reload();
  await expect(html(page)).toHaveAttribute("data-ready", "true");
  await expect(html(page)).toHaveAttribute("data-theme", "light");
  await expect(themePicker(page)).toHaveValue("light");
});

test("the OS's preferences choose the theme until one is picked", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openApp(page);
  await expect(html(page)).toHaveAttribute("data-theme", "light");
  await expect(themePicker(page)).toHaveValue("system");
  await page.emulateMedia({ colorScheme: "light", contrast: "more" });
  await expect(html(page)).toHaveAttribute("data-theme", "contrast");
  // High contrast: black cells' ground and a 3 px focus ring.
  await page.getByRole("button", { name: /^Pause|^Play/ }).focus();
  const ring = await page.evaluate(
    () => getComputedStyle(document.activeElement as Element).outlineWidth,
  );
  expect(ring).toBe("3px");
  await themePicker(page).selectOption("dark");
  await expect(html(page)).toHaveAttribute("data-theme", "dark");
});

test("trails on: a glider leaves a fading trail behind it; off, the cells are empty again", async ({
  page,
}) => {
  await openEmpty(page);
  for (const [x, y] of GLIDER) await clickCell(page, x, y);
  await expectStatus(page, 0, 5);
  await page.keyboard.press("t");
  await expect(trailsToggle(page)).toHaveAttribute("aria-pressed", "true");
  for (let generation = 1; generation <= 8; generation++) {
    await page.keyboard.press("n");
    await expectStatus(page, generation, 5);
    await afterPaint(page);
  }
  // After 8 generations the glider has moved 2 cells down and right: its first cells are dead,
  // and drawn neither empty nor alive.
  const behind = [
    [6, 5],
    [5, 7],
    [6, 7],
  ] as const;
  for (const [x, y] of behind) {
    await expect
      .poll(async () => {
        const pixel = await pixelAt(page, x, y);
        return !near(pixel, DARK_EMPTY) && !near(pixel, DARK_ALIVE);
      }, `a trail at ${x},${y}`)
      .toBe(true);
  }
  // A cell the glider never touched stays empty.
  expect(near(await pixelAt(page, 20, 20), DARK_EMPTY)).toBe(true);
  // The youngest trail is the brightest: a cell dead one generation ago is bluer than one
  // dead for longer.
  const [, , older] = await pixelAt(page, 6, 5);
  await page.keyboard.press("t");
  await expect(trailsToggle(page)).toHaveAttribute("aria-pressed", "false");
  for (const [x, y] of behind) await expect.poll(() => pixelAt(page, x, y)).toEqual(DARK_EMPTY);
  expect(older).toBeGreaterThan(DARK_EMPTY[2] as number);
});

test("before the app's script runs, the page follows the OS's light or dark scheme", async ({
  browser,
}) => {
  // With scripts off the page stays as it is before the app starts: no data-theme yet. The
  // browser's own background for the scheme: white, or a near-black.
  for (const [colorScheme, isIt] of [
    ["light", (c: number) => c >= 240],
    ["dark", (c: number) => c <= 40],
  ] as const) {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme });
    const page = await context.newPage();
    await page.goto("/");
    await expect(html(page)).not.toHaveAttribute("data-theme", /./);
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    const channels = (background.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    expect(channels.length === 3 && channels.every(isIt), `${colorScheme}: ${background}`).toBe(
      true,
    );
    await context.close();
  }
});
