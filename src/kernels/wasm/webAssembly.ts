/**
 * The part of the WebAssembly JS API the kernels use, typed here because the pure core's
 * `lib: ES2023` has no WebAssembly typings (they come with DOM or Node, which the core must
 * not depend on). Read from `globalThis` so that a host without WebAssembly simply has none.
 */
export interface WebAssemblyApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: object };
}

/** A WebAssembly memory as seen through an instance's exports. */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  /** Grows by `pages` of 64 KiB and returns the old size; throws RangeError when it cannot. */
  grow(pages: number): number;
}

/** The host's WebAssembly API, or undefined where there is none. */
export function webAssembly(): WebAssemblyApi | undefined {
  return (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
}
