import { ringModule } from "../wasm/ringModule.ts";
import { type WasmMemory, webAssembly } from "../wasm/webAssembly.ts";

interface RingExports {
  readonly memory: WasmMemory;
  age(live: number, prev: number, dying: number, plane: number, bytes: number): void;
  age3(live: number, prev: number, plane: number, bytes: number): void;
}

const PAGE = 65536;

/**
 * The packed planes of a Generations rule's step (`RingGenerationsStepper`), `words` words
 * each, in one WebAssembly memory so that `ring.wat` steps them 128 cells at a time (or in
 * plain arrays, stepped in JavaScript, where there is no WebAssembly SIMD): `live`, the live
 * kernel's new generation copied in; `prev`, the previous one; `dying`, every dying cell; and
 * `ring`, a plane per dying state. Every plane has room for a whole last vector.
 */
export class RingPlanes {
  readonly live: Int32Array;
  readonly prev: Int32Array;
  readonly dying: Int32Array;
  readonly ring: Int32Array[];
  private readonly exports: RingExports | undefined;

  constructor(words: number, dyingStates: number) {
    const padded = Math.ceil(words / 4) * 4;
    const planes = 3 + dyingStates;
    const bytes = 4 * padded * planes;
    const module = ringModule();
    const api = webAssembly();
    let buffer: ArrayBuffer;
    if (module && api) {
      const exports = new api.Instance(module, {}).exports as RingExports;
      const { memory } = exports;
      memory.grow(Math.ceil(bytes / PAGE) - memory.buffer.byteLength / PAGE);
      buffer = memory.buffer;
      this.exports = exports;
    } else {
      buffer = new ArrayBuffer(bytes);
    }
    const plane = (k: number) => new Int32Array(buffer, 4 * padded * k, padded);
    this.live = plane(0);
    this.prev = plane(1);
    this.dying = plane(2);
    this.ring = Array.from({ length: dyingStates }, (_, k) => plane(3 + k));
  }

  /** Whether the step runs on SIMD vectors. */
  get simd(): boolean {
    return this.exports !== undefined;
  }

  /**
   * One step of words [from, to) (from a multiple of 4): the dying cells are struck from
   * `live`, the live cells that died (in `prev`, not in `live`) go into `ring[oldest]` after
   * its cells leave, and `prev` becomes `live`.
   */
  age(oldest: number, from: number, to: number): void {
    const { live, prev, dying, ring, exports } = this;
    const plane = ring[oldest] as Int32Array;
    if (exports) {
      const bytes = Math.ceil((to - from) / 4) * 16;
      const at = (words: Int32Array) => words.byteOffset + 4 * from;
      if (ring.length === 1) exports.age3(at(live), at(prev), at(plane), bytes);
      else exports.age(at(live), at(prev), at(dying), at(plane), bytes);
      return;
    }
    if (ring.length === 1) {
      // Three states: the one dying plane is every dying cell.
      for (let i = from; i < to; i++) {
        const now = (live[i] as number) & ~(plane[i] as number);
        plane[i] = (prev[i] as number) & ~now;
        live[i] = now;
        prev[i] = now;
      }
      return;
    }
    for (let i = from; i < to; i++) {
      const wasDying = dying[i] as number;
      const now = (live[i] as number) & ~wasDying;
      const died = (prev[i] as number) & ~now;
      dying[i] = (wasDying & ~(plane[i] as number)) | died;
      plane[i] = died;
      live[i] = now;
      prev[i] = now;
    }
  }
}
