import type { EdgePair, Shift, Surface, Topology, Tube } from "../engine/Surface.ts";

export type { EdgePair, Shift, Surface, Topology, Tube };

/**
 * The neighbourhoods of Golly's Larger than Life (the letter after `N`), each defined in
 * `rangeCellsOf`: on the square grid `moore` (NM), `vonNeumann` (NN, a diamond), `circular` (NC,
 * x² + y² <= r² + r), `euclidean` (N2, x² + y² <= r²), `checkerboard` (NB), `alignedCheckerboard`
 * (ND), `cross` (N+), `saltire` (NX), `star` (N*), `hash` (N#); on the hexagonal grid drawn
 * sheared `hexagonal` (NH), `asterisk` (NA), `tripod` (N3); `triangular` (NL, flipped on
 * alternate cells); `gaussian` (NG, weighted); and the ones spelt out in the rulestring,
 * `custom` (N@ and hex digits) and `weighted` (NW and a weight a cell).
 */
export type RangeShape =
  | "moore"
  | "vonNeumann"
  | "circular"
  | "euclidean"
  | "checkerboard"
  | "alignedCheckerboard"
  | "cross"
  | "saltire"
  | "star"
  | "hash"
  | "hexagonal"
  | "asterisk"
  | "tripod"
  | "triangular"
  | "gaussian"
  | "custom"
  | "weighted";

/**
 * Which cells of a cell's 3x3 block are its neighbours: all 8 (Moore), the 6 of a hexagonal
 * grid drawn sheared onto squares (Golly's: the block without its north-east and south-west
 * corners), or the 4 orthogonal ones (von Neumann).
 */
export type Neighbourhood = "moore" | "hexagonal" | "vonNeumann";

/**
 * A two-state rule of the 3x3 block, in the notation it was written in, which is also how
 * Golly prints it back:
 * - `counts`: outer totalistic, `B3/S23` (`H` or `V` suffix for the other neighbourhoods). Bit
 *   n of `birth` / `survival`: an empty / live cell with n live neighbours is alive next.
 * - `letters`: isotropic non-totalistic (Hensel notation, `B2-a/S12`), and `map`: any table
 *   (`MAP` + base64). `table[i]` is the next state for 3x3 block i, bit `3 * (dy + 1) +
 *   (dx + 1)` of i holding the cell at offset (dy, dx) as in `CompiledRule`; entries differing
 *   only in cells outside the neighbourhood are equal.
 */
export type LifeLikeRule =
  | {
      readonly family: "life";
      readonly neighbourhood: Neighbourhood;
      readonly notation: "counts";
      readonly birth: number;
      readonly survival: number;
    }
  | {
      readonly family: "life";
      readonly neighbourhood: Neighbourhood;
      readonly notation: "letters" | "map";
      readonly table: Uint8Array;
    };

/**
 * Generations (`23/3/8`, `B3/S23/C8`): `base` decides birth and survival counting only the
 * neighbours in state 1; a live cell that does not survive starts to die, passing through
 * states 2 .. states-1 and back to 0, one a generation, whatever its neighbours.
 */
export interface GenerationsRule {
  readonly family: "generations";
  /** 2 to 256: Golly reads `23/3/2`, a Life-like rule run as Generations. */
  readonly states: number;
  readonly base: LifeLikeRule;
}

/** An inclusive range of live-neighbour counts. */
export type CountRange = readonly [min: number, max: number];

/**
 * Larger than Life / HROT (`R5,C0,M1,S34..58,B34..45,NM`): a cell counts the live cells (state
 * 1) within `range` of it in `shape`, itself included when `middle`; it is born or survives
 * when the count is in one of the ranges. With `states` > 2, a live cell that does not survive
 * decays as in Generations. Weighted shapes (`gaussian`, `weighted`) sum a weight a cell
 * instead of counting, and `weighted` may weigh states too (`rangeCellsOf` is the definition).
 */
