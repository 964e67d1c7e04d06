import type { Topology } from "../../engine/Grid.ts";
import { packedRowWords } from "../../engine/packRows.ts";
import { createStepper } from "../createStepper.ts";
import type { StateStepper } from "../StateStepper.ts";
import type { Stepper, StepperKind } from "../Stepper.ts";
import type { GenerationsShape } from "./generationsOf.ts";

/**
 * The Generations kernel, bit-parallel throughout. The live cells (state 1) are a two-state
 * grid on the fastest two-state kernel (`createStepper`: wasm SIMD for outer-totalistic bases)
 * running the base rule; the dying cells are a counter a cell, bit-sliced into `planes` words a
 * packed word (counter s - 1 for state s >= 2, 0 for states 0 and 1). After each live step the
 * cells that were dying are struck from the live plane (a dying cell is never born), the live
 * cells that did not survive start their count at 1, and the count of the others goes up by
 * one, back to 0 past the last state: a handful of word operations per 32 cells. Bytes are
 * made only when asked for.
 */
export class GenerationsStepper implements StateStepper {
  readonly kind: string;
  private readonly live: Stepper;
  private readonly stride: number;
  private readonly planes: number;
  /** The live plane, packed as `PackedCells.words`; kept equal to the live stepper's. */
  private readonly alive: Int32Array;
  private readonly after: Int32Array;
  /** The dying counters, word i's plane j at `i * planes + j`. */
  private readonly dying: Int32Array;
  private bytes: Uint8Array;
  private bytesKnown = true;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly topology: Topology,
    private readonly rule: GenerationsShape,
    kernel: StepperKind | "auto" = "auto",
  ) {
    this.live = createStepper({ width, height, topology, compiled: rule.base, kind: kernel });
    this.kind = `generations-counted-${this.live.kind}`;
    this.stride = packedRowWords(width);
    this.planes = 32 - Math.clz32(rule.states - 1);
    this.alive = new Int32Array(this.stride * height);
    this.after = new Int32Array(this.stride * height);
    this.dying = new Int32Array(this.alive.length * this.planes);
    this.bytes = new Uint8Array(width * height);
  }

  cells(): Uint8Array {
    if (this.bytesKnown) return this.bytes;
    const { width, height, stride, planes, alive, dying, bytes } = this;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = y * stride + (x >> 5);
        const bit = x & 31;
        let count = 0;
        for (let j = 0; j < planes; j++)
          count |= (((dying[i * planes + j] as number) >>> bit) & 1) << j;
        bytes[y * width + x] = count !== 0 ? count + 1 : ((alive[i] as number) >>> bit) & 1;
      }
    }
    this.bytesKnown = true;
    return bytes;
  }

  setCells(cells: Uint8Array): void {
    this.alive.fill(0);
    this.dying.fill(0);
    const { width, height } = this;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) this.put(y, x, cells[y * width + x] as number);
    }
    this.live.writeRows(this.alive);
    this.bytes.set(cells);
    this.bytesKnown = true;
  }

  setCell(y: number, x: number, state: number): void {
    this.put(y, x, state);
    this.live.setCell(y, x, state === 1);
    if (this.bytesKnown) this.bytes[y * this.width + x] = state;
  }

  private put(y: number, x: number, state: number): void {
    const { stride, planes, alive, dying } = this;
    const i = y * stride + (x >> 5);
    const bit = 1 << (x & 31);
    alive[i] = state === 1 ? (alive[i] as number) | bit : (alive[i] as number) & ~bit;
    const count = state >= 2 ? state - 1 : 0;
    for (let j = 0; j < planes; j++) {
      const k = i * planes + j;
      dying[k] = (count >> j) & 1 ? (dying[k] as number) | bit : (dying[k] as number) & ~bit;
    }
  }

  step(): void {
    const { live, planes, alive, after, dying } = this;
    const last = this.rule.states - 1;
    live.step(1);
    live.readRows(after);
    for (let i = 0, k = 0; i < alive.length; i++, k += planes) {
      let wasDying = 0;
      for (let j = 0; j < planes; j++) wasDying |= dying[k + j] as number;
      const now = (after[i] as number) & ~wasDying;
      // Counting up: the dying cells, and the live cells that died (from 0 to 1).
      let carry = wasDying | ((alive[i] as number) & ~now);
      let atLast = -1;
      for (let j = 0; j < planes; j++) {
        const plane = dying[k + j] as number;
        const sum = plane ^ carry;
        carry &= plane;
        dying[k + j] = sum;
        atLast &= (last >> j) & 1 ? sum : ~sum;
      }
      if (atLast !== 0)
        for (let j = 0; j < planes; j++) dying[k + j] = (dying[k + j] as number) & ~atLast;
      alive[i] = now;
    }
    live.writeRows(alive);
    this.bytesKnown = false;
  }

  dispose(): void {
    this.live.dispose();
  }
}
