import { describe, expect, it } from "vitest";
import { ALIVE, type CellState, EMPTY } from "../engine/protocol.ts";
import { createGameLogic } from "./createGameLogic.ts";
import { formatRule } from "./formatRule.ts";
import { lifeLike } from "./Rule.ts";

const STATES: readonly CellState[] = [EMPTY, ALIVE];
const COUNTS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;

describe("createGameLogic", () => {
  it("plays Conway's Life B3/S23 on all 18 (state, neighbours) pairs", () => {
    const life = createGameLogic(lifeLike(0b1000, 0b1100));
    for (const state of STATES) {
      for (const n of COUNTS) {
        // From the definition: born with exactly 3, survives with 2 or 3.
        const expected = state === ALIVE ? n === 2 || n === 3 : n === 3;
        expect(life(state, n), `state ${state}, ${n} neighbours`).toBe(expected ? ALIVE : EMPTY);
      }
    }
  });

  it("plays Seeds B2/S: nothing survives", () => {
    const seeds = createGameLogic(lifeLike(0b100, 0));
    expect(COUNTS.map((n) => seeds(ALIVE, n))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(COUNTS.map((n) => seeds(EMPTY, n))).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0]);
  });

  it("handles the edge counts 0 and 8", () => {
    const edges = createGameLogic(lifeLike(1, 1 << 8));
    expect(edges(EMPTY, 0)).toBe(ALIVE);
    expect(edges(EMPTY, 8)).toBe(EMPTY);
    expect(edges(ALIVE, 8)).toBe(ALIVE);
    expect(edges(ALIVE, 0)).toBe(EMPTY);
  });

  it("agrees with the rulestring for every one of the 2^18 rules", { timeout: 30_000 }, () => {
    for (let birth = 0; birth < 512; birth++) {
      for (let survival = 0; survival < 512; survival++) {
        const text = formatRule(lifeLike(birth, survival));
        const [born = "", survives = ""] = text.slice(1).split("/S");
        const logic = createGameLogic(lifeLike(birth, survival));
        for (const n of COUNTS) {
          const digit = String(n);
          if (
            logic(EMPTY, n) !== (born.includes(digit) ? ALIVE : EMPTY) ||
            logic(ALIVE, n) !== (survives.includes(digit) ? ALIVE : EMPTY)
          ) {
            expect.fail(`${text} is wrong with ${n} neighbours`);
          }
        }
      }
    }
  });
});
