import { describe, expect, it } from "vitest";
import { createRandom } from "../engine/createRandom.ts";
import { NEIGHBOUR_CELLS } from "../engine/readBlock.ts";
import { formatRule } from "./formatRule.ts";
import { blocksOf, HENSEL_LETTERS } from "./henselLetters.ts";
import { parseRule } from "./parseRule.ts";
import type {
  CountRange,
  GenerationsRule,
  HistoryRule,
  LargerThanLifeRule,
  LifeLikeRule,
  Neighbourhood,
  RangeShape,
  Rule,
} from "./Rule.ts";
import { RuleError } from "./RuleError.ts";
import { neighbourhoodSize } from "./rangeCellsOf.ts";
import { sameRule } from "./sameRule.ts";

type Random = () => number;
const SEEDS = [1, 2, 3, 4, 5];
const CASES = 300;
const CENTRE = 1 << 4;
const NEIGHBOURS: Readonly<Record<Neighbourhood, number>> = {
  moore: 8,
  hexagonal: 6,
  vonNeumann: 4,
};

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function popcount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** A rule with counts: any masks within the neighbourhood's counts. */
function randomCounts(random: Random, neighbourhood: Neighbourhood): LifeLikeRule {
  const all = (1 << (NEIGHBOURS[neighbourhood] + 1)) - 1;
  return {
    family: "life",
    neighbourhood,
    notation: "counts",
    birth: Math.floor(random() * (all + 1)),
    survival: Math.floor(random() * (all + 1)),
  };
}

/**
 * An isotropic Moore table from random letters, or the counts it reduces to when every count is
 * whole, as Golly names it.
 */
function randomLetters(random: Random): LifeLikeRule {
  const table = new Uint8Array(512);
  for (const centre of [0, CENTRE]) {
    for (let count = 0; count <= 8; count++) {
      const letters = HENSEL_LETTERS[count] ?? "";
      const density = pick(random, [0, 0.2, 0.5, 0.8, 1]);
      if (letters === "") {
        const block = count === 0 ? 0 : NEIGHBOUR_CELLS.moore;
        table[block | centre] = random() < density ? 1 : 0;
        continue;
      }
      for (const letter of letters) {
        const on = random() < density ? 1 : 0;
        for (const block of blocksOf(count, letter)) table[block | centre] = on;
      }
    }
  }
  let birth = 0;
  let survival = 0;
  let totalistic = true;
  for (let block = 0; block < 512; block++) {
    const count = popcount(block & NEIGHBOUR_CELLS.moore);
    if (table[block]) {
      if (block & CENTRE) survival |= 1 << count;
      else birth |= 1 << count;
    }
  }
  for (let block = 0; block < 512; block++) {
    const count = popcount(block & NEIGHBOUR_CELLS.moore);
    const mask = block & CENTRE ? survival : birth;
    if (table[block] !== ((mask >> count) & 1)) totalistic = false;
  }
  if (totalistic)
    return { family: "life", neighbourhood: "moore", notation: "counts", birth, survival };
  return { family: "life", neighbourhood: "moore", notation: "letters", table };
}

/** Any table of the neighbourhood's cells, the other cells ignored. */
function randomMap(random: Random, neighbourhood: Neighbourhood): LifeLikeRule {
  const cells = NEIGHBOUR_CELLS[neighbourhood] | CENTRE;
  const source = Uint8Array.from({ length: 512 }, () => (random() < 0.5 ? 1 : 0));
  const table = source.map((_, block) => source[block & cells] ?? 0);
  return { family: "life", neighbourhood, notation: "map", table };
}

function randomLifeLike(random: Random): LifeLikeRule {
  const kind = pick(random, ["counts", "letters", "map"] as const);
  const neighbourhood = pick(random, ["moore", "hexagonal", "vonNeumann"] as const);
  if (kind === "counts") return randomCounts(random, neighbourhood);
  if (kind === "letters") return randomLetters(random);
  return randomMap(random, neighbourhood);
}

