import type { Topology } from "../engine/Grid.ts";
import { cellMask, rowsPerBlock } from "./BitLayout.ts";
import type { TotalisticMasks } from "./CompiledRule.ts";
import { PackedBand } from "./PackedBand.ts";
import { ruleLeaves } from "./ruleLeaves.ts";
import { type WasmMemory, webAssembly } from "./wasm/webAssembly.ts";

interface LifeExports {
  readonly memory: WasmMemory;
  step(
    src: number,
    dst: number,
    vecs: number,
    height: number,
    stride: number,
    wrap: number,
    width: number,
  ): void;
  count(src: number, vecs: number, height: number, stride: number): number;
  wrapGhosts(grid: number, height: number, stride: number, width: number): void;
}

/** A rule table's module (`tableModule`): life.wat's `step` for that rule alone. */
interface TableExports {
  step(src: number, dst: number, vecs: number, height: number, stride: number): void;
}

/**
 * What a WasmBand runs: a Life-like rule's masks on life.wat's own step, or any rule table's
 * module from `tableModule`, which borrows the memory, count and ghosts of life.wat.
 */
export type WasmRule = { readonly masks: TotalisticMasks } | { readonly tableModule: object };

/**
 * Where life.wat expects the rule's leaves and the last vector's mask; bands start at GRIDS,
 * after the table kernel's scratch (`TABLE_SCRATCH` and its spill slots).
 */
const LEAVES = 0;
const LAST_MASK = 288;
const GRIDS = 8192;
const PAGE = 65536;

/**
 * A BandStepper on the WebAssembly SIMD kernels, 128 cells per vector: `wasm`, life.wat's
 * bit-sliced count for Life-like rules, or `wasm-table`, a rule table's own circuit
 * (src/kernels/table) for any two-state 3x3 rule. Each band has its own instance and
 * memory, holding the rule and two copies of the band. Throws RangeError when the memory
 * cannot grow to the band's size.
 */
export class WasmBand extends PackedBand {
  readonly kind: "wasm" | "wasm-table";
  private exports: LifeExports;
  /** The rule table's step, for `wasm-table`. */
  private table: TableExports | undefined;
  private current: Int32Array;
  private spare: Int32Array;

  constructor(
    width: number,
    height: number,
    topology: Topology,
    rule: WasmRule,
    /** life.wat's module (`lifeModule`). */
    module: object,
    /** Rows stepped per call into the kernel: by default `rowsPerBlock` of the layout. */
    private readonly blockRows?: number,
  ) {
    super(width, height, topology, 4);
    const api = webAssembly();
    if (!api) throw new Error("this host has no WebAssembly");
    this.exports = new api.Instance(module, {}).exports as LifeExports;
    const { totalWords } = this.layout;
    const pages = Math.ceil((GRIDS + 8 * totalWords) / PAGE);
    const { memory } = this.exports;
    memory.grow(pages - memory.buffer.byteLength / PAGE);
    // Views made after the memory grew: growing detaches the buffer, and it never grows again.
    this.current = new Int32Array(memory.buffer, GRIDS, totalWords);
    this.spare = new Int32Array(memory.buffer, GRIDS + 4 * totalWords, totalWords);
    if ("masks" in rule) {
      this.kind = "wasm";
      this.writeLeaves(rule.masks);
    } else {
      this.kind = "wasm-table";
      const imports = { k: { memory } };
      this.table = new api.Instance(rule.tableModule, imports).exports as TableExports;
    }
    this.writeLastMask();
  }

  step(): void {
    const { layout } = this;
    const rowBytes = layout.stride * 4;
    const rows = this.blockRows ?? rowsPerBlock(layout);
    for (let from = 0; from < layout.height; from += rows) {
      const offset = layout.firstRow * 4 + from * rowBytes;
      const src = this.current.byteOffset + offset;
      const dst = this.spare.byteOffset + offset;
      const height = Math.min(rows, layout.height - from);
      const vecs = layout.rowWords / 4;
      if (this.table) {
        this.table.step(src, dst, vecs, height, rowBytes);
        if (this.wrap) this.exports.wrapGhosts(dst, height, rowBytes, layout.width);
      } else {
        this.exports.step(src, dst, vecs, height, rowBytes, this.wrap ? 1 : 0, layout.width);
      }
    }
    [this.current, this.spare] = [this.spare, this.current];
  }

  /** Counted by the kernel's SIMD popcount: a tenth of the time of counting a word at a time. */
  override population(): number {
    const { layout } = this;
    return this.exports.count(
      this.current.byteOffset + layout.firstRow * 4,
      layout.rowWords / 4,
      layout.height,
      layout.stride * 4,
    );
  }

  dispose(): void {
    // The instance and its memory go with the last reference to them.
    this.exports = undefined as unknown as LifeExports;
    this.table = undefined;
    this.current = new Int32Array(0);
    this.spare = new Int32Array(0);
  }

  protected words(): Int32Array {
    return this.current;
  }

  /** Splats each leaf constant over a vector. */
  private writeLeaves(masks: TotalisticMasks): void {
    const memory = new Int32Array(this.exports.memory.buffer);
    ruleLeaves(masks).forEach((leaf, i) => {
      memory.fill(leaf, LEAVES / 4 + 4 * i, LEAVES / 4 + 4 * i + 4);
    });
  }

  /** The cell mask of a row's last vector, which both kernels read. */
  private writeLastMask(): void {
    const memory = new Int32Array(this.exports.memory.buffer);
    const lastVector = this.layout.rowWords - 4;
    for (let lane = 0; lane < 4; lane++) {
      memory[LAST_MASK / 4 + lane] = cellMask(this.width, lastVector + lane);
    }
  }
}
