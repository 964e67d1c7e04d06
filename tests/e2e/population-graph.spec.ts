import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { parseRle } from "../../src/formats/index.ts";
import { parseRule } from "../../src/rules/index.ts";
import { createUniverse } from "../../src/universe/createUniverse.ts";
import type { EngineName } from "../../src/universe/Universe.ts";
import { expectStatus, grid, openApp, readView } from "./support.ts";

// The population graph: the R-pentomino run on the infinite plane, its curve drawn, and its CSV
// against the populations the engine computes in this process, one generation at a time.

const R_PENTOMINO = "x = 3, y = 3, rule = B3/S23\nb2o$2o$bo!\n";

/** The R-pentomino's populations at generations 0..count, on `engine`, as the page opens it. */
function enginePopulations(engine: EngineName, count: number): number[] {
  const pattern = parseRle(R_PENTOMINO);
  const universe = createUniverse({
    space: { kind: "infinite" },
    rule: parseRule("B3/S23").rule,
    engine,
  });
  for (let y = 0; y < pattern.height; y++) {
    for (let x = 0; x < pattern.width; x++) {
      if (pattern.cells[y * pattern.width + x]) universe.set(x - 1, y - 1, 1);
    }
  }
  const populations = [Number(universe.population())];
  for (let g = 0; g < count; g++) {
    universe.step(1n);
    populations.push(Number(universe.population()));
  }
  return populations;
}

async function openRPentomino(page: Page, engine: string) {
  await openApp(page);
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByLabel("Open pattern file").setInputFiles({
    name: "r-pentomino.rle",
    mimeType: "text/plain",
    buffer: Buffer.from(R_PENTOMINO),
  });
  await expectStatus(page, 0, 5);
  await page.getByLabel("Engine").selectOption(engine);
}

async function goTo(page: Page, generation: number) {
  await page.getByLabel("Go to generation").fill(String(generation));
  await page.getByRole("button", { name: "Go", exact: true }).click();
}

/** The graph's canvas, by its accessible name. */
const graphCanvas = (page: Page) =>
  page.getByRole("img", { name: /Population against generation/ });

/** The CSV the graph exports: its `#` notes, its header and its [generation, population] rows. */
async function downloadCsv(
  page: Page,
): Promise<{ notes: string[]; header: string; rows: number[][] }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export the populations as CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("r-pentomino-population.csv");
  const lines = readFileSync(await download.path(), "utf8")
    .trimEnd()
    .split("\n");
  const notes = lines.filter((line) => line.startsWith("#"));
  const [header = "", ...rows] = lines.filter((line) => !line.startsWith("#"));
  return { notes, header, rows: rows.map((row) => row.split(",").map(Number)) };
}

/**
 * How many pixel columns of the plot hold the curve's colour, and across how many rows: a curve
 * covers nearly every column, and a methuselah's rises and falls over many rows.
 */
async function curveExtent(page: Page): Promise<{ columns: number; rows: number; width: number }> {
  return graphCanvas(page).evaluate((element) => {
    const canvas = element as HTMLCanvasElement;
    const line = getComputedStyle(canvas).getPropertyValue("--accent").trim() || "#7ee787";
    const rgb = [1, 3, 5].map((i) => Number.parseInt(line.slice(i, i + 2), 16));
    const { width, height } = canvas;
    const data = canvas.getContext("2d")?.getImageData(0, 0, width, height).data;
    if (!data) return { columns: 0, rows: 0, width };
    const columns = new Set<number>();
    const rows = new Set<number>();
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = 4 * (y * width + x);
        const near = rgb.every((c, k) => Math.abs((data[i + k] as number) - c) < 40);
        if (near) {
          columns.add(x);
          rows.add(y);
        }
      }
    }
    return { columns: columns.size, rows: rows.size, width };
  });
}

