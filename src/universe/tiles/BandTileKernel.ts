import { createBitLayout } from "../../kernels/BitLayout.ts";
import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import { ruleLeaves } from "../../kernels/ruleLeaves.ts";
import { stepBits } from "../../kernels/stepBits.ts";
import { stepBytes } from "../../kernels/stepBytes.ts";
import { tableModule } from "../../kernels/table/tableModule.ts";
import { WasmBand } from "../../kernels/WasmBand.ts";
import { lifeModule } from "../../kernels/wasm/lifeModule.ts";
import {
  RESERVED_WORDS,
  STEP_AROUND,
  STEP_C,
  STEP_CHANGED1,
  STEP_CHANGED2,
  STEP_DST,
  STEP_FIRST_CHANGED,
  STEP_LAST_CHANGED,
  STEP_OCCUPIED,
  STEP_PREV,
  STEP_RECORD_WORDS,
  type TileKernel,
  tileWords,
} from "./TileKernel.ts";
import { countTile, edgeBitsOfDifference } from "./tileEdges.ts";

const WIDTH = 128;

/**
 * Tiles stepped through a band: a tile and the edges of its neighbours are copied into a band
 * with halo rows and ghost columns, stepped, and copied back, and the step record is written
 * in JS. The band is stepped by the rule's own circuit on WebAssembly SIMD vectors
 * (`wasm-table`: any two-state rule, what tiles run for the rules that are not Life-like), or
 * where that cannot run by `stepBits` (Life-like rules, `bits`) or cell by cell from the rule
 * table by `stepBytes` (any rule, `bytes`). Life-like rules have life.wat's `stepTiles`
 * (`WasmTileKernel`), which needs no copies.
 */
export class BandTileKernel implements TileKernel {
  readonly zero = RESERVED_WORDS;
  readonly firstFree: number;
  heap: Int32Array;
  private readonly step1: (c: number, around: Int32Array, dst: number) => void;
  /** The band in wasm memory that `wasm-table` steps each tile in. */
  private circuitBand: WasmBand | undefined;

  constructor(
    readonly name: "wasm-table" | "bits" | "bytes",
    readonly rows: number,
    rule: CompiledRule,
  ) {
    this.firstFree = RESERVED_WORDS + tileWords(rows);
    this.heap = new Int32Array(this.firstFree);
    const { totalistic } = rule;
    if (name === "wasm-table") {
      this.step1 = this.circuitStepper(rule.table);
    } else if (name === "bits") {
      if (!totalistic) throw new Error("the bits kernel needs a Life-like rule");
      this.step1 = this.bitsStepper(ruleLeaves(totalistic));
    } else {
      this.step1 = this.bytesStepper(rule.table);
    }
  }

  reserve(words: number): void {
    if (words <= this.heap.length) return;
    const grown = new Int32Array(Math.max(words, 2 * this.heap.length));
    grown.set(this.heap);
    this.heap = grown;
  }

  /** Steps every row: `from` and `to` only save time, which life.wat's kernel takes. */
  stepMany(list: number, count: number): void {
    for (let i = 0; i < count; i++) this.stepRecord(list + i * STEP_RECORD_WORDS);
  }

  private stepRecord(r: number): void {
    const { rows } = this;
    const heap = this.heap;
    const c = heap[r + STEP_C] as number;
    const dst = heap[r + STEP_DST] as number;
    const prev = heap[r + STEP_PREV] as number;
    // dst may be prev: keep it for the comparison.
    const previous = heap.slice(prev, prev + 4 * rows);
    this.step1(c, heap.slice(r + STEP_AROUND, r + STEP_AROUND + 8), dst);
    let firstChanged = -1;
    let lastChanged = -1;
    for (let y = 0; y < rows; y++) {
      const a = dst + 4 * y;
      const b = c + 4 * y;
      if (
        (heap[a] as number) !== (heap[b] as number) ||
        (heap[a + 1] as number) !== (heap[b + 1] as number) ||
        (heap[a + 2] as number) !== (heap[b + 2] as number) ||
        (heap[a + 3] as number) !== (heap[b + 3] as number)
      ) {
        if (firstChanged < 0) firstChanged = y;
        lastChanged = y;
      }
    }
    heap[r + STEP_OCCUPIED] = edgeBitsOfDifference(heap, dst, heap, this.zero, rows);
    heap[r + STEP_CHANGED1] = edgeBitsOfDifference(heap, dst, heap, c, rows);
    heap[r + STEP_CHANGED2] = edgeBitsOfDifference(heap, dst, previous, 0, rows);
    heap[r + STEP_FIRST_CHANGED] = firstChanged;
    heap[r + STEP_LAST_CHANGED] = lastChanged;
  }

  count(at: number, rows = this.rows): number {
    return countTile(this.heap, at, rows);
  }

