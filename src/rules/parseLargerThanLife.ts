import { mergeRanges } from "./mergeRanges.ts";
import type { CountRange, LargerThanLifeRule, RangeShape } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";
import { neighbourhoodSize } from "./rangeCellsOf.ts";
import { readCustomCells, readWeightedCells } from "./readSpelledCells.ts";

/** Golly's largest range (ltlalgo.cpp). */
export const MAX_RANGE = 500;
/** Golly's largest ranges for the triangular grid (whose rows reach twice as far) and Gaussian. */
const MAX_RANGE_OF: Partial<Record<RangeShape, number>> = { triangular: 250, gaussian: 50 };
/** Golly's neighbourhood letters after `N` (VALIDNEIGHBORHOODS), by shape. */
export const SHAPE_LETTERS: Readonly<Record<RangeShape, string>> = {
  moore: "M",
  vonNeumann: "N",
  circular: "C",
  cross: "+",
  saltire: "X",
  star: "*",
  euclidean: "2",
  hexagonal: "H",
  checkerboard: "B",
  alignedCheckerboard: "D",
  hash: "#",
  custom: "@",
  tripod: "3",
  asterisk: "A",
  triangular: "L",
  gaussian: "G",
  weighted: "W",
};
const SHAPES: Readonly<Record<string, RangeShape>> = Object.fromEntries(
  Object.entries(SHAPE_LETTERS).map(([shape, letter]) => [letter, shape as RangeShape]),
);

const INT = "([+-]?\\d+)";
const LTL = new RegExp(
  `^R${INT},C${INT},M${INT},S${INT}\\.\\.${INT},B${INT}\\.\\.${INT},N(.)(.*)$`,
);
const EVANS = new RegExp(`^${INT},${INT},${INT},${INT},${INT}$`);

/** Whether `src` is written as Larger than Life: `R5,C0,...`, or Kellie Evans's `5,34,45,34,58`. */
export function looksLikeLargerThanLife(src: string): boolean {
  return /^r[+-]?\d/i.test(src) || EVANS.test(src);
}

/**
 * Reads a Larger than Life rule (no whitespace or grid suffix) as Golly does (ltlalgo.cpp), in
 * any case: `R5,C0,M1,S34..58,B34..45,NM`; Kellie Evans's `5,34,45,34,58` (range, birth min and
 * max, survival min and max, middle cell counted); or HROT's `R5,C0,S33-57,B34-45,NM` with
 * lists of counts and ranges (`S2,4-6,B3`) and the neighbourhood optional (Moore). Every
 * neighbourhood letter of Golly's: `NM NN NC N2 NB ND N+ NX N* N# NH NA N3 NL NG`, `N@` with
 * hex digits and `NW` with weights (see `readSpelledCells`). C0, C1 and C2 all mean 2 states.
 */
export function parseLargerThanLife(src: string, input: string): LargerThanLifeRule {
  // ASCII only, so that positions in `upper` are positions in `src`, which messages quote.
  const upper = src.replace(/[a-z]+/g, (letters) => letters.toUpperCase());
  const ltl = LTL.exec(upper);
  if (ltl) {
    const [r = 0, c = 0, m = 0, s1 = 0, s2 = 0, b1 = 0, b2 = 0] = ltl.slice(1, 8).map(Number);
    const tail = ltl[9] ?? "";
    const shape = readShape(`${ltl[8]}${tail}`, r, c, input);
    if (shape.length !== tail.length + 1) throw badEnd(tail.slice(shape.length - 1), input);
    if (m !== 0 && m !== 1) {
      throw new RuleError(`"M${m}" must be M0 or M1 in "${input}"`, input, `M${ltl[3]}`);
    }
    return ltlRule(r, c, m === 1, shape, [[s1, s2]], [[b1, b2]], "ltl", input);
  }
  const evans = EVANS.exec(upper);
  if (evans) {
    const [r = 0, b1 = 0, b2 = 0, s1 = 0, s2 = 0] = evans.slice(1, 6).map(Number);
    return ltlRule(r, 0, true, { shape: "moore", length: 1 }, [[s1, s2]], [[b1, b2]], "ltl", input);
  }
  return parseHrot(upper, src, input);
}

function badEnd(rest: string, input: string): RuleError {
  return new RuleError(
    `Expected the end of the rule at "${rest}" in "${input}"`,
    input,
    rest.charAt(0) || input,
  );
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
  const shape =
    comma < 0
      ? { shape: "moore" as const, length: 1 }
      : readShape(src.slice(comma + 2), range, states, input);
  const shapeText = comma < 0 ? "NM" : written.slice(comma + 1, comma + 2 + shape.length);
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
    pos = comma + 2 + shape.length;
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

/** A neighbourhood read from the text after `N`: its shape, any spelt-out cells, and its length. */
interface ReadShape {
  readonly shape: RangeShape;
  readonly cells?: string;
  /** Characters taken after the `N`: the letter and any cells. */
  readonly length: number;
}

/** The neighbourhood at the start of `text` (the letter after `N`, then `@` or `W`'s cells). */
function readShape(text: string, range: number, c: number, input: string): ReadShape {
  const letter = text.charAt(0);
  const shape = SHAPES[letter];
  if (!shape) {
    throw new RuleError(
      `Larger than Life rules cannot have the neighbourhood "N${letter}" (Golly's are N followed by one of M N C 2 B D + X * # H A 3 L G @ W): "${input}"`,
      input,
      `N${letter}`,
    );
  }
  if (shape !== "custom" && shape !== "weighted") return { shape, length: 1 };
  const rest = text.slice(1);
  const spelled =
    shape === "custom" ? readCustomCells(rest, range) : readWeightedCells(rest, range, c);
  if (typeof spelled === "string") {
    throw new RuleError(
      `In "N${letter}${rest}", ${spelled}: "${input}"`,
      input,
      `N${letter}${rest}`,
    );
  }
  return { shape, cells: rest.slice(0, spelled.length), length: 1 + spelled.length };
}

function ltlRule(
  range: number,
  c: number,
  middle: boolean,
  read: ReadShape,
  survival: readonly CountRange[],
  birth: readonly CountRange[],
  notation: "ltl" | "hrot",
  input: string,
): LargerThanLifeRule {
  const { shape } = read;
  const most = MAX_RANGE_OF[shape] ?? MAX_RANGE;
  if (range < 1 || range > most) {
    const which = MAX_RANGE_OF[shape] ? ` with N${SHAPE_LETTERS[shape]}` : "";
    throw new RuleError(
      `The range must be 1 to ${most}${which}, not ${range}, in "${input}"`,
      input,
      `R${range}`,
    );
  }
  if (c < 0 || c > 256) {
    throw new RuleError(`The states must be C0 to C256, not C${c}, in "${input}"`, input, `C${c}`);
  }
  const states = Math.max(c, 2);
  const base = {
    family: "ltl" as const,
    range,
    states,
    middle,
    shape,
    ...(read.cells !== undefined && { cells: read.cells }),
  };
  const size = neighbourhoodSize({ ...base, birth: [], survival: [] });
  const highest = size + (middle ? 1 : 0);
  checkRanges("S", survival, middle ? 1 : 0, highest, input);
  checkRanges("B", birth, 0, highest, input);
  const bornOnZero = birth.some(([min]) => min === 0);
  if (bornOnZero && states > 2) {
    throw new RuleError(
      `B0 is not allowed with more than 2 states, as in Golly: "${input}"`,
      input,
      "B0",
    );
  }
  const rule = {
    ...base,
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
