import { fitsGridSides, MAX_GRID_SIDE } from "../engine/gridLimits.ts";
import { FormatError } from "../formats/FormatError.ts";
import type { Pattern } from "../formats/Pattern.ts";
import { parsePattern } from "../formats/parsePattern.ts";
import { MAX_BANDS } from "../kernels/maxBands.ts";
import { findPattern } from "../patterns/findPattern.ts";
import { PATTERN_LIBRARY } from "../patterns/patternLibrary.ts";
import { formatRule } from "../rules/formatRule.ts";
import { parseRule } from "../rules/parseRule.ts";
import { isTube } from "../rules/Rule.ts";
import { RuleError } from "../rules/RuleError.ts";
import type { QueryParseResult, QuerySettings } from "./QuerySettings.ts";
import { quoteValue } from "./quoteValue.ts";
import { readSearchParams } from "./readSearchParams.ts";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads one parameter: stores a valid value in `settings`, or returns what is wrong with it. */
type ParamReader = (value: string, settings: Mutable<QuerySettings>) => string | undefined;

const MAX_STEP = 1000;
/** The largest step: 2^62 generations. */
const MAX_STEP_EXPONENT = 62;
// Longer than any rulestring or preset name; RuleError quotes its input, so cap what it quotes.
const MAX_RULE_LENGTH = 100;
// Decimal numbers only, so that Number() does not accept "0x10", "Infinity" or "".
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const INTEGER = /^[+-]?\d+$/;
const SIZE = /^(\d+)\s*[x×]\s*(\d+)$/i;
// An RLE body without its header, as people write them into URLs: `bo$2bo$3o!`.
const BARE_RLE_BODY = /^[\dbo$!\s]+$/;
const BARE_RLE_HEADER = "x = 0, y = 0\n";

/** `engine`: HashLife and tiles run on the infinite plane; a bounded grid runs them as `auto`. */
const QUERY_ENGINES = ["auto", "coroutine", "hashlife", "tiles"] as const;

// A Map rather than an object, so that names such as "constructor" or "__proto__" find nothing.
const READERS = new Map<string, ParamReader>([
  ["rule", readRule],
  [
    "size",
    (value, settings) => {
      const size = readSize(value);
      if (typeof size === "string") return size;
      settings.size = size;
      return undefined;
    },
  ],
  [
    "topology",
    (value, settings) => {
      const topology = value.trim().toLowerCase();
      if (topology !== "torus" && topology !== "plane" && topology !== "infinite") {
        return 'expected "torus", "plane" or "infinite"';
      }
      settings.topology = topology;
      return undefined;
    },
  ],
  [
    "pattern",
    (value, settings) => {
      const wanted = value.trim().toLowerCase();
      const found =
        findPattern(wanted) ?? PATTERN_LIBRARY.find((item) => item.name.toLowerCase() === wanted);
      if (found === undefined) return "no pattern in the library has that id or name";
      settings.pattern = found.id;
      return undefined;
    },
  ],
  [
    "rle",
    (value, settings) => {
      const pattern = readRle(value);
      if (typeof pattern === "string") return pattern;
      settings.rle = pattern;
      return undefined;
    },
  ],
  [
    "random",
    (value, settings) => {
      const density = readDecimal(value);
      if (density === undefined || density < 0 || density > 1) {
        return "expected a density from 0 to 1, such as 0.3";
      }
      settings.random = density;
      return undefined;
    },
  ],
  [
    "seed",
    (value, settings) => {
      const seed = readInteger(value);
      if (seed === undefined) return "expected a whole number";
      settings.seed = seed;
      return undefined;
    },
  ],
  [
    "speed",
    (value, settings) => {
      if (value.trim().toLowerCase() === "max") {
        settings.speed = "max";
        return undefined;
      }
      const speed = readDecimal(value);
      if (speed === undefined || speed <= 0) {
        return 'expected generations per second above 0, or "max"';
      }
      settings.speed = speed;
      return undefined;
    },
  ],
  [
    "step",
    (value, settings) => {
      // 2^k: the step, 2^k generations (and as many a frame, up to 1000).
      const power = /^\s*2\s*\^\s*(\d{1,2})\s*$/.exec(value);
      if (power) {
        const exponent = Number(power[1]);
        if (exponent > MAX_STEP_EXPONENT) return `expected 2^k with k at most ${MAX_STEP_EXPONENT}`;
        settings.stepExponent = exponent;
        settings.step = Math.min(MAX_STEP, 2 ** exponent);
        return undefined;
      }
      const step = readInteger(value);
      if (step === undefined || step < 1 || step > MAX_STEP) {
        return `expected a whole number of generations per frame from 1 to ${MAX_STEP}, or 2^k`;
      }
      settings.step = step;
      return undefined;
    },
  ],
  [
    "engine",
    (value, settings) => {
      const engine = value.trim().toLowerCase();
      if (!QUERY_ENGINES.includes(engine as never)) {
        return 'expected "auto", "coroutine", "hashlife" or "tiles"';
      }
      settings.engine = engine as (typeof QUERY_ENGINES)[number];
      return undefined;
    },
  ],
  [
    "workers",
    (value, settings) => {
      const workers = readInteger(value);
      // The pool's limit; the app takes at most the cores there are besides.
      if (workers === undefined || workers < 1 || workers > MAX_BANDS) {
        return `expected a whole number of workers from 1 to ${MAX_BANDS}`;
      }
      settings.workers = workers;
      return undefined;
    },
  ],
  [
    "autoplay",
    (value, settings) => {
      const flag = value.trim().toLowerCase();
      if (flag === "" || flag === "1" || flag === "true") settings.autoplay = true;
      else if (flag === "0" || flag === "false") settings.autoplay = false;
      else return 'expected "1", "true", "0" or "false"';
      return undefined;
    },
  ],
]);

