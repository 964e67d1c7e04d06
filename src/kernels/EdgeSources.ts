import { foldOntoGrid } from "../engine/foldOntoGrid.ts";
import type { Surface } from "../engine/Surface.ts";
import type { BandStepper, PackedView } from "./BandStepper.ts";
import { packedRowWords } from "./BitLayout.ts";

/**
 * The ring of cells around a whole grid on one of Golly's twisted, shifted or turned surfaces,
 * and where each comes from (`foldOntoGrid`): filled into a band's halo rows and ghost columns
 * before each step, as Golly copies the edges into its border, so that the kernels step these
 * surfaces unchanged. The sources are found once; a fill reads 2 (width + height) + 4 cells.
 */
export class EdgeSources {
  /**
   * Row-major indices of the ring's cells: row -1 (columns -1..width), row `height` (the
   * same), then column -1 and column `width` (rows 0..height-1).
   */
  private readonly sources: Int32Array;
  /** Where a packed view holds each source: word offset and bit, for the view's layout. */
  private words: Int32Array | undefined;
  private bits: Uint8Array | undefined;
  private layout: { readonly start: number; readonly stride: number } | undefined;
  private readonly ring: Uint8Array;
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
    const row = width + 2;
    this.sources = new Int32Array(2 * row + 2 * height);
    for (let i = 0; i < row; i++) {
      this.sources[i] = at(-1, i - 1);
      this.sources[row + i] = at(height, i - 1);
    }
    for (let y = 0; y < height; y++) {
      this.sources[2 * row + y] = at(y, -1);
      this.sources[2 * row + height + y] = at(y, width);
    }
    if (this.sources.some((index) => index < 0)) {
      throw new RangeError("a plane's edges join nothing: it needs no edge sources");
    }
    this.ring = new Uint8Array(this.sources.length);
    this.aboveRow = new Int32Array(packedRowWords(width));
    this.belowRow = new Int32Array(packedRowWords(width));
    this.westCells = new Uint8Array(height + 2);
    this.eastCells = new Uint8Array(height + 2);
  }

  /** Sets `band`'s halos and ghosts (it must be a whole grid made as a plane) from its cells. */
  fill(band: BandStepper): void {
    const { width, height, ring, westCells, eastCells } = this;
    // Read in place where the kernel keeps its rows packed: a call a cell costs more.
    const view = band.packedView?.();
    if (view) this.readView(view);
    else {
      const { sources } = this;
      for (let i = 0; i < sources.length; i++) {
        const index = sources[i] as number;
        const y = (index / width) | 0;
        ring[i] = band.getCell(y, index - y * width) ? 1 : 0;
      }
    }
    const row = width + 2;
    packRow(ring, 1, this.aboveRow, width);
    packRow(ring, row + 1, this.belowRow, width);
    westCells[0] = ring[0] as number;
    eastCells[0] = ring[row - 1] as number;
    westCells.set(ring.subarray(2 * row, 2 * row + height), 1);
    eastCells.set(ring.subarray(2 * row + height, 2 * row + 2 * height), 1);
    westCells[height + 1] = ring[row] as number;
    eastCells[height + 1] = ring[2 * row - 1] as number;
    band.setHalos(this.aboveRow, this.belowRow);
    band.setGhosts(westCells, eastCells);
  }

  /** Reads the ring's sources from packed rows, their places found once for the layout. */
  private readView(view: PackedView): void {
    const { start, stride } = view;
    if (
      !this.words ||
      !this.bits ||
      this.layout?.start !== start ||
      this.layout.stride !== stride
    ) {
      const { sources, width } = this;
      this.words = new Int32Array(sources.length);
      this.bits = new Uint8Array(sources.length);
      for (let i = 0; i < sources.length; i++) {
        const index = sources[i] as number;
        const y = (index / width) | 0;
        const x = index - y * width;
        this.words[i] = start + y * stride + (x >> 5);
        this.bits[i] = x & 31;
      }
      this.layout = { start, stride };
    }
    const { words, bits, ring } = this;
    const data = view.words;
    for (let i = 0; i < ring.length; i++) {
      ring[i] = ((data[words[i] as number] as number) >>> (bits[i] as number)) & 1;
    }
  }
}

/** Packs `width` cells of `cells` from `from` into the packed row `out`. */
function packRow(cells: Uint8Array, from: number, out: Int32Array, width: number): void {
  out.fill(0);
  for (let x = 0; x < width; x++) {
    if (cells[from + x]) out[x >> 5] = (out[x >> 5] as number) | (1 << (x & 31));
  }
}
