import type { TotalisticMasks } from "../../kernels/CompiledRule.ts";
import { ruleLeaves } from "../../kernels/ruleLeaves.ts";
import { type WasmMemory, webAssembly } from "../../kernels/wasm/webAssembly.ts";
import { RESERVED_WORDS, type TileKernel, tileWords } from "./TileKernel.ts";

interface TileExports {
  readonly memory: WasmMemory;
  stepTiles(list: number, count: number, rows: number): void;
  count(src: number, vecs: number, height: number, stride: number): number;
  prepareTiles(): void;
}

const PAGE = 65536;
/** Where life.wat's `count` reads the mask of a row's last vector (bytes). */
const LAST_MASK = 288;

/**
 * Tiles stepped by life.wat's `stepTiles` (128-bit SIMD, a vector a row) in the memory of one
 * instance of the module, which holds the rule's leaves, the zero tile, every tile buffer and
 * the step records.
 */
export class WasmTileKernel implements TileKernel {
  readonly name = "wasm";
  readonly zero = RESERVED_WORDS;
  readonly firstFree: number;
  heap: Int32Array;
  private exports: TileExports;

  constructor(
    readonly rows: number,
    masks: TotalisticMasks,
    module: object,
  ) {
    const api = webAssembly();
    if (!api) throw new Error("this host has no WebAssembly");
    this.exports = new api.Instance(module, {}).exports as TileExports;
    this.firstFree = RESERVED_WORDS + tileWords(rows);
    this.heap = new Int32Array(this.exports.memory.buffer);
    this.reserve(this.firstFree);
    ruleLeaves(masks).forEach((leaf, i) => {
      this.heap.fill(leaf, 4 * i, 4 * i + 4);
    });
    // Which leaves `stepTile` may share, found once rather than at every tile.
    this.exports.prepareTiles();
    // `count` masks each row's last vector: a tile row is one whole vector.
    this.heap.fill(-1, LAST_MASK / 4, LAST_MASK / 4 + 4);
  }

  reserve(words: number): void {
    const { memory } = this.exports;
    const pages = Math.ceil((4 * words) / PAGE) - memory.buffer.byteLength / PAGE;
    if (pages > 0) memory.grow(Math.max(pages, memory.buffer.byteLength / PAGE));
    // Growing detaches the old buffer: views are made afresh.
    if (this.heap.buffer !== memory.buffer) this.heap = new Int32Array(memory.buffer);
  }

  stepMany(list: number, count: number): void {
    this.exports.stepTiles(4 * list, count, this.rows);
  }

  count(at: number, rows = this.rows): number {
    return this.exports.count(4 * at, 1, rows, 16);
  }

  dispose(): void {
    this.exports = undefined as unknown as TileExports;
    this.heap = new Int32Array(0);
  }
}