function bornOnZero(rule: LifeLikeRule): boolean {
  return rule.notation === "counts" ? (rule.birth & 1) === 1 : rule.table[0] === 1;
}

function withoutB0(rule: LifeLikeRule): LifeLikeRule {
  if (!bornOnZero(rule)) return rule;
  if (rule.notation === "counts") return { ...rule, birth: rule.birth & ~1 };
  const table = rule.table.slice();
  table[0] = 0;
  // Every block with no live cell in the neighbourhood is entry 0 for hex and von Neumann.
  const cells = NEIGHBOUR_CELLS[rule.neighbourhood] | CENTRE;
  for (let block = 0; block < 512; block++) if ((block & cells) === 0) table[block] = 0;
  return { ...rule, table };
}

function randomGenerations(random: Random): GenerationsRule {
  const states = pick(random, [2, 3, 4, int(random, 2, 256)]);
  return { family: "generations", states, base: withoutB0(randomLifeLike(random)) };
}

function randomHistory(random: Random): HistoryRule {
  const base = random() < 0.3 ? randomCounts(random, "moore") : withoutB0(randomLifeLike(random));
  const variant = pick(random, ["History", "Super"] as const);
  const full =
    base.notation === "counts" ? (base.survival >> NEIGHBOURS[base.neighbourhood]) & 1 : 0;
  if (bornOnZero(base) && !full) return { family: "history", variant, base: withoutB0(base) };
  return { family: "history", variant, base };
}

function randomRange(random: Random, least: number, most: number): CountRange {
  const a = int(random, least, most);
  const b = int(random, least, most);
  return [Math.min(a, b), Math.max(a, b)];
}

/** Sorted, disjoint, non-touching ranges: the runs Golly prints. */
function randomRuns(random: Random, least: number, most: number): CountRange[] {
  const runs: CountRange[] = [];
  let next = least + int(random, 0, 3);
  while (next <= most && random() < 0.7) {
    const end = Math.min(most, next + int(random, 0, 5));
    runs.push([next, end]);
    next = end + 2 + int(random, 0, 4);
  }
  return runs;
}

const SHAPES: readonly RangeShape[] = [
  "moore",
  "vonNeumann",
  "circular",
  "euclidean",
  "checkerboard",
  "alignedCheckerboard",
  "cross",
  "saltire",
  "star",
  "hash",
  "hexagonal",
  "asterisk",
  "tripod",
  "triangular",
  "gaussian",
  "custom",
  "weighted",
];

function hexDigits(random: Random, count: number): string {
  let text = "";
  for (let i = 0; i < count; i++) text += "0123456789ABCDEF".charAt(int(random, 0, 15));
  return text;
}

/** The text after `N@` or `NW` for a random neighbourhood of `range` (a positive weight first). */
function randomCells(random: Random, shape: "custom" | "weighted", range: number, c: number) {
  const grid = pick(random, ["", "", "H", "L"]);
  if (shape === "custom") return `8${hexDigits(random, range * (range + 1) - 1)}${grid}`;
  const cells = (2 * range + 1) ** 2;
  const weights =
    random() < 0.5 ? `1${hexDigits(random, cells - 1)}` : `01${hexDigits(random, 2 * cells - 2)}`;
  const states =
    random() < 0.3 ? `,${hexDigits(random, 1)}1${hexDigits(random, Math.max(c, 2) - 2)}` : "";
  return `${weights}${states}${grid}`;
}

