import type { Topology } from "../engine/Grid.ts";
import { assertCellCount } from "./assertCellCount.ts";
import type { BandStepper, PackedView } from "./BandStepper.ts";
import { type BitLayout, cellMask, createBitLayout, packedRowWords } from "./BitLayout.ts";
import { countBits } from "./countBits.ts";
import { packBits } from "./packBits.ts";
import type { StepperKind } from "./Stepper.ts";
import { unpackBits } from "./unpackBits.ts";
import { setGhostColumns, wrapGhosts } from "./wrapGhosts.ts";

/**
 * What the bit-sliced bands share: everything but the step itself, on the words of the current
 * generation laid out as `BitLayout` (the JS kernel's array, or a view of wasm memory).
 */
export abstract class PackedBand implements BandStepper {
  abstract readonly kind: StepperKind;
  protected readonly layout: BitLayout;
  protected readonly wrap: boolean;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly topology: Topology,
    lanes: number,
  ) {
    this.layout = createBitLayout(width, height, lanes);
    this.wrap = topology === "torus";
  }

  abstract step(): void;
  abstract dispose(): void;
  /** The words of the current generation. */
  protected abstract words(): Int32Array;

  setHalos(above: Int32Array | undefined, below: Int32Array | undefined): void {
    const words = this.words();
    this.writeRow(words, -1, above);
    this.writeRow(words, this.height, below);
  }

  setGhosts(west: Uint8Array, east: Uint8Array): void {
    setGhostColumns(this.words(), this.layout, west, east);
  }

  readRow(y: number, out: Int32Array): void {
    const { width, stride, firstRow } = this.layout;
    const words = this.words();
    const start = firstRow + y * stride;
    const count = packedRowWords(width);
    // Masked: the east ghost may sit in the last word's padding.
    for (let k = 0; k < count; k++) out[k] = (words[start + k] as number) & cellMask(width, k);
  }

  readRows(out: Int32Array): void {
    const { width, height, stride, firstRow } = this.layout;
    const words = this.words();
    const count = packedRowWords(width);
    // A copy per row, then the last word masked: the padding may hold the east ghost.
    const lastMask = cellMask(width, count - 1);
    for (let y = 0; y < height; y++) {
      const start = firstRow + y * stride;
      const at = y * count;
      out.set(words.subarray(start, start + count), at);
      out[at + count - 1] = (out[at + count - 1] as number) & lastMask;
    }
  }

  writeRows(rows: Int32Array): void {
    const { width, height, rowWords, stride, firstRow } = this.layout;
    const words = this.words();
    const count = packedRowWords(width);
    // A copy per row, then the last word masked and the padding cleared.
    const lastMask = cellMask(width, count - 1);
    for (let y = 0; y < height; y++) {
      const start = firstRow + y * stride;
      words.set(rows.subarray(y * count, (y + 1) * count), start);
      words[start + count - 1] = (words[start + count - 1] as number) & lastMask;
      if (count < rowWords) words.fill(0, start + count, start + rowWords);
    }
    if (this.wrap) wrapGhosts(words, this.layout);
  }

  getCells(out?: Uint8Array): Uint8Array {
    return unpackBits(this.words(), this.layout, out);
  }

  setCells(cells: Uint8Array): void {
    assertCellCount(cells, this.width, this.height);
    packBits(cells, this.words(), this.layout, this.wrap);
  }

  setCell(y: number, x: number, alive: boolean): void {
    const words = this.words();
    const { firstRow, stride } = this.layout;
    const i = firstRow + y * stride + (x >> 5);
    const bit = 1 << (x & 31);
    words[i] = alive ? (words[i] as number) | bit : (words[i] as number) & ~bit;
    // The edge columns are copied into the ghosts, which must follow them.
    if (this.wrap && (x === 0 || x === this.width - 1)) wrapGhosts(words, this.layout, y, y + 1);
  }

  getCell(y: number, x: number): boolean {
    const { firstRow, stride } = this.layout;
    return (((this.words()[firstRow + y * stride + (x >> 5)] as number) >>> (x & 31)) & 1) === 1;
  }

  population(): number {
    return countBits(this.words(), this.layout);
  }

  packedView(): PackedView {
    return { words: this.words(), start: this.layout.firstRow, stride: this.layout.stride };
  }

  /** Writes packed `row` (empty when undefined) as row y, padding cleared, ghosts refreshed. */
  private writeRow(words: Int32Array, y: number, row: Int32Array | undefined): void {
    const { width, rowWords, stride, firstRow } = this.layout;
    const start = firstRow + y * stride;
    const count = row ? Math.min(packedRowWords(width), row.length) : 0;
    for (let k = 0; k < rowWords; k++) {
      words[start + k] = k < count ? ((row as Int32Array)[k] as number) & cellMask(width, k) : 0;
    }
    if (this.wrap) wrapGhosts(words, this.layout, y, y + 1);
  }
}
