import { describe, expect, it } from "vitest";
import { firstRangeDifference } from "../../../tests/support/firstRangeDifference.ts";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { type CellProgram, query, transition } from "../../engine/protocol.ts";
import { cellProgramOf } from "../../rules/cellProgramOf.ts";
import { parseRule } from "../../rules/parseRule.ts";
import type { CountRange, LargerThanLifeRule, RangeShape } from "../../rules/Rule.ts";
import { neighbourhoodSize } from "../../rules/rangeCellsOf.ts";
import { compileRangeRuleOf } from "../../universe/compileRuleOf.ts";
import { compileRangeRule, isRefusal } from "./compileRangeRule.ts";
import { createRangeStepper } from "./createRangeStepper.ts";
import { planRangeSums } from "./planRangeSums.ts";

const seed = pickSeed();
const random = createRandom(seed);
const pick = (n: number): number => Math.floor(random() * n);

/** Golly's unweighted neighbourhoods besides the square, the diamond and the disc. */
const SHAPES: readonly RangeShape[] = [
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
  "custom",
];

function randomRanges(most: number): CountRange[] {
  return Array.from({ length: 1 + pick(3) }, () => {
    const min = pick(most + 1);
    return [min, Math.min(most, min + pick(Math.floor(most / 2) + 1))] as const;
  });
}

/** A random rule of `shape` (a custom one spelt with random digits, on either grid). */
function randomRule(shape: RangeShape): LargerThanLifeRule {
  const range = 1 + pick(shape === "triangular" ? 3 : 5);
  const digits = Array.from({ length: range * (range + 1) }, () => "0123456789ABCDEF"[pick(16)]);
  const base = {
    family: "ltl" as const,
    range,
    states: 2 + pick(3),
    middle: random() < 0.5,
    shape,
    ...(shape === "custom" && { cells: `${digits.join("")}${["", "H", "L"][pick(3)]}` }),
  };
  const most = neighbourhoodSize({ ...base, birth: [], survival: [] });
  return { ...base, birth: randomRanges(most), survival: randomRanges(most) };
}

describe("Golly's other neighbourhoods on the range kernels equal the coroutine interpreter", () => {
  // Two of each, and checkerboards large enough for their own kernel.
  const fixed = ["R3,C3,S5-12,B4-9,NB", "R4,C0,S6-20,B7-15,ND"].map(
    (text) => parseRule(text).rule as LargerThanLifeRule,
  );
  const rules = [...SHAPES.flatMap((shape) => [randomRule(shape), randomRule(shape)]), ...fixed];
  it.each(rules.map((rule) => [`${rule.shape} ${JSON.stringify(rule)}`, rule] as const))(
    "%s",
    (name, rule) => {
      const compiled = compileRangeRule(cellProgramOf(rule), rule.states);
      if (isRefusal(compiled)) throw new Error(`seed ${seed}: ${name}: ${compiled.refused}`);
      const flips = rule.shape === "triangular" || (rule.cells ?? "").endsWith("L");
      expect(compiled.oddOffsets !== undefined).toBe(flips && compiled.offsets.length > 0);
      const r = rule.range;
      // Odd sizes (both parities of y + x on every row, and a torus whose wrap joins cells of
      // the same parity), and grids smaller than the neighbourhood.
      const sizes = [
        [1, 1],
        [3, 2],
        [2 * r + 1, 2 * r + 2],
        [23, 17],
        [16, 9],
      ] as const;
      for (const topology of ["torus", "plane"] as const) {
        for (const [width, height] of sizes) {
          expect(
            firstRangeDifference(random, rule, compiled, width, height, topology, 5),
            `seed ${seed} (TEST_SEED=${seed}), ${name}, ${topology} ${width}x${height}`,
          ).toBe("none");
        }
      }
    },
  );
});

it("sums the triangular grid's two neighbourhoods and the checkerboards in JavaScript, the others on wasm", () => {
  const kind = (text: string): string => {
    const compiled = compileRangeRuleOf(parseRule(text).rule);
    if (isRefusal(compiled)) throw new Error(compiled.refused);
    return createRangeStepper({ width: 8, height: 8, topology: "torus", compiled }).kind;
  };
  expect(kind("R2,C0,S1,B1,NL")).toBe("ltl-rectangles-js");
  expect(kind("R2,C0,S1,B1,NB")).toBe("ltl-checker-js");
  expect(kind("R3,C0,S1,B1,ND")).toBe("ltl-checker-js");
  expect(kind("R2,C0,S1,B1,N+")).toBe("ltl-rectangles-wasm");
});

