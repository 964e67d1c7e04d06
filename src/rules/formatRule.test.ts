import { describe, expect, it } from "vitest";
import { formatRule } from "./formatRule.ts";
import type { Rule } from "./Rule.ts";
import { lifeLike } from "./Rule.ts";

function maskOf(...counts: number[]): number {
  return counts.reduce((mask, n) => mask | (1 << n), 0);
}

describe("formatRule", () => {
  it.each<[Rule, string]>([
    [lifeLike(maskOf(3), maskOf(2, 3)), "B3/S23"],
    [lifeLike(maskOf(6, 3), maskOf(3, 2)), "B36/S23"],
    [lifeLike(maskOf(2), 0), "B2/S"],
    [lifeLike(0, maskOf(0, 1, 2, 3, 4, 5, 6, 7, 8)), "B/S012345678"],
    [lifeLike(0, 0), "B/S"],
    [lifeLike(maskOf(8, 7, 6, 3), maskOf(8, 7, 6, 4, 3)), "B3678/S34678"],
    [lifeLike(maskOf(0), maskOf(8)), "B0/S8"],
  ])("writes %j as %j", (rule, text) => {
    expect(formatRule(rule)).toBe(text);
  });

  it("writes birth and survival each in their own place", () => {
    expect(formatRule(lifeLike(maskOf(1), maskOf(8)))).toBe("B1/S8");
    expect(formatRule(lifeLike(maskOf(8), maskOf(1)))).toBe("B8/S1");
  });

  it("appends a torus suffix", () => {
    const rule = lifeLike(maskOf(3), maskOf(2, 3));
    expect(formatRule(rule, { topology: "torus", width: 64, height: 48 })).toBe("B3/S23:T64,48");
  });

  it("appends a plane suffix, with both sizes even when square", () => {
    const rule = lifeLike(maskOf(2), 0);
    expect(formatRule(rule, { topology: "plane", width: 20, height: 20 })).toBe("B2/S:P20,20");
  });

  it("writes no suffix when bounds are undefined", () => {
    expect(formatRule(lifeLike(maskOf(3), maskOf(2, 3)), undefined)).toBe("B3/S23");
  });

  it.each<[Rule, string]>([
    [{ ...lifeLike(maskOf(2), maskOf(3, 4)), neighbourhood: "hexagonal" }, "B2/S34H"],
    [{ ...lifeLike(maskOf(2), maskOf(0, 1, 3)), neighbourhood: "vonNeumann" }, "B2/S013V"],
    [{ family: "generations", states: 3, base: lifeLike(maskOf(2), 0) }, "/2/3"],
    [{ family: "generations", states: 4, base: lifeLike(maskOf(2), maskOf(3, 4, 5)) }, "345/2/4"],
    [
      {
        family: "generations",
        states: 5,
        base: { ...lifeLike(maskOf(2), maskOf(3)), neighbourhood: "hexagonal" },
      },
      "3/2/5H",
    ],
    [
      { family: "history", variant: "History", base: lifeLike(maskOf(3), maskOf(2, 3)) },
      "LifeHistory",
    ],
    [
      { family: "history", variant: "Super", base: lifeLike(maskOf(3, 6), maskOf(2, 3)) },
      "B36/S23Super",
    ],
    [
      {
        family: "ltl",
        range: 5,
        states: 2,
        middle: true,
        shape: "moore",
        birth: [[34, 45]],
        survival: [[34, 58]],
      },
      "R5,C0,M1,S34..58,B34..45,NM",
    ],
    [
      {
        family: "ltl",
        range: 3,
        states: 7,
        middle: false,
        shape: "circular",
        birth: [[3, 3]],
        survival: [[2, 4]],
        notation: "hrot",
      },
      "R3,C7,S2-4,B3,NC",
    ],
    [
      // Lists cannot be written in the LtL form: HROT, which leaves out the middle cell, so
      // survival counts drop by one.
      {
        family: "ltl",
        range: 1,
        states: 2,
        middle: true,
        shape: "vonNeumann",
        birth: [
          [1, 1],
          [3, 3],
        ],
        survival: [[2, 3]],
      },
      "R1,C0,S1-2,B1,3,NN",
    ],
  ])("writes %j as %j", (rule, text) => {
    expect(formatRule(rule)).toBe(text);
  });

  it("appends bounds to every family", () => {
    const rule: Rule = { family: "generations", states: 3, base: lifeLike(maskOf(2), 0) };
    expect(formatRule(rule, { topology: "torus", width: 8, height: 6 })).toBe("/2/3:T8,6");
  });
});
