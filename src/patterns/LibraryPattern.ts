/** What kind of object a library pattern is, as LifeWiki sorts them. */
export type PatternCategory =
  | "still life"
  | "oscillator"
  | "spaceship"
  | "gun"
  | "methuselah"
  | "puffer"
  | "growth"
  | "rule-specific";

/** One entry of the pattern library. */
export interface LibraryPattern {
  /** A URL-safe slug, unique in the library: `gosper-glider-gun`. */
  readonly id: string;
  readonly name: string;
  readonly category: PatternCategory;
  /** The canonical rulestring the pattern is meant for, such as `B3/S23`. */
  readonly rule: string;
  /** Full RLE text, header included, whose box is exactly the live cells' bounding box. */
  readonly rle: string;
  /** The number of live cells at generation 0. */
  readonly population: number;
  /** One short line. */
  readonly description: string;
  /**
   * Generations until the pattern repeats: 1 for still lifes; for spaceships, until it repeats
   * shifted by `displacement`; for guns and puffers, until the engine part repeats.
   */
  readonly period?: number;
  /** How far a spaceship moves in one period, in cells: x to the right, y down. */
  readonly displacement?: { readonly dx: number; readonly dy: number };
}
