import { describe, expect, it } from "vitest";
import type { CellProgram } from "../../engine/protocol.ts";
import { query, transition } from "../../engine/protocol.ts";
import { cellProgramOf } from "../../rules/cellProgramOf.ts";
import { CONWAY, type Rule } from "../../rules/Rule.ts";
import { compileStates } from "./compileStates.ts";
import { generationsOf } from "./generationsOf.ts";

const bits = (states: Uint8Array) => [...states].join("");

describe("compileStates learns a multi-state rule from its coroutine", () => {
  it("finds Generations' live state and its base rule", () => {
    const rule: Rule = { family: "generations", states: 5, base: CONWAY };
    const { compiled } = compileStates(cellProgramOf(rule), 5);
    expect(compiled?.form).toBe("table");
    if (compiled?.form !== "table") return;
    expect(bits(compiled.live)).toBe("01000");
    expect(compiled.markBits).toBe(0);
    const shape = generationsOf(compiled);
    expect(shape?.states).toBe(5);
    expect(shape?.base.totalistic).toEqual({ birth: CONWAY.birth, survival: CONWAY.survival });
  });

  it("finds LifeHistory's odd live states and its boundary state as a mark", () => {
    const rule: Rule = { family: "history", variant: "History", base: CONWAY };
    const { compiled } = compileStates(cellProgramOf(rule), 7);
    expect(compiled?.form).toBe("table");
    if (compiled?.form !== "table") return;
    expect(bits(compiled.live)).toBe("0101010");
    expect(bits(compiled.mark)).toBe("0000001");
    expect(compiled.cells).toBe(0b111_101_111);
    expect(compiled.form === "table" && generationsOf(compiled)).toBeFalsy();
  });

  it("remembers LifeSuper's blocks, whose colours make every state matter", () => {
    const rule: Rule = { family: "history", variant: "Super", base: CONWAY };
    expect(compileStates(cellProgramOf(rule), 26).compiled?.form).toBe("memo");
  });

  it("sees which neighbours a hexagonal rule asks for", () => {
    const rule: Rule = {
      family: "generations",
      states: 3,
      base: { ...CONWAY, neighbourhood: "hexagonal" },
    };
    const { compiled } = compileStates(cellProgramOf(rule), 3);
    expect(compiled?.form === "table" && compiled.cells).toBe(0b110_101_011);
  });

  it("refuses, with the reason, a coroutine that looks beyond its block", () => {
    const rule: Rule = {
      family: "ltl",
      range: 2,
      states: 3,
      middle: false,
      shape: "moore",
      birth: [[3, 3]],
      survival: [[2, 3]],
    };
    expect(compileStates(cellProgramOf(rule), 3).reason).toMatch(/outside its 3x3 block/);
  });

  it("refuses a coroutine with hidden state, one that names a state it lacks, and one that never transitions", () => {
    let calls = 0;
    const counting: CellProgram = function* (y, x) {
      yield query(y, x);
      yield transition(y, x, calls++ % 2);
    };
    expect(compileStates(counting, 3).reason).toMatch(/hidden state/);
    const overflowing: CellProgram = function* (y, x) {
      const state = yield query(y, x);
      yield transition(y, x, state + 1);
    };
    expect(compileStates(overflowing, 3).reason).toMatch(/announces state 3, outside 0..2/);
    const silent: CellProgram = function* (y, x) {
      yield query(y, x);
    };
    expect(compileStates(silent, 3).reason).toMatch(/finishes without a transition/);
  });
});
