import type { CellRect } from "../Universe.ts";

/** What Identify found a pattern to be. */
export type IdentifyKind =
  | "empty"
  | "still life"
  | "oscillator"
  | "spaceship"
  | "gun"
  | "growing"
  | "not periodic";

/** The smallest, largest and mean population over the generations looked at. */
export interface PopulationRange {
  readonly min: number;
  readonly max: number;
  readonly average: number;
}

/**
 * Each cell's own period over an oscillator's period, as LifeViewer's Identify colours it: the
 * cells of `box` row by row, 0 for a cell never alive in the period, 1 for a stator cell (alive
 * throughout, its state never changing), and the cell's period (a divisor of the whole's) for a
 * rotor cell. Volatility is rotor / (rotor + stator); strict volatility counts only the cells
 * whose period is the oscillator's own.
 */
export interface CellPeriods {
  readonly box: CellRect;
  readonly periods: Uint16Array;
  readonly rotor: number;
  readonly stator: number;
  readonly volatility: number;
  readonly strictVolatility: number;
  /** The periods that occur, and how many cells have each: period -> count, ascending. */
  readonly counts: readonly (readonly [period: number, cells: number])[];
}

/** What a gun sends out: the first object that escaped, identified alone. */
export interface Emission {
  /** Generations between two of them: the gun's period. */
  readonly period: number;
  /** Cells the pattern grows by every period. */
  readonly growth: number;
  /** The escaped object, identified on its own (a spaceship, for a gun). */
  readonly object: IdentifyResult;
}

/**
 * Identify's answer. Every kind has the population range and the pattern's box; the periodic
 * kinds (still life, oscillator, spaceship) the rest of their period's figures.
 */
export interface IdentifyResult {
  readonly kind: IdentifyKind;
  /**
   * A periodic object's key whatever its phase, orientation and place (see canonicalShape):
   * how it is found in the pattern library.
   */
  readonly shapeKey?: string;
  /** The pattern library's name for it ("Glider"), when it has the object in some phase. */
  readonly name?: string;
  /** The most generations it would run: a periodic pattern stops at its first repeat. */
  readonly limit: number;
  /** Generations actually run. */
  readonly generations: number;
  /** An empty pattern's: the generation at which no cell was left (0: it was empty). */
  readonly diesAt?: number;
  /** Generations until the pattern repeats (1 for a still life), or a gun's period. */
  readonly period?: number;
  /** The generation (from the one identified) at which its cycle starts: 0 unless it settles. */
  readonly startsAt?: number;
  /** How far a spaceship moves in one period: x to the right, y down. */
  readonly displacement?: { readonly dx: number; readonly dy: number };
  /** A spaceship's speed: `c/4 diagonal`, `2c/5 orthogonal`, `(2,1)c/6`. */
  readonly speed?: string;
  /**
   * On a bounded grid whose edges join (a torus), a spaceship's displacement is only known
   * modulo the grid: the nearest way round is reported, and `wraps` says so.
   */
  readonly wraps?: boolean;
  /** Population over the period (periodic kinds) or over every generation run. */
  readonly population: PopulationRange;
  /** The pattern's box at the generation identified (null when empty). */
  readonly box: CellRect | null;
  /**
   * The largest box over the period: for a still life or oscillator, the box of every cell
   * alive in it; for a spaceship, the largest width and height it takes on.
   */
  readonly periodBox?: { readonly width: number; readonly height: number };
  /** Cells changing state a generation, averaged over the period. */
  readonly heat?: number;
  /** An oscillator's cells' own periods (the rotor and stator). */
  readonly cells?: CellPeriods;
  /** A gun's emission. */
  readonly emits?: Emission;
  /** The population at which Identify stopped a pattern that grew too big to follow. */
  readonly outgrew?: number;
  /** A growing pattern's growth: `cells` more every `period` generations, steadily. */
  readonly growth?: { readonly period: number; readonly cells: number };
}
