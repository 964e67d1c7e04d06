import type { PackedCells } from "../engine/index.ts";
import { toPixel } from "../view/pixelColors.ts";
import type { CellBox } from "../view/Viewport.ts";
import { type CellImage, createRowPainter, imageFor, type RowPainter } from "./rasterizeCells.ts";

/** What to paint: the cells, seen through `box` at one pixel per `block` x `block` cells. */
export interface RasterRequest {
  readonly cells: PackedCells;
  /** Bumped whenever `cells` changes in place (an edit), so the image is painted again. */
  readonly cellsVersion: number;
  readonly box: CellBox;
  readonly block: number;
  readonly empty: number;
  readonly alive: number;
}

export interface RasterResult {
  readonly image: CellImage;
  /** False while some pixel rows still show older cells: draw again next frame. */
  readonly complete: boolean;
}

export interface CellRaster {
  paint(request: RasterRequest): RasterResult;
}

export interface CellRasterOptions {
  /** Time one `paint` may spend on changed cells, in ms, before it leaves the rest for later. */
  readonly budgetMillis?: number;
  readonly now?: () => number;
}

/**
 * Keeps the image of the visible cells between frames and paints only what changed:
 *
 * - Same cells, box and colours (the pointer moved, a selection was drawn): nothing is painted.
 * - New cells (a generation, an edit): pixel rows are painted for at most `budgetMillis`,
 *   resuming each frame where the last stopped and going round, until every row shows the
 *   newest cells. A small grid is done in one frame; a 16384 x 16384 grid seen whole, whose
 *   counting takes many times a frame's budget, refreshes as a sweep over a few frames instead
 *   of blocking the page for the whole count.
 * - A new view (pan, zoom, resize): the old image is first resampled into the new one, so the
 *   cells still on screen show at once where they now belong, then the sweep paints every row
 *   exactly. New colours start from empty instead.
 */
export function createCellRaster(options: CellRasterOptions = {}): CellRaster {
  const budget = options.budgetMillis ?? 8;
  const now = options.now ?? (() => performance.now());
  let shown: Shown | undefined;
  let spare: CellImage | undefined; // the image before, reused for the next view
  let cells: PackedCells | undefined;
  let version = -1;
  let next = 0; // the pixel row the sweep paints next
  let stale = 0; // rows, from `next` round, that do not yet show the newest cells

  return {
    paint(request) {
      const { box, block, empty, alive } = request;
      if (!shown || !sameView(shown, request)) {
        const image = imageFor(box, block, spare);
        if (shown && shown.empty === empty && shown.alive === alive) {
          resample(shown, image, box, block, toPixel(empty));
        } else {
          image.data.fill(toPixel(empty));
        }
        spare = shown?.image;
        const painter = createRowPainter(box, block, empty, alive);
        shown = { image, painter, box, block, empty, alive };
        cells = undefined;
        next = 0;
      }
      const { image, painter } = shown;
      if (request.cells !== cells || request.cellsVersion !== version) {
        cells = request.cells;
        version = request.cellsVersion;
        stale = image.height; // rows painted earlier in this sweep are behind again too
      }
      const started = now();
      while (stale > 0) {
        painter(cells, image, next, next + 1);
        next = next + 1 === image.height ? 0 : next + 1;
        stale--;
        if (now() - started >= budget) break;
      }
      return { image, complete: stale === 0 };
    },
  };
}

/** The image on screen, the view it was painted for, and the painter for that view. */
interface Shown {
  readonly image: CellImage;
  readonly painter: RowPainter;
  readonly box: CellBox;
  readonly block: number;
  readonly empty: number;
  readonly alive: number;
}

function sameView(shown: Shown, request: RasterRequest): boolean {
  const { box } = shown;
  const other = request.box;
  return (
    box.x === other.x &&
    box.y === other.y &&
    box.width === other.width &&
    box.height === other.height &&
    shown.block === request.block &&
    shown.empty === request.empty &&
    shown.alive === request.alive
  );
}

/**
 * Fills `image` (for `box` at `block`) from the old image: each pixel takes the old pixel that
 * covered the cell at its centre, or `emptyPixel` where the old view did not reach.
 */
function resample(old: Shown, image: CellImage, box: CellBox, block: number, emptyPixel: number) {
  const column = new Int32Array(image.width);
  for (let px = 0; px < image.width; px++) {
    const x = Math.min(box.x + px * block + (block >> 1), box.x + box.width - 1);
    const ox = Math.floor((x - old.box.x) / old.block);
    column[px] = x >= old.box.x && x < old.box.x + old.box.width ? ox : -1;
  }
  const { data, width } = image;
  for (let py = 0; py < image.height; py++) {
    const y = Math.min(box.y + py * block + (block >> 1), box.y + box.height - 1);
    const inside = y >= old.box.y && y < old.box.y + old.box.height;
    const from = Math.floor((y - old.box.y) / old.block) * old.image.width;
    for (let px = 0; px < width; px++) {
      const ox = column[px] as number;
      data[py * width + px] =
        inside && ox >= 0 ? (old.image.data[from + ox] as number) : emptyPixel;
    }
  }
}
