import { rowReach } from "../engine/countInRange.ts";
import { mergeRanges } from "./mergeRanges.ts";
import type { CountRange, LargerThanLifeRule, RangeShape } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

/** Golly's largest range (ltlalgo.cpp). */
export const MAX_RANGE = 500;
/** The neighbourhood letters after `N` that this app runs. */
const SHAPES: Readonly<Record<string, RangeShape>> = { M: "moore", N: "vonNeumann", C: "circular" };
/** The other neighbourhoods Golly reads, which are refused by name. */
const OTHER_SHAPES: Readonly<Record<string, string>> = {
  "+": "cross",
  X: "saltire",
  "*": "star",
  "2": "L2 (Euclidean)",
  H: "hexagonal",
  B: "checkerboard",
  D: "aligned checkerboard",
  "#": "hash",
  "@": "custom",
  "3": "tripod",
  A: "asterisk",
  L: "triangular",
  G: "Gaussian",
  W: "weighted",
};

const INT = "([+-]?\\d+)";
const LTL = new RegExp(`^R${INT},C${INT},M${INT},S${INT}\\.\\.${INT},B${INT}\\.\\.${INT},N(.)$`);
const EVANS = new RegExp(`^${INT},${INT},${INT},${INT},${INT}$`);

/** Whether `src` is written as Larger than Life: `R5,C0,...`, or Kellie Evans's `5,34,45,34,58`. */
export function looksLikeLargerThanLife(src: string): boolean {
  return /^r[+-]?\d/i.test(src) || EVANS.test(src);
}

/**
 * Reads a Larger than Life rule (no whitespace or grid suffix) as Golly does (ltlalgo.cpp), in
 * any case: `R5,C0,M1,S34..58,B34..45,NM`; Kellie Evans's `5,34,45,34,58` (range, birth min and
 * max, survival min and max, middle cell counted); or HROT's `R5,C0,S33-57,B34-45,NM` with
 * lists of counts and ranges (`S2,4-6,B3`) and the neighbourhood optional (Moore). The
 * neighbourhoods run are `NM` (Moore), `NN` (von Neumann) and `NC` (circular); Golly's others
 * are refused by name. C0, C1 and C2 all mean 2 states.
 */
export function parseLargerThanLife(src: string, input: string): LargerThanLifeRule {
  // ASCII only, so that positions in `upper` are positions in `src`, which messages quote.
  const upper = src.replace(/[a-z]+/g, (letters) => letters.toUpperCase());
  const ltl = LTL.exec(upper);
  if (ltl) {
    const [r = 0, c = 0, m = 0, s1 = 0, s2 = 0, b1 = 0, b2 = 0] = ltl.slice(1, 8).map(Number);
    const shape = readShape(`N${ltl[8]}`, r, input);
    if (m !== 0 && m !== 1) {
      throw new RuleError(`"M${m}" must be M0 or M1 in "${input}"`, input, `M${ltl[3]}`);
    }
    return ltlRule(r, c, m === 1, shape, [[s1, s2]], [[b1, b2]], "ltl", input);
  }
  const evans = EVANS.exec(upper);
  if (evans) {
    const [r = 0, b1 = 0, b2 = 0, s1 = 0, s2 = 0] = evans.slice(1, 6).map(Number);
    return ltlRule(r, 0, true, "moore", [[s1, s2]], [[b1, b2]], "ltl", input);
  }
  return parseHrot(upper, src, input);
}

/** HROT: `R<range>,C<states>,S<list>,B<list>[,N<letter>]`, each list `x` or `x-y`, commas between. */
function parseHrot(src: string, written: string, input: string): LargerThanLifeRule {
  const head = /^R([+-]?\d+),C([+-]?\d+)/.exec(src);
  if (!head) {
    throw new RuleError(
      `A Larger than Life rule starts "R<range>,C<states>", as in "R5,C0,S33-57,B34-45": "${input}"`,
      input,
      input,
    );
  }
  const range = Number(head[1]);
  const states = Number(head[2]);
  const comma = src.indexOf(",N");
  const shapeText = comma < 0 ? "NM" : src.slice(comma + 1, comma + 3);
  const shape = readShape(shapeText, range, input);
  let pos = head[0].length;
  const fail = (what: string): RuleError => {
    const rest = written.slice(pos);
    return new RuleError(
      `Expected ${what} at ${rest === "" ? "the end" : `"${rest}"`} in "${input}"`,
      input,
      rest === "" ? input : rest.charAt(0),
    );
  };
  if (!src.startsWith(",S", pos)) throw fail('",S"');
  const survival = readList(src, pos + 2);
  pos = survival.end;
  // Golly's scan: the survival list ends with the comma before "B".
  if (survival.ranges.length === 0 && src[pos] === ",") pos++;
  else if (src[pos - 1] !== ",") throw fail('"," before "B"');
  if (src[pos] !== "B") throw fail('"B"');
  const birth = readList(src, pos + 1);
  pos = birth.end;
  if (comma >= 0) {
    if (birth.ranges.length === 0 && src[pos] === ",") pos++;
    if (pos !== comma + 1) throw fail(`"${shapeText}"`);
    pos = comma + 3;
  }
  if (pos < src.length) throw fail("the end of the rule");
  return ltlRule(range, states, false, shape, survival.ranges, birth.ranges, "hrot", input);
}

