import { foldOntoGrid } from "../engine/foldOntoGrid.ts";
import type { Surface } from "../engine/Surface.ts";
import type { BandStepper } from "./BandStepper.ts";
import { packedRowWords } from "./BitLayout.ts";

/**
 * The ring of cells around a whole grid on one of Golly's twisted, shifted or turned surfaces,
 * and where each comes from (`foldOntoGrid`): filled into a band's halo rows and ghost columns
 * before each step, as Golly copies the edges into its border, so that the kernels step these
 * surfaces unchanged. The sources are found once; a fill reads 2 (width + height) + 4 cells.
 */
export class EdgeSources {
  /** Row-major indices of rows -1 and `height`, columns -1..width, then columns -1 and `width`. */
  private readonly above: Int32Array;
  private readonly below: Int32Array;
  private readonly west: Int32Array;
  private readonly east: Int32Array;
  private readonly aboveRow: Int32Array;
  private readonly belowRow: Int32Array;
  private readonly westCells: Uint8Array;
  private readonly eastCells: Uint8Array;

  constructor(
    surface: Surface,
    private readonly width: number,
    private readonly height: number,
  ) {
    const at = (y: number, x: number) => foldOntoGrid(surface, width, height, y, x);
    this.above = Int32Array.from({ length: width + 2 }, (_, i) => at(-1, i - 1));
    this.below = Int32Array.from({ length: width + 2 }, (_, i) => at(height, i - 1));
    this.west = Int32Array.from({ length: height }, (_, y) => at(y, -1));
    this.east = Int32Array.from({ length: height }, (_, y) => at(y, width));
    this.aboveRow = new Int32Array(packedRowWords(width));
    this.belowRow = new Int32Array(packedRowWords(width));
    this.westCells = new Uint8Array(height + 2);
    this.eastCells = new Uint8Array(height + 2);
  }

  /** Sets `band`'s halos and ghosts (it must be a whole grid made as a plane) from its cells. */
  fill(band: BandStepper): void {
    const { width, height, westCells, eastCells } = this;
    const cell = (index: number): number =>
      band.getCell(Math.floor(index / width), index % width) ? 1 : 0;
    packRing(this.above, this.aboveRow, width, cell);
    packRing(this.below, this.belowRow, width, cell);
    westCells[0] = cell(this.above[0] as number);
    eastCells[0] = cell(this.above[width + 1] as number);
    for (let y = 0; y < height; y++) {
      westCells[y + 1] = cell(this.west[y] as number);
      eastCells[y + 1] = cell(this.east[y] as number);
    }
    westCells[height + 1] = cell(this.below[0] as number);
    eastCells[height + 1] = cell(this.below[width + 1] as number);
    band.setHalos(this.aboveRow, this.belowRow);
    band.setGhosts(westCells, eastCells);
  }
}

/** Packs columns 0..width-1 of a ring row (its entries 1..width) into `out`. */
function packRing(
  sources: Int32Array,
  out: Int32Array,
  width: number,
  cell: (index: number) => number,
): void {
  out.fill(0);
  for (let x = 0; x < width; x++) {
    if (cell(sources[x + 1] as number)) out[x >> 5] = (out[x >> 5] as number) | (1 << (x & 31));
  }
}
