import type { Topology } from "../../engine/Grid.ts";
import { packedRowWords } from "../../engine/packRows.ts";
import type { PackedView } from "../BandStepper.ts";
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
 *
 * Where the live kernel shows its words (bits, wasm: `packedView`), the planes take the same
 * layout and the step masks the kernel's words in place, in one pass over the rows and the
 * ghost words between them (what lands in the planes' ghost words is never read), then puts
 * the torus ghosts back; otherwise the live plane is read out and written back packed.
 */
export class RingGenerationsStepper implements StateStepper {
  readonly kind: string;
  private readonly live: Stepper;
  /** Words of cells in a row. */
  private readonly stride: number;
  /** Where row 0 starts in the planes, and the words from a row to the next. */
  private readonly origin: number;
  private readonly rowStride: number;
  /**
   * Whether the step works in the live kernel's words: it shows them, and steps from one
   * buffer into another (bits and wasm do), so that after a step the words it showed before
   * still hold the previous generation, which tells which live cells died.
   */
  private readonly inPlace: boolean;
  /** The live plane, when the kernel's words are not used in place. */
  private readonly alive: Int32Array;
  /** The live plane read out, when the kernel does not show its words. */
  private readonly after: Int32Array;
  /** Every dying cell. */
  private readonly dying: Int32Array;
  /** ring[(newest + k) % length] holds the cells in state 2 + k. */
  private readonly ring: Int32Array[];
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
    let view = this.live.packedView();
    if (view) {
      // Whether it double-buffers is told by one step of the empty grid, which is then
      // emptied again (a B0 base fills it).
      this.live.step(1);
      if (this.live.packedView()?.words === view.words) view = undefined;
      this.live.setCells(new Uint8Array(width * height));
    }
    this.inPlace = view !== undefined;
    this.origin = view ? view.start : 0;
    this.rowStride = view ? view.stride : this.stride;
    const words = this.origin + height * this.rowStride;
    this.alive = new Int32Array(view ? 0 : words);
    this.after = new Int32Array(view ? 0 : words);
    this.dying = new Int32Array(words);
    this.ring = Array.from({ length: rule.states - 2 }, () => new Int32Array(words));
    this.bytes = new Uint8Array(width * height);
  }

  /** About the bytes a packed plane per state takes on a grid of this size. */
  static memory(width: number, height: number, states: number): number {
    return 4 * (packedRowWords(width) + 4) * height * states;
  }

  cells(): Uint8Array {
    if (this.bytesKnown) return this.bytes;
    const { ring, newest, bytes } = this;
    bytes.fill(0);
    this.spread(this.liveWords(), 1);
    for (let k = 0; k < ring.length; k++) {
      this.spread(ring[(newest + k) % ring.length] as Int32Array, 2 + k);
    }
    this.bytesKnown = true;
    return bytes;
  }

  /** The current live plane in the planes' layout: the kernel's own words where it shows them. */
  private liveWords(): Int32Array {
    return this.inPlace ? (this.live.packedView()?.words as Int32Array) : this.alive;
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
    this.alive.fill(0);
    this.dying.fill(0);
    for (const plane of this.ring) plane.fill(0);
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
    const { alive, dying, ring, newest } = this;
    const i = this.origin + y * this.rowStride + (x >> 5);
    const bit = 1 << (x & 31);
    const set = (words: Int32Array, on: boolean) => {
      words[i] = on ? (words[i] as number) | bit : (words[i] as number) & ~bit;
    };
    if (!this.inPlace) set(alive, state === 1);
    set(dying, state >= 2);
    ring.forEach((plane, slot) => {
      const k = (slot - newest + ring.length) % ring.length;
      set(plane, state === 2 + k);
    });
  }

  step(): void {
    const { live, alive, dying, ring, stride, origin, rowStride, width, height } = this;
    // The oldest plane's cells leave the last dying state; the plane then takes the newest.
    const oldest = (this.newest + ring.length - 1) % ring.length;
    const plane = ring[oldest] as Int32Array;
    const before = this.inPlace ? live.packedView() : undefined;
    live.step(1);
    const view = this.inPlace ? live.packedView() : undefined;
    const words = view ? view.words : this.after;
    if (!view) live.readRows(words);
    // The previous live plane: the kernel's other buffer, or the copy kept here.
    const previous = before ? before.words : alive;
    // The words of the grid in the planes' layout: `shift + i` is word i of the planes.
    const shift = view ? view.start - origin : 0;
    // Each row's last word loses its padding, which may hold the kernel's east ghost.
    const lastMask = cellMask(width, stride - 1);
    for (let y = 0, last = shift + origin + stride - 1; y < height; y++, last += rowStride) {
      words[last] = (words[last] as number) & lastMask;
    }
    const end = origin + height * rowStride;
    if (ring.length === 1) {
      // Three states: the one dying plane is every dying cell.
      for (let i = origin; i < end; i++) {
        const now = (words[shift + i] as number) & ~(plane[i] as number);
        plane[i] = (previous[shift + i] as number) & ~now;
        words[shift + i] = now;
      }
      this.finishStep(view, words);
      return;
    }
    for (let i = origin; i < end; i++) {
      const wasDying = dying[i] as number;
      const now = (words[shift + i] as number) & ~wasDying;
      const died = (previous[shift + i] as number) & ~now;
      dying[i] = (wasDying & ~(plane[i] as number)) | died;
      plane[i] = died;
      words[shift + i] = now;
    }
    this.newest = oldest;
    this.finishStep(view, words);
  }

  /** Hands the masked live plane back to the live kernel. */
  private finishStep(view: PackedView | undefined, words: Int32Array): void {
    const { width, height } = this;
    if (!view) {
      this.alive.set(words);
      this.live.writeRows(words);
    } else if (this.topology === "torus") {
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
