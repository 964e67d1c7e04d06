import type { EdgePair, Shift, Topology, Tube } from "../engine/Surface.ts";
import type { CompiledRule } from "../kernels/CompiledRule.ts";

/**
 * A bounded grid of `width` x `height` cells with the origin at the top-left corner: a torus or
 * a bounded plane, or one of Golly's other surfaces (a Klein bottle, a cross-surface, a
 * sphere), with the twist and shift Golly allows (see `Surface`; a `kind` and its `twist` and
 * `shift` are a Surface's `topology`, `twist` and `shift`).
 */
export interface GridSpace {
  readonly kind: Topology;
  readonly width: number;
  readonly height: number;
  readonly twist?: EdgePair | undefined;
  readonly shift?: Shift | undefined;
}

/**
 * Golly's tube or strip (`:T0,20`, `:P30,0`): infinite along `axis`, with signed coordinates
 * there as on the infinite plane, and `size` cells across, from 0, whose edges are joined (a
 * tube) or empty beyond (a strip); see `Tube`. A kind of its own, with no width or height, so
 * that every layer that reads a bounded grid's size must say what it does with one.
 */
export interface TubeSpace extends Tube {
  readonly kind: "tube";
}

/**
 * Where a world's cells live: a bounded grid, a tube or strip, or the infinite plane (Golly's
 * default), where any signed coordinate is a cell.
 */
export type Space = GridSpace | TubeSpace | { readonly kind: "infinite" };

/**
 * A cell's state, 0 (empty) to 255. Two-state rules hold 0 and 1; multi-state rules
 * (Generations, History, Larger than Life) run a byte a cell on bounded grids and on the
 * infinite plane's "fast" engine (a bounded plane that grows with the cells), or on the
 * coroutine engine; HashLife and tiles hold two states. Every engine refuses a
 * state its rule lacks with a RangeError: the type is wide so that multi-state rule families
 * need no second world model.
 */
export type State = number;

/**
 * A rectangle of cells: columns [x, x + width), rows [y, y + height); y grows downwards.
 * Coordinates are numbers: exact within 2^53 of the origin, and beyond it exact for the
 * multiples of large powers of two that a zoomed-out view needs.
 */
export interface CellRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The engines a universe can run on. */
export type EngineName = "hashlife" | "tiles" | "fast" | "coroutine";

/**
 * A picture of a rectangle at a scale: pixel (i, j) covers the 2^scale x 2^scale cells from
 * (x + i * 2^scale, y + j * 2^scale). Row-major, `width` x `height` pixels.
 *
 * Two-state worlds (`states` absent) draw densities: a pixel holds 0 when its cells are all
 * empty, 255 when all are alive, and otherwise the live fraction rounded up to 1..255 (so one
 * live cell never vanishes). Worlds with more states set `states` to their number of states
 * and draw states: a pixel holds its cell's state at scale 0, and at coarser scales the
 * smallest non-zero state among its cells (live before dying, on before history), or 0.
 */
export interface DensityPicture {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
  /** Present for multi-state worlds: the pixels are states, not densities. */
  readonly states?: number;
}

/**
 * An immutable copy of a universe's cells at one generation, cheap to keep (HashLife shares
 * its nodes), restored with `Universe.restore`. Opaque outside the engine that made it.
 */
export interface UniverseSnapshot {
  readonly engine: EngineName;
  readonly generation: bigint;
  readonly population: bigint;
}

/**
 * A world: its space, its cells, its generation, and an engine that advances it by a rule
 * compiled from the cell coroutine. Every layer speaks this type (store, workers, renderer,
 * formats, links, autosave, CLI); the engine behind it is a detail chosen by `createUniverse`.
 *
 * Generation and population are bigints: a HashLife run reaches generation 2^60 and a
 * population past 2^53.
 */
export interface Universe {
  readonly space: Space;
  readonly engine: EngineName;
  /** Which kernel the engine runs, where it has a choice ("wasm", "wasm-table", "bits", "bytes"). */
  readonly kernel?: string;
  /**
   * The rule's 3x3 table. For a multi-state rule, the live cells' part of it (`compileStatesOf`:
   * which cells in state 0 or 1 are in state 1 next), all zero when the rule is not a 3x3 one.
   */
  readonly rule: CompiledRule;
  readonly generation: bigint;
  population(): bigint;
  /** The smallest rectangle holding every non-empty cell, or null when there is none. */
  bounds(): CellRect | null;
  get(x: number, y: number): State;
  /**
   * Sets one cell; a bounded space ignores cells outside a plane and folds them onto the grid
   * on its other surfaces, as its edges join (a torus wraps them).
   */
  set(x: number, y: number, state: State): void;
  /** Advances `generations` (>= 0) generations. */
  step(generations: bigint): void;
  /** The live fraction of `rect` at `2^scale` cells a pixel (see DensityPicture). */
  picture(rect: CellRect, scale: number): DensityPicture;
  /** Every non-empty cell in `rect` (default: all of them) as (x, y, state) in row order. */
  cells(rect?: CellRect): Iterable<readonly [x: number, y: number, state: State]>;
  snapshot(): UniverseSnapshot;
  /** Puts back a snapshot this universe (or one on the same engine and rule) made. */
  restore(snapshot: UniverseSnapshot): void;
  /** Releases memory the engine holds outside the JS heap (wasm); the universe is unusable then. */
  dispose(): void;
}