/**
 * A list of counts and ranges at `pos`, `2,4-6,`: each item may be followed by a comma, which
 * it takes (Golly's scan), and the list ends at the first thing that is not a count.
 */
function readList(src: string, start: number): { ranges: CountRange[]; end: number } {
  const item = /^([+-]?\d+)(?:-([+-]?\d+))?/;
  const ranges: CountRange[] = [];
  let pos = start;
  for (;;) {
    const match = item.exec(src.slice(pos));
    if (!match) break;
    const min = Number(match[1]);
    ranges.push([min, match[2] === undefined ? min : Number(match[2])]);
    pos += match[0].length;
    if (src[pos] !== ",") break;
    pos++;
  }
  return { ranges, end: pos };
}

function readShape(text: string, range: number, input: string): RangeShape {
  const letter = text.slice(1);
  const shape = SHAPES[letter];
  if (shape) return shape;
  const other = OTHER_SHAPES[letter];
  const why = other
    ? `with the ${other} neighbourhood ("${text}") are not supported`
    : `cannot have the neighbourhood "${text}"`;
  throw new RuleError(`Larger than Life rules (range ${range}) ${why}: "${input}"`, input, text);
}

function ltlRule(
  range: number,
  c: number,
  middle: boolean,
  shape: RangeShape,
  survival: readonly CountRange[],
  birth: readonly CountRange[],
  notation: "ltl" | "hrot",
  input: string,
): LargerThanLifeRule {
  if (range < 1 || range > MAX_RANGE) {
    throw new RuleError(
      `The range must be 1 to ${MAX_RANGE}, not ${range}, in "${input}"`,
      input,
      `R${range}`,
    );
  }
  if (c < 0 || c > 256) {
    throw new RuleError(`The states must be C0 to C256, not C${c}, in "${input}"`, input, `C${c}`);
  }
  const cells = neighbourCount(range, shape);
  const most = cells + (middle ? 1 : 0);
  checkRanges("S", survival, middle ? 1 : 0, most, input);
  checkRanges("B", birth, 0, most, input);
  const states = Math.max(c, 2);
  const bornOnZero = birth.some(([min]) => min === 0);
  if (bornOnZero && states > 2) {
    throw new RuleError(
      `B0 is not allowed with more than 2 states, as in Golly: "${input}"`,
      input,
      "B0",
    );
  }
  const rule = {
    family: "ltl" as const,
    range,
    states,
    middle,
    shape,
    birth: notation === "hrot" ? mergeRanges(birth) : birth,
    survival: notation === "hrot" ? mergeRanges(survival) : survival,
  };
  return notation === "hrot" ? { ...rule, notation } : rule;
}

function checkRanges(
  letter: string,
  ranges: readonly CountRange[],
  least: number,
  most: number,
  input: string,
): void {
  for (const [min, max] of ranges) {
    const part = min === max ? `${letter}${min}` : `${letter}${min}..${max}`;
    if (min > max) {
      throw new RuleError(
        `The ${letter} range ${min} to ${max} runs backwards in "${input}"`,
        input,
        part,
      );
    }
    if (min < least || max > most) {
      throw new RuleError(
        `${letter} counts must be ${least} to ${most} here, not ${min === max ? min : `${min} to ${max}`}, in "${input}"`,
        input,
        part,
      );
    }
  }
}

/** The cells a cell counts in `shape` at `range`, itself left out. */
export function neighbourCount(range: number, shape: RangeShape): number {
  let cells = 0;
  for (let dy = -range; dy <= range; dy++) cells += 2 * rowReach(range, shape, dy) + 1;
  return cells - 1;
}
