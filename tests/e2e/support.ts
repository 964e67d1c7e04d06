import { expect, type Locator, type Page } from "@playwright/test";

/** The grid canvas, found by its accessible name. */
export function grid(page: Page): Locator {
  return page.getByLabel(/Game of Life grid/);
}

/** Opens the app at `path` and waits until it has chosen what to show (link, parameters, autosave). */
export async function openApp(page: Page, path = "/"): Promise<void> {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
}

/** Opens the app, stops the default pattern and clears the grid, at the given size. */
export async function openEmpty(page: Page, size = "40x30"): Promise<void> {
  await openApp(page);
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByLabel("Grid size").fill(size);
  await page.getByLabel("Grid size").press("Enter");
  await page.getByRole("button", { name: "Clear" }).click();
  await expectStatus(page, 0, 0);
}

/**
 * The generation and population shown in the status bar. They are outside the `status` live
 * region, which announces them only when paused or on demand (G), not on every generation.
 */
export function counters(page: Page): Locator {
  return page.getByTestId("counters");
}

export async function expectStatus(
  page: Page,
  generation: number,
  population: number,
): Promise<void> {
  const shown = counters(page);
  // Counts are shown with thousands separators.
  await expect(shown).toContainText(`Generation ${generation.toLocaleString("en-US")}`);
  await expect(shown).toContainText(`Population ${population.toLocaleString("en-US")}`);
}

/** Reads the generation and population from the status bar's counters. */
export async function readStatus(page: Page): Promise<{ generation: number; population: number }> {
  const text = (await counters(page).textContent()) ?? "";
  const generation = Number(/Generation ([\d,]+)/.exec(text)?.[1]?.replaceAll(",", ""));
  const population = Number(/Population ([\d,]+)/.exec(text)?.[1]?.replaceAll(",", ""));
  return { generation, population };
}

interface View {
  zoom: number;
  panX: number;
  panY: number;
}

/** The view as the canvas publishes it (data attributes), once it has drawn. */
export async function readView(page: Page): Promise<View> {
  const canvas = grid(page);
  await expect(canvas).toHaveAttribute("data-zoom", /\d/);
  return canvas.evaluate((el) => ({
    zoom: Number(el.dataset.zoom),
    panX: Number(el.dataset.panX),
    panY: Number(el.dataset.panY),
  }));
}

/** Page coordinates of the centre of cell (x, y) under the current view. */
export async function cellCentre(
  page: Page,
  x: number,
  y: number,
): Promise<{ x: number; y: number }> {
  const view = await readView(page);
  const box = await grid(page).boundingBox();
  if (!box) throw new Error("the canvas is not on screen");
  return {
    x: box.x + view.panX + (x + 0.5) * view.zoom,
    y: box.y + view.panY + (y + 0.5) * view.zoom,
  };
}

export async function clickCell(page: Page, x: number, y: number): Promise<void> {
  const p = await cellCentre(page, x, y);
  await page.mouse.click(p.x, p.y);
}

/** The canvas's colour (red, green, blue) at the centre of cell (x, y). */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const view = await readView(page);
  return grid(page).evaluate(
    (el, { px, py }) => {
      const canvas = el as HTMLCanvasElement;
      const ratio = canvas.width / canvas.clientWidth;
      const data = canvas
        .getContext("2d")
        ?.getImageData(Math.floor(px * ratio), Math.floor(py * ratio), 1, 1).data;
      if (!data) throw new Error("no 2d context");
      return [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0] as [number, number, number];
    },
    { px: view.panX + (x + 0.5) * view.zoom, py: view.panY + (y + 0.5) * view.zoom },
  );
}

/** Whether the canvas shows cell (x, y) alive, read from its pixels. */
export async function isDrawnAlive(page: Page, x: number, y: number): Promise<boolean> {
  // Alive is bright green (0x7ee787); empty is near black.
  const [, green] = await pixelAt(page, x, y);
  return green > 150;
}

/** Waits until the canvas has drawn the current state (two animation frames). */
export async function afterPaint(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

/** A glider heading down and to the right, as (x, y) cells, its top cell at (6, 5). */
export const GLIDER = [
  [6, 5],
  [7, 6],
  [5, 7],
  [6, 7],
  [7, 7],
] as const;