/**
 * The settings in a URL query (`location.search`, with or without its `?`): `rule`, `size`,
 * `topology`, `pattern`, `rle`, `random`, `seed`, `speed`, `step`, `engine`, `workers` and `autoplay` (see
 * QuerySettings). Valid parameters become settings; each invalid one adds an error naming the
 * parameter and its value, and is otherwise ignored. Unknown parameters are ignored, since
 * links collect tracking and other tags; a repeated parameter counts its last value, so that
 * appending to a link overrides it. Never throws.
 */
export function parseQueryParams(search: string): QueryParseResult {
  const settings: Mutable<QuerySettings> = {};
  const errors: string[] = [];
  try {
    for (const [name, value] of readSearchParams(search)) {
      const problem = READERS.get(name)?.(value, settings);
      if (problem !== undefined) errors.push(`${name}=${quoteValue(value)}: ${problem}`);
    }
  } catch (error) {
    // Not expected: the promise is a list of errors, never an exception.
    errors.push(`the query could not be read: ${String(error)}`);
  }
  return { settings, errors };
}

function readRule(value: string, settings: Mutable<QuerySettings>): string | undefined {
  if (value.length > MAX_RULE_LENGTH) return "too long for a rule";
  let parsed: ReturnType<typeof parseRule>;
  try {
    parsed = parseRule(value);
  } catch (error) {
    if (error instanceof RuleError) return error.message;
    throw error;
  }
  // parseRule has already refused a suffix whose grid is over the engine's side limit.
  const { bounds } = parsed;
  if (bounds !== undefined && isTube(bounds)) {
    // A tube or strip has no size or topology setting: its suffix stays with the rule, which
    // moves the world onto it (`setRule`).
    settings.rule = formatRule(parsed.rule, bounds);
    return undefined;
  }
  settings.rule = formatRule(parsed.rule);
  if (bounds !== undefined) {
    // Explicit `size` and `topology` parameters win, wherever they are in the query.
    settings.size ??= { width: bounds.width, height: bounds.height };
    settings.topology ??= bounds.topology;
  }
  return undefined;
}

function readSize(value: string): { width: number; height: number } | string {
  const match = SIZE.exec(value.trim());
  const usage = "expected WIDTHxHEIGHT in whole numbers of at least 1, such as 200x150";
  if (match === null) return usage;
  const width = Number(match[1]);
  const height = Number(match[2]);
  if (width < 1 || height < 1) return usage;
  if (!fitsGridSides(width, height)) return `over the limit of ${MAX_GRID_SIDE} cells a side`;
  return { width, height };
}

function readRle(value: string): Pattern | string {
  const bare = BARE_RLE_BODY.test(value);
  try {
    return parsePattern(bare ? BARE_RLE_HEADER + value : value);
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    // Count lines as the user wrote them, not with the header we added.
    const line = bare ? error.line - 1 : error.line;
    return `not a pattern (line ${line}, column ${error.column}): ${error.reason}`;
  }
}

function readDecimal(value: string): number | undefined {
  const text = value.trim();
  if (!DECIMAL.test(text)) return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : undefined;
}

function readInteger(value: string): number | undefined {
  const text = value.trim();
  if (!INTEGER.test(text)) return undefined;
  const number = Number(text);
  return Number.isSafeInteger(number) ? number : undefined;
}