export interface LargerThanLifeRule {
  readonly family: "ltl";
  /** 1 to 500 as written (Golly's limits: 250 for `triangular`, whose cells reach 2r along a row; 50 for `gaussian`). */
  readonly range: number;
  /** 2 to 256 (Golly's C0 and C2 both mean 2). */
  readonly states: number;
  readonly middle: boolean;
  readonly shape: RangeShape;
  /**
   * For `custom` and `weighted`: the text after `N@` or `NW` as Golly prints it back (upper
   * case): the hex digits, then for `weighted` any `,` and state weights, then any `H`
   * (hexagonal grid, drawn only) or `L` (triangular grid: flipped on alternate cells).
   */
  readonly cells?: string;
  readonly birth: readonly CountRange[];
  readonly survival: readonly CountRange[];
  /**
   * `"hrot"` when written in HROT's form (`R5,C0,S33-57,B34-45`, lists of counts, the middle
   * cell not counted), which is how Golly prints it back; absent for the Larger than Life form
   * `R5,C0,M1,S34..58,B34..45,NM` (one range each).
   */
  readonly notation?: "hrot";
}

/**
 * LifeHistory-style rules (`LifeHistory`, `B3/S23History`, `B3/S23Super`): `base` runs on the
 * live cells (the odd states), and the extra states record history, marks and boundaries as
 * Golly's Super algorithm defines them.
 */
export interface HistoryRule {
  readonly family: "history";
  /** History: 7 states; Super: 26. */
  readonly variant: "History" | "Super";
  readonly base: LifeLikeRule;
}

/**
 * A rule a user wrote as JavaScript (`src/userRule`) that does not compile to a 3x3 two-state
 * table (one that does becomes a LifeLikeRule): its coroutine runs on the interpreter, and only
 * where user code may run (the browser's rule sandbox, the CLI's locked-down thread), never in
 * the page. The source travels with it; `reason` says why it did not compile.
 */
export interface UserRule {
  readonly family: "user";
  readonly source: string;
  /** 2 to 256. */
  readonly states: number;
  readonly reason: string;
}

/**
 * Any rule the app runs: each family is one cell coroutine (`cellProgramOf`; a user's runs in
 * its sandbox).
 */
export type Rule = LifeLikeRule | GenerationsRule | LargerThanLifeRule | HistoryRule | UserRule;

/**
 * Golly's bounded-grid suffix: `:T64,48` is a 64-wide, 48-high torus, `:P64,48` a plane,
 * `:T30+5,20` a torus whose top and bottom edges join shifted by 5, `:K40*,20` a Klein bottle
 * with its top and bottom edges twisted, `:C40,20` a cross-surface, `:S40` a 40x40 sphere (see
 * `Surface`).
 */
export interface GridBounds extends Surface {
  readonly width: number;
  readonly height: number;
}

/**
 * What a rulestring says: the rule, and the grid when it carries a bounded-grid suffix: a
 * bounded grid, or a tube or strip with one side infinite (`:T0,20`, `:P30,0`; see `Tube`).
 */
export interface ParsedRule {
  readonly rule: Rule;
  readonly bounds?: GridBounds | Tube;
}

/** Whether a suffix's grid is a tube or strip (one side infinite), not a bounded grid. */
export function isTube(bounds: GridBounds | Tube): bounds is Tube {
  return "axis" in bounds;
}

/** A two-state rule written with neighbour counts, `B3/S23`. */
export type CountsRule = Extract<LifeLikeRule, { readonly notation: "counts" }>;

/** Conway's Life, B3/S23. */
export const CONWAY: CountsRule = {
  family: "life",
  neighbourhood: "moore",
  notation: "counts",
  birth: 1 << 3,
  survival: (1 << 2) | (1 << 3),
};

/** A Moore-neighbourhood outer-totalistic rule from its birth and survival masks. */
export function lifeLike(birth: number, survival: number): CountsRule {
  return { family: "life", neighbourhood: "moore", notation: "counts", birth, survival };
}

/** How many states a cell of `rule` can be in. */
export function stateCount(rule: Rule): number {
  if (rule.family === "life") return 2;
  if (rule.family === "history") return rule.variant === "History" ? 7 : 26;
  if (rule.family === "user") return rule.states;
  return rule.states;
}

/**
 * Whether `rule` needs a multi-state world: every family but the two-state 3x3 one (Larger
 * than Life with two states too, since it looks beyond the 3x3 block).
 */
export function isMultiState(rule: Rule): boolean {
  return rule.family !== "life";
}