test("the population graph shows the R-pentomino curve, and its CSV matches the populations the engine computes", async ({
  page,
}) => {
  await openRPentomino(page, "tiles");
  await goTo(page, 200);
  const expected = enginePopulations("tiles", 200);
  await expectStatus(page, 200, expected[200] as number);
  await expect(graphCanvas(page)).toHaveCount(0);
  await page.keyboard.press("p");
  const canvas = graphCanvas(page);
  await expect(canvas).toHaveAttribute("data-points", "201");
  const drawn = await curveExtent(page);
  // The plot is the canvas less its axes' room: the curve crosses most of it, up and down.
  expect(drawn.columns).toBeGreaterThan(drawn.width * 0.7);
  expect(drawn.rows).toBeGreaterThan(40);

  const csv = await downloadCsv(page);
  expect(csv.header).toBe("generation,population");
  expect(csv.notes).toEqual([]);
  expect(csv.rows).toEqual(expected.map((population, generation) => [generation, population]));

  // Hover reads a point; the keyboard reads the next one.
  const box = await canvas.boundingBox();
  if (!box) throw new Error("the graph is not on screen");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator(".graph-tip")).toContainText(/Generation \d+: population \d+/);
  await canvas.focus();
  await page.keyboard.press("Home");
  await expect(page.locator("#graph-readout")).toHaveText(
    `Generation 0: population ${expected[0]}`,
  );
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("#graph-readout")).toHaveText(
    `Generation 1: population ${expected[1]}`,
  );
  // Enter, then Enter again 50 points on: zoomed to that range; 0 shows every point again.
  await page.keyboard.press("Enter");
  for (let i = 0; i < 5; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Enter");
  await expect(canvas).toHaveAttribute("data-to", "51");
  await expect(canvas).toHaveAttribute("data-from", "1");
  await expect(page.getByRole("button", { name: "Reset zoom" })).toBeEnabled();
  await page.keyboard.press("0");
  await expect(canvas).toHaveAttribute("data-from", "0");
  await expect(canvas).toHaveAttribute("data-to", "200");
  // The keys stayed in the graph: the world did not step back or forward, nor the grid zoom.
  await expectStatus(page, 200, expected[200] as number);

  // P again hides it, and so does its own button; the button in the grid's corner shows it,
  // and shown, it is remembered across a reload.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("p");
  await expect(canvas).toHaveCount(0);
  const show = page.getByRole("button", { name: "Population graph", exact: true });
  await show.click();
  await expect(canvas).toHaveCount(1);
  await page.getByRole("button", { name: "Hide the population graph" }).click();
  await expect(canvas).toHaveCount(0);
  await show.click();
  await openApp(page);
  await expect(graphCanvas(page)).toBeVisible();
});

test("the graph zooms to a dragged range and back, switches to a log scale, and HashLife's points are each exact", async ({
  page,
}) => {
  await openRPentomino(page, "hashlife");
  await page.getByRole("button", { name: "Population graph", exact: true }).click();
  await goTo(page, 1000);
  const expected = enginePopulations("hashlife", 1000);
  await expectStatus(page, 1000, expected[1000] as number);
  const canvas = graphCanvas(page);
  await expect(page.locator(".graph-note")).toContainText("recorded where they land");
  const csv = await downloadCsv(page);
  expect(csv.notes.join()).toContain("HashLife's jumps");
  expect(csv.rows.at(-1)).toEqual([1000, expected[1000]]);
  for (const [generation, population] of csv.rows) {
    expect(population, `generation ${generation}`).toBe(expected[generation as number]);
  }

  const box = await canvas.boundingBox();
  if (!box) throw new Error("the graph is not on screen");
  const resetZoom = page.getByRole("button", { name: "Reset zoom" });
  await expect(resetZoom).toBeDisabled();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(resetZoom).toBeEnabled();
  await resetZoom.click();
  await expect(resetZoom).toBeDisabled();
  const log = page.getByRole("button", { name: "Log scale" });
  await log.click();
  await expect(log).toHaveAttribute("aria-pressed", "true");
  // On a log scale the axis tops out at a power of ten.
  await expect(canvas).toHaveAttribute("data-top", "1000");
});

test("Fit keeps the pattern clear of the graph docked over the grid", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Pause" }).click();
  const rows = Array.from({ length: 100 }, () => "100o").join("$");
  await page.getByLabel("Open pattern file").setInputFiles({
    name: "square.rle",
    mimeType: "text/plain",
    buffer: Buffer.from(`x = 100, y = 100, rule = B3/S23\n${rows}!\n`),
  });
  await expectStatus(page, 0, 10000);
  const canvas = await grid(page).boundingBox();
  if (!canvas) throw new Error("no grid");
  // Opened and fitted on the whole grid: the square's centre cell is at the canvas's centre.
  const opened = await readView(page);
  const left = (canvas.width / 2 - opened.panX) / opened.zoom - 50;
  const top = (canvas.height / 2 - opened.panY) / opened.zoom - 50;
  await page.keyboard.press("p");
  const panel = await page.locator(".graph-panel").boundingBox();
  if (!panel) throw new Error("no graph");
  // Before Fit, the square runs under the graph.
  expect(canvas.x + (left + 100) * opened.zoom + opened.panX).toBeGreaterThan(panel.x);
  expect(canvas.y + (top + 100) * opened.zoom + opened.panY).toBeGreaterThan(panel.y);
  await page.keyboard.press("f");
  await expect.poll(async () => readView(page)).not.toEqual(opened);
  const fitted = await readView(page);
  const right = canvas.x + (left + 100) * fitted.zoom + fitted.panX;
  const bottom = canvas.y + (top + 100) * fitted.zoom + fitted.panY;
  expect(right <= panel.x || bottom <= panel.y, `square to ${right}, ${bottom}`).toBe(true);
  expect(canvas.x + left * fitted.zoom + fitted.panX).toBeGreaterThanOrEqual(canvas.x);
  expect(canvas.y + top * fitted.zoom + fitted.panY).toBeGreaterThanOrEqual(canvas.y);
});
