import { describe, expect, it } from "vitest";
import { checkBoundsForRule } from "./checkBoundsForRule.ts";
import { CONWAY, type LargerThanLifeRule } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

const LTL: LargerThanLifeRule = {
  family: "ltl",
  range: 5,
  states: 2,
  middle: true,
  shape: "moore",
  birth: [[34, 45]],
  survival: [[34, 58]],
};

describe("checkBoundsForRule", () => {
  it("lets Larger than Life run on a torus or a plane", () => {
    expect(() =>
      checkBoundsForRule(LTL, { topology: "torus", width: 40, height: 20 }, "x"),
    ).not.toThrow();
    expect(() =>
      checkBoundsForRule(LTL, { topology: "plane", width: 40, height: 20 }, "x"),
    ).not.toThrow();
  });

  it("refuses Larger than Life on Golly's other surfaces, as Golly does", () => {
    const shifted = {
      topology: "torus",
      width: 40,
      height: 20,
      shift: { edges: "vertical", by: 3 },
    } as const;
    for (const bounds of [
      { topology: "klein", width: 40, height: 20, twist: "vertical" },
      { topology: "sphere", width: 20, height: 20 },
      shifted,
    ] as const) {
      let error: unknown;
      try {
        checkBoundsForRule(LTL, bounds, "R5,C0,M1,S34..58,B34..45,NM:…");
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(RuleError);
      expect((error as RuleError).message).toMatch(/torus or a plane only/);
    }
  });

  it("lets the other families run anywhere", () => {
    expect(() =>
      checkBoundsForRule(CONWAY, { topology: "cross", width: 40, height: 20 }, "B3/S23:C40,20"),
    ).not.toThrow();
  });
});