  dispose(): void {
    this.heap = new Int32Array(0);
    this.circuitBand?.dispose();
  }

  /**
   * Copies the tile `c` into packed band words (row y at `start + y * stride`, as `BitLayout`
   * lays them out) with its halo rows from the tiles above and below and its ghost columns from
   * those to the west and east (bit 31 of the word before a row, bit 0 of the word after).
   */
  private fillBand(
    words: Int32Array,
    start: number,
    stride: number,
    c: number,
    around: Int32Array,
  ) {
    const { heap, rows } = this;
    const last = 4 * (rows - 1);
    for (let y = -1; y <= rows; y++) {
      // around: north, south, west, east, north-west, north-east, south-west, south-east
      let west: number;
      let mid: number;
      let east: number;
      if (y < 0) {
        west = (around[4] as number) + last;
        mid = (around[0] as number) + last;
        east = (around[5] as number) + last;
      } else if (y === rows) {
        west = around[6] as number;
        mid = around[1] as number;
        east = around[7] as number;
      } else {
        west = (around[2] as number) + 4 * y;
        mid = c + 4 * y;
        east = (around[3] as number) + 4 * y;
      }
      const at = start + y * stride;
      words[at] = heap[mid] as number;
      words[at + 1] = heap[mid + 1] as number;
      words[at + 2] = heap[mid + 2] as number;
      words[at + 3] = heap[mid + 3] as number;
      words[at - 1] = (heap[west + 3] as number) & 0x80000000;
      words[at + 4] = (heap[east] as number) & 1;
    }
  }

  /** Copies rows 0..rows-1 of packed band words back into the tile buffer `dst`. */
  private readBand(words: Int32Array, start: number, stride: number, dst: number) {
    const { heap, rows } = this;
    for (let y = 0; y < rows; y++) {
      const at = start + y * stride;
      const to = dst + 4 * y;
      heap[to] = words[at] as number;
      heap[to + 1] = words[at + 1] as number;
      heap[to + 2] = words[at + 2] as number;
      heap[to + 3] = words[at + 3] as number;
    }
  }

  /** The rule's circuit (src/kernels/table) on a band of wasm memory: a WasmBand on a plane. */
  private circuitStepper(table: Uint8Array): (c: number, around: Int32Array, dst: number) => void {
    const life = lifeModule();
    const circuit = life && tableModule(table);
    if (!life || !circuit) throw new Error("this host cannot run the rule's circuit");
    const band = new WasmBand(WIDTH, this.rows, "plane", { tableModule: circuit }, life);
    this.circuitBand = band;
    return (c, around, dst) => {
      const before = band.packedView();
      this.fillBand(before.words, before.start, before.stride, c, around);
      band.step();
      const after = band.packedView();
      this.readBand(after.words, after.start, after.stride, dst);
    };
  }

  private bitsStepper(leaves: Int32Array): (c: number, around: Int32Array, dst: number) => void {
    const layout = createBitLayout(WIDTH, this.rows, 1);
    const src = new Int32Array(layout.totalWords);
    const out = new Int32Array(layout.totalWords);
    const { firstRow, stride } = layout;
    return (c, around, dst) => {
      this.fillBand(src, firstRow, stride, c, around);
      stepBits(src, out, layout, leaves, false);
      this.readBand(out, firstRow, stride, dst);
    };
  }

  private bytesStepper(table: Uint8Array): (c: number, around: Int32Array, dst: number) => void {
    const width = WIDTH + 2;
    const src = new Uint8Array(width * (this.rows + 2));
    const out = new Uint8Array(src.length);
    // The band packed first, then a byte a cell, ghost columns at both ends of each row.
    const layout = createBitLayout(WIDTH, this.rows, 1);
    const packed = new Int32Array(layout.totalWords);
    const { firstRow, stride } = layout;
    return (c, around, dst) => {
      const { heap, rows } = this;
      this.fillBand(packed, firstRow, stride, c, around);
      for (let y = -1; y <= rows; y++) {
        const at = (y + 1) * width;
        const row = firstRow + y * stride;
        for (let x = 0; x < WIDTH; x++) {
          src[at + 1 + x] = ((packed[row + (x >> 5)] as number) >>> (x & 31)) & 1;
        }
        src[at] = (packed[row - 1] as number) >>> 31;
        src[at + WIDTH + 1] = (packed[row + 4] as number) & 1;
      }
      stepBytes(src, out, width, rows, false, table);
      for (let y = 0; y < rows; y++) {
        const at = (y + 1) * width + 1;
        for (let k = 0; k < 4; k++) {
          let word = 0;
          for (let b = 0; b < 32; b++) word |= (out[at + 32 * k + b] as number) << b;
          heap[dst + 4 * y + k] = word;
        }
      }
    };
  }
}