it("plans a stack of rectangles whose size grows with the range, one run of cells each", () => {
  const plan = (text: string) => {
    const compiled = compileRangeRuleOf(parseRule(text).rule);
    if (isRefusal(compiled)) throw new Error(compiled.refused);
    return planRangeSums(compiled);
  };
  // The cross: its arms above and below, and its row.
  expect(plan("R5,C0,S1,B1,N+")).toMatchObject({ kind: "rectangles", rectangles: { length: 3 } });
  // The saltire: two cells a row but the centre's, none joined with the next row's.
  expect(plan("R5,C0,M1,S1..1,B1..1,NX")).toMatchObject({ rectangles: { length: 21 } });
});

/** A random weighted rule: Gaussian, or one hex digit a weight (8 to F negative). */
function randomWeighted(): LargerThanLifeRule {
  const gaussian = random() < 0.4;
  const range = 1 + pick(gaussian ? 4 : 3);
  const digits = Array.from({ length: (2 * range + 1) ** 2 }, () => "0123456789ABCDEF"[pick(16)]);
  const base = {
    family: "ltl" as const,
    range,
    states: 2 + pick(3),
    middle: random() < 0.5,
    shape: gaussian ? ("gaussian" as const) : ("weighted" as const),
    ...(!gaussian && { cells: digits.join("") }),
  };
  const most = neighbourhoodSize({ ...base, birth: [], survival: [] });
  return { ...base, birth: randomRanges(most), survival: randomRanges(most) };
}

describe("weighted neighbourhoods on the weighted range kernel equal the coroutine interpreter", () => {
  const rules = Array.from({ length: 10 }, randomWeighted);
  it.each(rules.map((rule) => [JSON.stringify(rule), rule] as const))("%s", (name, rule) => {
    const compiled = compileRangeRuleOf(rule);
    if (isRefusal(compiled)) throw new Error(`seed ${seed}: ${name}: ${compiled.refused}`);
    expect(createRangeStepper({ width: 4, height: 4, topology: "torus", compiled }).kind).toBe(
      "ltl-weighted-js",
    );
    const r = rule.range;
    for (const topology of ["torus", "plane"] as const) {
      for (const [width, height] of [
        [1, 1],
        [2 * r + 1, 2 * r + 2],
        [23, 17],
      ] as const) {
        expect(
          firstRangeDifference(random, rule, compiled, width, height, topology, 5),
          `seed ${seed} (TEST_SEED=${seed}), ${name}, ${topology} ${width}x${height}`,
        ).toBe("none");
      }
    }
  });
});

it("learns negative sums of weights, where no cell is born or survives", () => {
  const rule = parseRule("R1,C0,S0-2,B1-3,NW8F1111111").rule;
  const compiled = compileRangeRuleOf(rule);
  if (isRefusal(compiled)) throw new Error(compiled.refused);
  expect(compiled.lowest).toBe(-7);
  // An empty cell with only its north-west neighbour (weight -7) alive stays empty.
  expect(compiled.next[0 * (compiled.next.length / compiled.states) + 0]).toBe(0);
});

it("leaves state weights and flipped weights to the interpreter, saying why", () => {
  const refusal = (text: string) => {
    const compiled = compileRangeRuleOf(parseRule(text).rule);
    return isRefusal(compiled) ? compiled.refused : "compiled";
  };
  expect(refusal("R1,C3,S1,B1,NW111101111,012")).toMatch(/weighs states/);
  expect(refusal("R1,C0,S1,B1,NW123401323L")).toMatch(/flipped/);
});

it("refuses a coroutine whose odd cells ask for more cells than its even ones", () => {
  const program: CellProgram = function* lopsided(y, x) {
    const state = yield query(y, x);
    let count = 0;
    const reach = ((y + x) & 1) === 0 ? 1 : 2;
    for (let dx = -reach; dx <= reach; dx++) {
      if (dx !== 0 && (yield query(y, x + dx)) === 1) count++;
    }
    yield transition(y, x, count === 1 || (state === 1 && count === 2) ? 1 : 0);
  };
  const compiled = compileRangeRule(program, 2);
  expect(isRefusal(compiled) && compiled.refused).toMatch(/odd ask for a different number/);
});
