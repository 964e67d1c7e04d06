import type { Topology } from "../engine/Grid.ts";
import { assertCellCount } from "./assertCellCount.ts";
import { type BitLayout, cellMask, createBitLayout } from "./BitLayout.ts";
import type { TotalisticMasks } from "./CompiledRule.ts";
import { countBits } from "./countBits.ts";
import { packBits } from "./packBits.ts";
import { ruleLeaves } from "./ruleLeaves.ts";
import type { Stepper } from "./Stepper.ts";
import { unpackBits } from "./unpackBits.ts";
import { type WasmMemory, webAssembly } from "./wasm/webAssembly.ts";

interface LifeExports {
  readonly memory: WasmMemory;
  step(
    src: number,
    dst: number,
    vecs: number,
    height: number,
    stride: number,
    torus: number,
    width: number,
  ): void;
}

/** Where life.wat expects the rule's leaves and the last vector's mask; grids start at GRIDS. */
const LEAVES = 0;
const LAST_MASK = 288;
const GRIDS = 1024;
const PAGE = 65536;

/**
 * A Stepper on the WebAssembly SIMD kernel (`wasm/life.wat`, 128 cells per vector): Life-like
 * rules only. Each stepper has its own instance and memory, holding the rule and two grids.
 * Throws RangeError when the memory cannot grow to the grid's size.
 */
export class WasmStepper implements Stepper {
  readonly kind = "wasm";
  private readonly layout: BitLayout;
  private exports: LifeExports;
  private current: number;
  private spare: number;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly topology: Topology,
    masks: TotalisticMasks,
    module: object,
  ) {
    const api = webAssembly();
    if (!api) throw new Error("this host has no WebAssembly");
    this.layout = createBitLayout(width, height, 4);
    this.exports = new api.Instance(module, {}).exports as LifeExports;
    const gridBytes = this.layout.totalWords * 4;
    const pages = Math.ceil((GRIDS + 2 * gridBytes) / PAGE);
    const { memory } = this.exports;
    memory.grow(pages - memory.buffer.byteLength / PAGE);
    this.current = GRIDS;
    this.spare = GRIDS + gridBytes;
    this.writeRule(masks);
  }

  step(generations = 1): void {
    const { layout, exports } = this;
    const start = layout.firstRow * 4;
    const torus = this.topology === "torus" ? 1 : 0;
    for (let i = 0; i < generations; i++) {
      exports.step(
        this.current + start,
        this.spare + start,
        layout.rowWords / 4,
        layout.height,
        layout.stride * 4,
        torus,
        layout.width,
      );
      [this.current, this.spare] = [this.spare, this.current];
    }
  }

  getCells(): Uint8Array {
    return unpackBits(this.words(this.current), this.layout);
  }

  setCells(cells: Uint8Array): void {
    assertCellCount(cells, this.width, this.height);
    packBits(cells, this.words(this.current), this.layout, this.topology === "torus");
  }

  population(): number {
    return countBits(this.words(this.current), this.layout);
  }

  dispose(): void {
    // The instance and its memory go with the last reference to them.
    this.exports = undefined as unknown as LifeExports;
  }

  private words(grid: number): Int32Array {
    return new Int32Array(this.exports.memory.buffer, grid, this.layout.totalWords);
  }

  /** Splats each leaf constant over a vector, and writes the last vector's cell mask. */
  private writeRule(masks: TotalisticMasks): void {
    const memory = new Int32Array(this.exports.memory.buffer);
    ruleLeaves(masks).forEach((leaf, i) => {
      memory.fill(leaf, LEAVES / 4 + 4 * i, LEAVES / 4 + 4 * i + 4);
    });
    const lastVector = this.layout.rowWords - 4;
    for (let lane = 0; lane < 4; lane++) {
      memory[LAST_MASK / 4 + lane] = cellMask(this.width, lastVector + lane);
    }
  }
}