function randomLargerThanLife(random: Random): LargerThanLifeRule {
  const shape = pick(random, SHAPES);
  const most =
    shape === "custom"
      ? 6
      : shape === "weighted"
        ? 3
        : shape === "triangular"
          ? 250
          : shape === "gaussian"
            ? 50
            : 500;
  const range = random() < 0.05 ? most : int(random, 1, Math.min(most, 12));
  const c = pick(random, [2, 2, 3, int(random, 3, 256)]);
  const spelled = shape === "custom" || shape === "weighted";
  const base = {
    family: "ltl" as const,
    range,
    states: c,
    shape,
    ...(spelled && { cells: randomCells(random, shape, range, c) }),
  };
  const cells = neighbourhoodSize({ ...base, middle: false, birth: [], survival: [] });
  if (random() < 0.5) {
    const middle = random() < 0.5;
    const m = middle ? 1 : 0;
    const birth = randomRange(random, c > 2 ? 1 : 0, cells + m);
    const survival = randomRange(random, m, cells + m);
    return { ...base, middle, birth: [birth], survival: [survival] };
  }
  return {
    ...base,
    middle: false,
    birth: randomRuns(random, c > 2 ? 1 : 0, cells),
    survival: randomRuns(random, 0, cells),
    notation: "hrot",
  };
}

const FAMILIES: Readonly<Record<Exclude<Rule["family"], "user">, (random: Random) => Rule>> = {
  life: randomLifeLike,
  generations: randomGenerations,
  ltl: randomLargerThanLife,
  history: randomHistory,
};

describe.each(SEEDS)("rulestring round trips (seed %i)", (seed) => {
  it.each(Object.keys(FAMILIES) as (keyof typeof FAMILIES)[])(
    "%s: formatRule then parseRule gives the rule",
    (family) => {
      const random = createRandom(seed * 31 + family.length);
      for (let i = 0; i < CASES; i++) {
        const rule = FAMILIES[family](random);
        const text = formatRule(rule);
        let back: Rule;
        try {
          back = parseRule(text).rule;
        } catch (error) {
          expect.fail(`seed ${seed} case ${i}: ${text} refused: ${(error as Error).message}`);
        }
        if (!sameRule(back, rule)) {
          expect.fail(`seed ${seed} case ${i}: ${text} read back as ${formatRule(back)}`);
        }
      }
    },
  );
});

/** Characters that rulestrings are made of, and some that they are not. */
const ALPHABET =
  "BSbs0123456789/-_:,.RCMNHVWGcaeiknjqrytwzMAP=+@#*xX LifeHistorySuper\u00e9\u{1F600}";

function garbage(random: Random): string {
  const length = int(random, 0, 24);
  let text = "";
  for (let i = 0; i < length; i++) text += pick(random, Array.from(ALPHABET));
  return text;
}

function mutate(random: Random, text: string): string {
  const chars = Array.from(text);
  const at = int(random, 0, chars.length);
  const op = int(random, 0, 2);
  if (op === 0) chars.splice(at, 1);
  else if (op === 1) chars.splice(at, 0, pick(random, Array.from(ALPHABET)));
  else chars.splice(at, 1, pick(random, Array.from(ALPHABET)));
  return chars.join("");
}

/** Reading `text` either fails with a RuleError or gives a rule that prints and reads back. */
function checkReads(text: string, label: string): void {
  let parsed: ReturnType<typeof parseRule>;
  try {
    parsed = parseRule(text);
  } catch (error) {
    if (!(error instanceof RuleError)) {
      expect.fail(`${label}: ${JSON.stringify(text)} threw ${String(error)}`);
    }
    return;
  }
  const printed = formatRule(parsed.rule);
  const again = parseRule(printed).rule;
  if (!sameRule(again, parsed.rule)) {
    expect.fail(`${label}: ${JSON.stringify(text)} printed as ${printed} reads back differently`);
  }
}

describe.each(SEEDS)("parseRule under fuzzing (seed %i)", (seed) => {
  it("throws nothing but RuleError on random text", () => {
    const random = createRandom(seed);
    for (let i = 0; i < 2000; i++) checkReads(garbage(random), `seed ${seed} case ${i}`);
  });

  it("throws nothing but RuleError on mutated rulestrings", () => {
    const random = createRandom(seed + 100);
    const families = Object.values(FAMILIES);
    for (let i = 0; i < 600; i++) {
      let text = formatRule(pick(random, families)(random));
      for (let j = int(random, 1, 3); j > 0; j--) text = mutate(random, text);
      checkReads(text, `seed ${seed} case ${i}`);
    }
  });
});
