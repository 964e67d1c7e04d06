import type { Topology } from "../../engine/Grid.ts";
import { packedRowWords } from "../../engine/packRows.ts";
import { type BitLayout, cellMask } from "../BitLayout.ts";
import { createStepper } from "../createStepper.ts";
import type { StateStepper } from "../StateStepper.ts";
import type { Stepper, StepperKind } from "../Stepper.ts";
import { wrapGhosts } from "../wrapGhosts.ts";
import type { GenerationsShape } from "./generationsOf.ts";

/**
 * The Generations kernel, bit-parallel throughout, at a cost per generation that does not grow
 * with the number of states. The live cells (state 1) are a two-state grid on the fastest
 * two-state kernel (`createStepper`: wasm SIMD for outer-totalistic bases) running the base
 * rule. A dying cell's state only counts the generations since it stopped living, so the dying
 * cells are kept as a ring of packed planes, one per dying state: the plane of the cells that
 * started dying k generations ago holds the cells in state 2 + k. A step strikes the dying
 * cells from the new live plane (a dying cell is never born), drops the oldest plane (those
 * cells become empty) and reuses it for the live cells that did not survive. A packed plane of
 * every dying cell keeps that to a few word operations per 32 cells. Bytes are made only when
 * asked for. Memory: a packed plane per state (`GenerationsStepper` counts in fewer).
 */
export class RingGenerationsStepper implements StateStepper {
  readonly kind: string;
  private readonly live: Stepper;
  private readonly stride: number;
  /** The live plane, packed as `PackedCells.words`; kept equal to the live stepper's. */
  private readonly alive: Int32Array;
  private readonly after: Int32Array;
  /** Every dying cell. */
  private readonly dying: Int32Array;
  /** ring[(newest + k) % length] holds the cells in state 2 + k. */
  private readonly ring: Int32Array[];
  private newest = 0;
  private bytes: Uint8Array;
  private bytesKnown = true;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly topology: Topology,
    rule: GenerationsShape,
    kernel: StepperKind | "auto" = "auto",
  ) {
    this.live = createStepper({ width, height, topology, compiled: rule.base, kind: kernel });
    this.kind = `generations-${this.live.kind}`;
    this.stride = packedRowWords(width);
    const words = this.stride * height;
    this.alive = new Int32Array(words);
    this.after = new Int32Array(words);
    this.dying = new Int32Array(words);
    this.ring = Array.from({ length: rule.states - 2 }, () => new Int32Array(words));
    this.bytes = new Uint8Array(width * height);
  }

  /** The bytes a packed plane per state takes on a grid of this size. */
  static memory(width: number, height: number, states: number): number {
    return 4 * packedRowWords(width) * height * states;
  }

  cells(): Uint8Array {
    if (this.bytesKnown) return this.bytes;
    const { ring, newest, bytes } = this;
    bytes.fill(0);
    this.spread(this.alive, 1);
    for (let k = 0; k < ring.length; k++) {
      this.spread(ring[(newest + k) % ring.length] as Int32Array, 2 + k);
    }
    this.bytesKnown = true;
    return bytes;
  }

  /** Writes `state` into the bytes of every cell set in the packed `plane`. */
  private spread(plane: Int32Array, state: number): void {
    const { width, height, stride, bytes } = this;
    for (let y = 0; y < height; y++) {
      for (let k = 0; k < stride; k++) {
        let word = plane[y * stride + k] as number;
        while (word !== 0) {
          const bit = 31 - Math.clz32(word & -word);
          bytes[y * width + 32 * k + bit] = state;
          word &= word - 1;
        }
      }
    }
  }

  setCells(cells: Uint8Array): void {
    this.alive.fill(0);
    this.dying.fill(0);
    for (const plane of this.ring) plane.fill(0);
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
    const { stride, alive, dying, ring, newest } = this;
    const i = y * stride + (x >> 5);
    const bit = 1 << (x & 31);
    const set = (words: Int32Array, on: boolean) => {
      words[i] = on ? (words[i] as number) | bit : (words[i] as number) & ~bit;
    };
    set(alive, state === 1);
    set(dying, state >= 2);
    ring.forEach((plane, slot) => {
      const k = (slot - newest + ring.length) % ring.length;
      set(plane, state === 2 + k);
    });
  }

  step(): void {
    const { live, alive, after, dying, ring, stride, width, height } = this;
    live.step(1);
    // The oldest plane's cells leave the last dying state; the plane then takes the newest.
    const oldest = (this.newest + ring.length - 1) % ring.length;
    const plane = ring[oldest] as Int32Array;
    const view = live.packedView();
    // The live kernel's own words when it shows them (bits, wasm): masked in place, which
    // saves copying the plane out and back, then the torus ghosts follow their columns.
    const words = view ? view.words : after;
    if (!view) live.readRows(after);
    const lastMask = cellMask(width, stride - 1);
    const rowStride = view ? view.stride : stride;
    const firstRow = view ? view.start : 0;
    for (let y = 0; y < height; y++) {
      const row = y * stride;
      // The row's words in the kernel's layout: `from + k` is word k of the row.
      const from = firstRow + y * rowStride - row;
      // The last word is masked: its padding may hold the kernel's east ghost.
      const last = row + stride - 1;
      words[from + last] = (words[from + last] as number) & lastMask;
      for (let i = row; i <= last; i++) {
        const wasDying = dying[i] as number;
        const now = (words[from + i] as number) & ~wasDying;
        const died = (alive[i] as number) & ~now;
        dying[i] = (wasDying & ~(plane[i] as number)) | died;
        plane[i] = died;
        alive[i] = now;
        words[from + i] = now;
      }
    }
    this.newest = oldest;
    if (!view) live.writeRows(alive);
    else if (this.topology === "torus") {
      // The layout of the kernel's words, as far as `wrapGhosts` reads it.
      const layout = { width, height, stride: view.stride, firstRow: view.start } as BitLayout;
      wrapGhosts(view.words, layout);
    }
    this.bytesKnown = false;
  }

  dispose(): void {
    this.live.dispose();
  }
}
