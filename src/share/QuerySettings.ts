import type { Topology } from "../engine/Grid.ts";
import type { Pattern } from "../formats/Pattern.ts";

/** The settings a page URL's query can give; each is present only when given and valid. */
export interface QuerySettings {
  /**
   * `rule`: canonical rulestring, e.g. `B36/S23` for `rule=HighLife` or `rule=b36s23`; with a
   * tube's or strip's suffix kept (`B3/S23:T0,20`), which has no size or topology setting.
   */
  readonly rule?: string;
  /** `size=WxH`, or the bounded-grid suffix of `rule` (`B3/S23:T80,60`) when no `size` is given. */
  readonly size?: { readonly width: number; readonly height: number };
  /** `topology=torus|plane|infinite`, or the suffix of `rule` when no `topology` is given. */
  readonly topology?: Topology | "infinite";
  /** `pattern`: the id of a library pattern (given as its id or its name). */
  readonly pattern?: string;
  /** `rle`: the pattern read from RLE (or any format parsePattern reads; a bare RLE body too). */
  readonly rle?: Pattern;
  /** `random`: the density of a random fill, from 0 to 1. */
  readonly random?: number;
  /** `seed`: the integer seed of the random fill. */
  readonly seed?: number;
  /** `speed`: generations per second, above 0, or "max" for as fast as possible. */
  readonly speed?: number | "max";
  /** `step`: generations per frame, an integer from 1 to 1000. */
  readonly step?: number;
  /** `step=2^k` (or a power of two): the step, 2^k generations a Step or request, k up to 62. */
  readonly stepExponent?: number;
  /**
   * `engine`: `auto` (the fastest engine the rule runs on: on the infinite plane HashLife, or
   * tiles for a soup), `coroutine` (the interpreter), or on the infinite plane `hashlife` or
   * `tiles` (a bounded grid runs these as `auto`).
   */
  readonly engine?: "auto" | "coroutine" | "hashlife" | "tiles";
  /** `workers`: how many workers share the simulation, 1 to 16 (the app takes at most its cores). */
  readonly workers?: number;
  /** `autoplay`: `1`/`true`/`0`/`false`, or present without a value for true. */
  readonly autoplay?: boolean;
}

/** What parseQueryParams found: the valid settings, and a sentence per invalid parameter. */
export interface QueryParseResult {
  readonly settings: QuerySettings;
  readonly errors: readonly string[];
}
