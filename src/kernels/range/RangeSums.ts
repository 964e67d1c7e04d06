/**
 * The two generations a range kernel keeps, a byte a cell, and the step that writes the next
 * from one of them into the other: plain arrays for the JavaScript kernels, views of the
 * instance's memory for the wasm one.
 */
export interface RangeSums {
  readonly kind: string;
  readonly buffers: readonly [Uint8Array, Uint8Array];
  /** Writes the generation after `buffers[from]` into the other buffer. */
  step(from: 0 | 1): void;
}
