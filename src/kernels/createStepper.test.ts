import { describe, expect, it } from "vitest";
import {
  type CellState,
  type Query,
  query,
  type Transition,
  transition,
} from "../engine/protocol.ts";
import { lifeLike } from "../rules/Rule.ts";
import { compileRuleOf } from "../universe/compileRuleOf.ts";
import { compileRule } from "./compileRule.ts";
import { createStepper } from "./createStepper.ts";
import type { StepperKind } from "./Stepper.ts";

const life = compileRuleOf(lifeLike(0b1000, 0b1100));
if (!life) throw new Error("Life did not compile");

/** Not Life-like: each cell takes the state of its east neighbour, so patterns move west. */
const westward = compileRule(function* (y, x): Generator<Query | Transition, void, CellState> {
  yield transition(y, x, yield query(y, x + 1));
});
if (!westward) throw new Error("the westward rule did not compile");

const KINDS: readonly StepperKind[] = ["bytes", "bits", "wasm"];
/** An 8x8 grid with a glider heading south-east in its top-left corner. */
const glider = Uint8Array.from({ length: 64 }, (_, i) => ([1, 10, 16, 17, 18].includes(i) ? 1 : 0));

describe("createStepper", () => {
  it("runs a Life-like rule on the kernel asked for, and on its circuit (wasm-table) when left to choose", () => {
    for (const kind of KINDS) {
      expect(
        createStepper({ width: 8, height: 8, topology: "torus", compiled: life, kind }).kind,
      ).toBe(kind);
    }
    expect(createStepper({ width: 8, height: 8, topology: "torus", compiled: life }).kind).toBe(
      "wasm-table",
    );
  });

  it("runs a rule that is not Life-like on its table's circuit, or bytes when asked for bits or bytes", () => {
    const expected = { bytes: "bytes", bits: "bytes", wasm: "wasm-table", auto: "wasm-table" };
    for (const kind of [...KINDS, "auto"] as const) {
      const stepper = createStepper({
        width: 5,
        height: 2,
        topology: "torus",
        compiled: westward,
        kind,
        cells: Uint8Array.from([0, 0, 1, 0, 0, 1, 0, 0, 0, 0]),
      });
      expect(stepper.kind).toBe(expected[kind as keyof typeof expected]);
      stepper.step();
      expect([...stepper.getCells()]).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
    }
  });

  it("lets cells fall off a plane's edge", () => {
    const stepper = createStepper({
      width: 3,
      height: 1,
      topology: "plane",
      compiled: westward,
      cells: Uint8Array.from([1, 0, 1]),
    });
    stepper.step();
    expect([...stepper.getCells()]).toEqual([0, 1, 0]);
    expect(stepper.population()).toBe(1);
  });

  it("moves a glider once round a torus in 4 x width generations, on every kernel", () => {
    for (const kind of KINDS) {
      const stepper = createStepper({
        width: 8,
        height: 8,
        topology: "torus",
        compiled: life,
        kind,
        cells: glider,
      });
      stepper.step(31);
      expect([...stepper.getCells()], kind).not.toEqual([...glider]);
      stepper.step();
      expect([...stepper.getCells()], kind).toEqual([...glider]);
      expect(stepper.population(), kind).toBe(5);
    }
  });

  it("reads any non-zero byte as alive and hands out copies", () => {
    for (const kind of KINDS) {
      const cells = Uint8Array.from([0, 7, 255, 0]);
      const stepper = createStepper({
        width: 2,
        height: 2,
        topology: "plane",
        compiled: life,
        kind,
        cells,
      });
      const out = stepper.getCells();
      expect([...out], kind).toEqual([0, 1, 1, 0]);
      out.fill(1);
      expect(stepper.population(), kind).toBe(2);
      stepper.step(0);
      expect(stepper.population(), kind).toBe(2);
    }
  });

  it("refuses a bad size or a wrong number of cells", () => {
    expect(() => createStepper({ width: 0, height: 4, topology: "torus", compiled: life })).toThrow(
      RangeError,
    );
    expect(() =>
      createStepper({
        width: 4,
        height: 4,
        topology: "torus",
        compiled: life,
        cells: new Uint8Array(15),
      }),
    ).toThrow(RangeError);
    const stepper = createStepper({ width: 4, height: 4, topology: "torus", compiled: life });
    expect(() => stepper.setCells(new Uint8Array(17))).toThrow(/needs 16 cells, got 17/);
  });
});
