import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import { PackedCells } from "../engine/index.ts";
import { toPixel } from "../view/pixelColors.ts";
import { type CellRaster, createCellRaster, type RasterRequest } from "./createCellRaster.ts";
import { rasterizeCells } from "./rasterizeCells.ts";

const seed = pickSeed();
const random = createRandom(seed);
const WIDTH = 128;
const SIZE = 64;
const BOX = { x: 0, y: 0, width: SIZE, height: SIZE };
const BLOCK = 4; // 16 x 16 pixels
const PIXELS = SIZE / BLOCK;
const EMPTY = 0;
const ALIVE = 0xffffff;

function soup(): PackedCells {
  const cells = new PackedCells(WIDTH, SIZE);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < WIDTH; x++) cells.set(x, y, random() < 0.4 ? 1 : 0);
  }
  return cells;
}

function request(cells: PackedCells, overrides: Partial<RasterRequest> = {}): RasterRequest {
  return {
    cells,
    cellsVersion: 0,
    box: BOX,
    block: BLOCK,
    empty: EMPTY,
    alive: ALIVE,
    ...overrides,
  };
}

/** A clock that moves on 1 ms each time it is read. */
function steppingClock() {
  let t = 0;
  return () => t++;
}

function expected(cells: PackedCells, box = BOX, block = BLOCK) {
  return [...rasterizeCells(cells, box, block, EMPTY, ALIVE).data];
}

function paintToEnd(raster: CellRaster, req: RasterRequest): { frames: number; data: number[] } {
  let frames = 1;
  let result = raster.paint(req);
  while (!result.complete) {
    result = raster.paint(req);
    frames++;
  }
  return { frames, data: [...result.image.data] };
}

describe("createCellRaster", () => {
  it("paints everything in one frame when its budget allows", () => {
    const raster = createCellRaster({ budgetMillis: 1000, now: () => 0 });
    const cells = soup();
    const first = raster.paint(request(cells));
    expect(first.complete).toBe(true);
    expect([...first.image.data], `seed ${seed}`).toEqual(expected(cells));
    const zoomed = raster.paint(request(cells, { block: 8 }));
    expect(zoomed.complete).toBe(true);
    expect([...zoomed.image.data], `seed ${seed}`).toEqual(expected(cells, BOX, 8));
  });

  it("paints nothing again when neither the cells nor the view changed", () => {
    const raster = createCellRaster();
    const cells = soup();
    const before = [...raster.paint(request(cells)).image.data];
    cells.words.fill(0); // changed behind its back, with no version bump: not looked at
    const again = raster.paint(request(cells));
    expect(again.complete).toBe(true);
    expect([...again.image.data]).toEqual(before);
    // A version bump says the cells changed in place: painted again.
    const bumped = raster.paint(request(cells, { cellsVersion: 1 }));
    expect([...bumped.image.data]).toEqual(expected(cells));
  });

  it("spreads new cells over frames within its budget, and ends showing the newest", () => {
    // The clock moves 1 ms a read and the budget is 3 ms: three pixel rows a frame.
    const raster = createCellRaster({ budgetMillis: 3, now: steppingClock() });
    expect(paintToEnd(raster, request(soup())).frames).toBe(Math.ceil(PIXELS / 3));
    const second = soup();
    const frame1 = raster.paint(request(second));
    expect(frame1.complete).toBe(false);
    const firstRows = [...frame1.image.data].slice(0, 3 * PIXELS);
    expect(firstRows, `seed ${seed}`).toEqual(expected(second).slice(0, 3 * PIXELS));
    // New cells arrive mid-sweep: the sweep goes on round, and every row ends on the newest.
    const third = soup();
    const end = paintToEnd(raster, request(third));
    expect(end.frames).toBe(Math.ceil(PIXELS / 3));
    expect(end.data, `seed ${seed}`).toEqual(expected(third));
  });

  it("shows a new view at once from the old image, then paints it exactly", () => {
    const raster = createCellRaster({ budgetMillis: 1, now: steppingClock() });
    const cells = soup();
    const old = paintToEnd(raster, request(cells)).data;
    // Panned right by two pixels' worth of cells: one row is painted in the first frame ...
    const panned = { ...BOX, x: 2 * BLOCK };
    const first = raster.paint(request(cells, { box: panned }));
    expect(first.complete).toBe(false);
    const data = [...first.image.data];
    const exact = expected(cells, panned);
    expect(data.slice(0, PIXELS), `seed ${seed}`).toEqual(exact.slice(0, PIXELS));
    // ... and the others show the old pixels of the same cells, empty where the old view ended.
    for (let py = 1; py < PIXELS; py++) {
      const row = data.slice(py * PIXELS, (py + 1) * PIXELS);
      const oldRow = old.slice(py * PIXELS, (py + 1) * PIXELS);
      const emptyPixel = toPixel(EMPTY);
      expect(row, `seed ${seed}, row ${py}`).toEqual([...oldRow.slice(2), emptyPixel, emptyPixel]);
    }
    expect(paintToEnd(raster, request(cells, { box: panned })).data, `seed ${seed}`).toEqual(exact);
  });
});
