import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import type { Topology } from "../engine/Grid.ts";
import { cellProgramOf } from "../rules/cellProgramOf.ts";
import { formatRule } from "../rules/formatRule.ts";
import { parseRule } from "../rules/parseRule.ts";
import { lifeLike } from "../rules/Rule.ts";
import { compileRule } from "./compileRule.ts";
import { createStepper } from "./createStepper.ts";
import { findMismatch } from "./findMismatch.ts";
import type { StepperKind } from "./Stepper.ts";

const GENERATIONS = 50;
const KINDS: readonly StepperKind[] = ["bytes", "bits", "wasm"];
const TOPOLOGIES: readonly Topology[] = ["torus", "plane"];

/** Named rules, B0 rules among them, then random ones drawn from the seed. */
const NAMED_RULES = [
  "B3/S23",
  "HighLife",
  "Replicator",
  "Maze",
  "Seeds",
  "Day & Night",
  "Life without Death",
  "B0/S8",
  "B01/S",
  "B0123478/S34678",
  "B0/S012345678",
  "B012345678/S",
  "B/S",
  "B1/S1",
  "B34/S34",
  "B35678/S5678",
  "B368/S245",
  "B4678/S35678",
];

/**
 * Sizes as width x height: a single cell, one row and one column, thin strips both ways, and
 * widths on and just past the 32-bit word and the 128-bit vector, so every seam case is hit.
 */
const SIZES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 7],
  [7, 1],
  [3, 97],
  [97, 3],
  [33, 65],
  [32, 4],
  [128, 3],
  [129, 3],
];

const seed = pickSeed();
const random = createRandom(seed);
const rules = [
  ...NAMED_RULES.map((text) => {
    const { rule } = parseRule(text);
    if (rule.family !== "life" || rule.notation !== "counts") throw new Error(`${text}: not B/S`);
    return rule;
  }),
  ...Array.from({ length: 6 }, () =>
    lifeLike(Math.floor(random() * 512), Math.floor(random() * 512)),
  ),
];

describe("every kernel equals the coroutine interpreter at every generation", () => {
  it.each(rules.map((rule) => [formatRule(rule), rule] as const))("%s", (name, rule) => {
    const program = cellProgramOf(rule);
    const compiled = compileRule(program);
    expect(compiled?.totalistic, `${name}: compiled masks`).toEqual({
      birth: rule.birth,
      survival: rule.survival,
    });
    if (!compiled) return;
    for (const topology of TOPOLOGIES) {
      for (const [width, height] of SIZES) {
        const density = random();
        const cells = Uint8Array.from({ length: width * height }, () =>
          random() < density ? 1 : 0,
        );
        const steppers = KINDS.map((kind) =>
          createStepper({ width, height, topology, compiled, kind, cells }),
        );
        expect(steppers.map((s) => s.kind)).toEqual(KINDS);
        const where = `seed ${seed} (TEST_SEED=${seed}), ${name}, ${topology} ${width}x${height}`;
        expect(JSON.stringify(findMismatch(steppers, program, GENERATIONS)) ?? "none", where).toBe(
          "none",
        );
        const population = steppers[0]?.population();
        for (const stepper of steppers) {
          expect(stepper.population(), `${where}, ${stepper.kind} population`).toBe(population);
        }
      }
    }
  });
});

it("runs a B0 rule on a 320x200 plane like the interpreter for 50 generations", () => {
  // Every empty region flips each generation while the outside stays empty: padding past the
  // last column and rows past the edges must stay 0 through it all.
  const [width, height, topology] = [320, 200, "plane"] as const;
  const program = cellProgramOf(parseRule("B0123478/S34678").rule);
  const compiled = compileRule(program);
  if (!compiled) throw new Error("B0123478/S34678 did not compile");
  const cells = Uint8Array.from({ length: width * height }, () => (random() < 0.4 ? 1 : 0));
  const steppers = KINDS.map((kind) =>
    createStepper({ width, height, topology, compiled, kind, cells }),
  );
  expect(
    JSON.stringify(findMismatch(steppers, program, GENERATIONS)) ?? "none",
    `seed ${seed} (TEST_SEED=${seed}), B0123478/S34678, plane 320x200`,
  ).toBe("none");
});
