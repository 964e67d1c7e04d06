import type { Topology } from "../../engine/Grid.ts";
import { packedRowWords } from "../../engine/packRows.ts";
import { type BitLayout, cellMask } from "../BitLayout.ts";
import { createStepper } from "../createStepper.ts";
import type { StateStepper } from "../StateStepper.ts";
import type { Stepper, StepperKind } from "../Stepper.ts";
import { wrapGhosts } from "../wrapGhosts.ts";
import type { GenerationsShape } from "./generationsOf.ts";
import { RingPlanes } from "./RingPlanes.ts";

/**
 * The Generations kernel, bit-parallel throughout, at a cost per generation that does not grow
 * with the number of states. The live cells (state 1) are a two-state grid on the fastest
 * two-state kernel (`createStepper`: wasm SIMD for outer-totalistic bases) running the base
 * rule. A dying cell's state only counts the generations since it stopped living, so the dying
 * cells are kept as a ring of packed planes, one per dying state: the plane of the cells that
 * started dying k generations ago holds the cells in state 2 + k. A step strikes the dying
 * cells from the new live plane (a dying cell is never born), drops the oldest plane (those
 * cells become empty) and reuses it for the live cells that did not survive. A packed plane of
 * every dying cell keeps that to a few vector operations per 128 cells (`RingPlanes`, on
 * WebAssembly SIMD). Bytes are made only when asked for. Memory: a packed plane per state
 * (`GenerationsStepper` counts in fewer).
 *
 * Where the live kernel shows its words (bits, wasm: `packedView`), the planes take the same
 * layout, and a step copies the kernel's new words in and the masked ones back (what lands in
 * the ghost words between rows is never read), then puts the torus ghosts back; otherwise the
 * live plane is read out and written back packed.
 */
export class RingGenerationsStepper implements StateStepper {
  readonly kind: string;
  private readonly live: Stepper;
  /** Words of cells in a row. */
  private readonly stride: number;
  /** Where row 0 starts in the planes, and the words from a row to the next. */
  private readonly origin: number;
  private readonly rowStride: number;
  /** Whether the live kernel shows its words (`packedView`), in the planes' layout. */
  private readonly inPlace: boolean;
  private readonly planes: RingPlanes;
  /** ring[(newest + k) % length] holds the cells in state 2 + k. */
  private newest = 0;
  private readonly bytes: Uint8Array;
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
    const view = this.live.packedView();
    this.inPlace = view !== undefined;
    this.origin = view ? view.start : 0;
    this.rowStride = view ? view.stride : this.stride;
    this.planes = new RingPlanes(this.origin + height * this.rowStride, rule.states - 2);
    this.bytes = new Uint8Array(width * height);
  }

  /** About the bytes a packed plane per state takes on a grid of this size. */
  static memory(width: number, height: number, states: number): number {
    return 4 * (packedRowWords(width) + 4) * height * (states + 1);
  }

  cells(): Uint8Array {
    if (this.bytesKnown) return this.bytes;
    const { newest, bytes } = this;
    const { prev, ring } = this.planes;
    bytes.fill(0);
    this.spread(prev, 1);
    for (let k = 0; k < ring.length; k++) {
      this.spread(ring[(newest + k) % ring.length] as Int32Array, 2 + k);
    }
    this.bytesKnown = true;
    return bytes;
  }

  /** Writes `state` into the bytes of every cell set in the packed `plane`. */
  private spread(plane: Int32Array, state: number): void {
    const { width, height, stride, origin, rowStride, bytes } = this;
    // The last word's padding may hold the kernel's east ghost.
    const lastMask = cellMask(width, stride - 1);
    for (let y = 0; y < height; y++) {
      const row = origin + y * rowStride;
      for (let k = 0; k < stride; k++) {
        let word = (plane[row + k] as number) & (k === stride - 1 ? lastMask : -1);
        while (word !== 0) {
          const bit = 31 - Math.clz32(word & -word);
          bytes[y * width + 32 * k + bit] = state;
          word &= word - 1;
        }
      }
    }
  }

  setCells(cells: Uint8Array): void {
    const { prev, dying, ring } = this.planes;
    prev.fill(0);
    dying.fill(0);
    for (const plane of ring) plane.fill(0);
    const { width, height } = this;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) this.put(y, x, cells[y * width + x] as number);
    }
    this.live.setCells(cells.map((state) => (state === 1 ? 1 : 0)));
    this.bytes.set(cells);
    this.bytesKnown = true;
  }

  setCell(y: number, x: number, state: number): void {
    this.put(y, x, state);
    this.live.setCell(y, x, state === 1);
    if (this.bytesKnown) this.bytes[y * this.width + x] = state;
  }

  private put(y: number, x: number, state: number): void {
    const { prev, dying, ring } = this.planes;
    const { newest } = this;
    const i = this.origin + y * this.rowStride + (x >> 5);
    const bit = 1 << (x & 31);
    const set = (words: Int32Array, on: boolean) => {
      words[i] = on ? (words[i] as number) | bit : (words[i] as number) & ~bit;
    };
    set(prev, state === 1);
    set(dying, state >= 2);
    ring.forEach((plane, slot) => {
      const k = (slot - newest + ring.length) % ring.length;
      set(plane, state === 2 + k);
    });
  }

  step(): void {
    const { live, planes, stride, origin, rowStride, width, height } = this;
    const { ring } = planes;
    // The oldest plane's cells leave the last dying state; the plane then takes the newest.
    const oldest = (this.newest + ring.length - 1) % ring.length;
    live.step(1);
    const view = this.inPlace ? live.packedView() : undefined;
    const end = origin + height * rowStride;
    // The kernel's words in the planes' layout: `shift + i` is word i of the planes.
    const shift = view ? view.start - origin : 0;
    if (view) planes.live.set(view.words.subarray(shift + origin, shift + end), origin);
    else live.readRows(planes.live);
    // Each row's last word loses its padding, which may hold the kernel's east ghost.
    const lastMask = cellMask(width, stride - 1);
    for (let y = 0, last = origin + stride - 1; y < height; y++, last += rowStride) {
      planes.live[last] = (planes.live[last] as number) & lastMask;
    }
    planes.age(oldest, origin & ~3, end);
    this.newest = oldest;
    if (view) {
      view.words.set(planes.live.subarray(origin, end), shift + origin);
      if (this.topology === "torus") {
        // The layout of the kernel's words, as far as `wrapGhosts` reads it.
        const layout = { width, height, stride: view.stride, firstRow: view.start } as BitLayout;
        wrapGhosts(view.words, layout);
      }
    } else {
      live.writeRows(planes.live);
    }
    this.bytesKnown = false;
  }

  dispose(): void {
    this.live.dispose();
  }
}
