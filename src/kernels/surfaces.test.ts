import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import {
  type CellState,
  type Query,
  query,
  type Transition,
  transition,
} from "../engine/protocol.ts";
import type { Surface } from "../engine/Surface.ts";
import { cellProgramOf } from "../rules/cellProgramOf.ts";
import { parseRule } from "../rules/parseRule.ts";
import { compileRule } from "./compileRule.ts";
import { createStepper } from "./createStepper.ts";
import { findMismatch } from "./findMismatch.ts";
import type { StepperKind } from "./Stepper.ts";

const GENERATIONS = 40;
const KINDS: readonly StepperKind[] = ["bytes", "bits", "wasm"];

/**
 * Golly's surfaces beyond the plain torus and plane, on odd sizes and sizes on and past the
 * 32-bit word and the 128-bit vector (Klein shifts need an even twisted side).
 */
const CASES: readonly (readonly [Surface, number, number])[] = [
  [{ topology: "torus", shift: { edges: "horizontal", by: 5 } }, 33, 17],
  [{ topology: "torus", shift: { edges: "horizontal", by: -1 } }, 7, 5],
  [{ topology: "torus", shift: { edges: "vertical", by: 3 } }, 29, 11],
  [{ topology: "torus", shift: { edges: "vertical", by: -10 } }, 129, 13],
  [{ topology: "klein", twist: "horizontal" }, 31, 9],
  [{ topology: "klein", twist: "vertical" }, 65, 7],
  [{ topology: "klein", twist: "horizontal", shift: { edges: "horizontal", by: 1 } }, 32, 9],
  [{ topology: "klein", twist: "vertical", shift: { edges: "vertical", by: 1 } }, 21, 14],
  [{ topology: "cross" }, 37, 13],
  [{ topology: "cross" }, 128, 3],
  [{ topology: "cross" }, 1, 1],
  [{ topology: "sphere" }, 23, 23],
  [{ topology: "sphere" }, 1, 1],
  [{ topology: "sphere" }, 2, 2],
  [{ topology: "klein", twist: "vertical" }, 1, 5],
  [{ topology: "torus", shift: { edges: "vertical", by: 1 } }, 3, 2],
];

const RULES = ["B3/S23", "B36/S23", "B2/S", "B0123478/S34678", "B1/S1", "B3/S012345678"];

const seed = pickSeed();
const random = createRandom(seed);

describe("every kernel runs Golly's other surfaces as the interpreter does", () => {
  it.each(RULES)("%s", (text) => {
    const program = cellProgramOf(parseRule(text).rule);
    const compiled = compileRule(program);
    if (!compiled) throw new Error(`${text} did not compile`);
    for (const [surface, width, height] of CASES) {
      const density = random();
      const cells = Uint8Array.from({ length: width * height }, () => (random() < density ? 1 : 0));
      const steppers = KINDS.map((kind) =>
        createStepper({ width, height, ...surface, compiled, kind, cells }),
      );
      expect(steppers.map((s) => s.kind)).toEqual(KINDS);
      const where = `seed ${seed} (TEST_SEED=${seed}), ${text}, ${JSON.stringify(surface)} ${width}x${height}`;
      expect(
        JSON.stringify(findMismatch(steppers, program, GENERATIONS, surface)) ?? "none",
        where,
      ).toBe("none");
    }
  });

  it("runs a rule that is not Life-like (bytes and wasm-table) on them too", () => {
    // Each cell takes its south-east neighbour's state: the corners' joins are read too.
    const program = function* (
      y: number,
      x: number,
    ): Generator<Query | Transition, void, CellState> {
      yield transition(y, x, yield query(y + 1, x + 1));
    };
    const compiled = compileRule(program);
    if (!compiled) throw new Error("the south-east rule did not compile");
    for (const [[surface, width, height], kind] of CASES.flatMap(
      (c) =>
        [
          [c, "bytes"],
          [c, "wasm-table"],
        ] as const,
    )) {
      const cells = Uint8Array.from({ length: width * height }, () => (random() < 0.3 ? 1 : 0));
      const stepper = createStepper({ width, height, ...surface, compiled, cells, kind });
      expect(stepper.kind).toBe(kind);
      const where = `seed ${seed} (TEST_SEED=${seed}), ${JSON.stringify(surface)} ${width}x${height}`;
      expect(
        JSON.stringify(findMismatch([stepper], program, 2 * (width + height), surface)) ?? "none",
        where,
      ).toBe("none");
    }
  });

  it("refuses a surface Golly does not allow", () => {
    const compiled = compileRule(cellProgramOf(parseRule("B3/S23").rule));
    if (!compiled) throw new Error("Life did not compile");
    expect(() => createStepper({ width: 4, height: 5, topology: "sphere", compiled })).toThrow(
      /sphere is square/,
    );
  });
});
