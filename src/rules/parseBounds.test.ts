import { describe, expect, it } from "vitest";
import { formatRule } from "./formatRule.ts";
import { parseRule } from "./parseRule.ts";
import type { GridBounds, Tube } from "./Rule.ts";
import { CONWAY } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

function catchRuleError(text: string): RuleError {
  try {
    parseRule(text);
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe("parseRule: Golly's bounded-grid suffix", () => {
  it.each<[string, GridBounds]>([
    ["B3/S23:T64,48", { topology: "torus", width: 64, height: 48 }],
    ["B3/S23:t64,48", { topology: "torus", width: 64, height: 48 }],
    ["B3/S23:P64,48", { topology: "plane", width: 64, height: 48 }],
    ["B3/S23:p64,48", { topology: "plane", width: 64, height: 48 }],
    ["B3/S23:T20", { topology: "torus", width: 20, height: 20 }],
    ["B3/S23:P7", { topology: "plane", width: 7, height: 7 }],
    ["B3/S23:T1,1", { topology: "torus", width: 1, height: 1 }],
    ["B3/S23 : T64, 48 ", { topology: "torus", width: 64, height: 48 }],
    ["23/3:T064,048", { topology: "torus", width: 64, height: 48 }],
    ["B3/S23:T16384,16384", { topology: "torus", width: 16384, height: 16384 }],
    ["B3/S23:P16384,1", { topology: "plane", width: 16384, height: 1 }],
  ])("reads %j", (text, bounds) => {
    expect(parseRule(text)).toEqual({
      rule: CONWAY,
      bounds,
    });
  });

  it.each<[string, Tube, string]>([
    ["B3/S23:T0,5", { topology: "torus", axis: "x", size: 5 }, "B3/S23:T0,5"],
    ["B3/S23:t5,0", { topology: "torus", axis: "y", size: 5 }, "B3/S23:T5,0"],
    ["B3/S23:P0,7", { topology: "plane", axis: "x", size: 7 }, "B3/S23:P0,7"],
    ["B3/S23:P20,0", { topology: "plane", axis: "y", size: 20 }, "B3/S23:P20,0"],
    ["B3/S23:T0,16384", { topology: "torus", axis: "x", size: 16384 }, "B3/S23:T0,16384"],
    ["B3/S23:T000,128", { topology: "torus", axis: "x", size: 128 }, "B3/S23:T0,128"],
  ])("reads the tube or strip %j and writes it back", (text, bounds, canonical) => {
    const parsed = parseRule(text);
    expect(parsed).toEqual({ rule: CONWAY, bounds });
    expect(formatRule(parsed.rule, parsed.bounds)).toBe(canonical);
    expect(parseRule(canonical)).toEqual(parsed);
  });

  it.each([
    ["B3/S23:T0,0", ":T0,0"],
    ["B3/S23:P0", ":P0"],
    ["B3/S23:T0", ":T0"],
  ])("rejects %j, the infinite plane written as a grid", (text, part) => {
    const error = catchRuleError(text);
    expect(error.message).toMatch(/has no finite side: that is the infinite plane/);
    expect(error.message).toContain(`"${part}"`);
    expect(error.part).toBe(part);
  });

  it.each([
    ["B3/S23:T0,16385", ":T0,16385"],
    ["B3/S23:P16385,0", ":P16385,0"],
  ])("rejects the tube %j, over 16384 cells across", (text, part) => {
    const error = catchRuleError(text);
    expect(error.message).toMatch(/too large: more than 16384 cells a side/);
    expect(error.part).toBe(part);
  });

  it.each([
    ["B03/S23:T0,20", ":T0,20"],
    ["B0/S8:P30,0", ":P30,0"],
    ["R1,C0,M0,S1..2,B0..1,NM:T0,9", ":T0,9"],
  ])(
    "rejects the B0 rule %j on a tube or strip, whose infinite side it would fill",
    (text, part) => {
      const error = catchRuleError(text);
      expect(error.message).toMatch(/^Rules with B0 .* cannot run on a tube or strip/);
      expect(error.part).toBe(part);
    },
  );

  it("reads a Larger than Life tube (Golly's ltlalgo would make its 0 side 2 x range)", () => {
    const parsed = parseRule("R2,C0,M1,S2..3,B3..3,NM:T0,20");
    expect(parsed.bounds).toEqual({ topology: "torus", axis: "x", size: 20 });
  });

  it.each<[string, GridBounds]>([
    [
      ":T30+5,20",
      { topology: "torus", width: 30, height: 20, shift: { edges: "horizontal", by: 5 } },
    ],
    [
      ":T30-5,20",
      { topology: "torus", width: 30, height: 20, shift: { edges: "horizontal", by: -5 } },
    ],
    [
      ":T30,20+5",
      { topology: "torus", width: 30, height: 20, shift: { edges: "vertical", by: 5 } },
    ],
    [
      ":t30,20-2",
      { topology: "torus", width: 30, height: 20, shift: { edges: "vertical", by: -2 } },
    ],
    [
      ":T30+35,20",
      { topology: "torus", width: 30, height: 20, shift: { edges: "horizontal", by: 5 } },
    ],
    [
      ":T30-65,20",
      { topology: "torus", width: 30, height: 20, shift: { edges: "horizontal", by: -5 } },
    ],
    [":T30+30,20", { topology: "torus", width: 30, height: 20 }],
    [":T30+,20", { topology: "torus", width: 30, height: 20 }],
    [
      ":T30+0,20+5",
      { topology: "torus", width: 30, height: 20, shift: { edges: "vertical", by: 5 } },
    ],
    [
      ":T30+99999999999999999999,20",
      { topology: "torus", width: 30, height: 20, shift: { edges: "horizontal", by: 9 } },
    ],
    [":K40*,20", { topology: "klein", width: 40, height: 20, twist: "horizontal" }],
    [":K40,20*", { topology: "klein", width: 40, height: 20, twist: "vertical" }],
    [":k40,20", { topology: "klein", width: 40, height: 20, twist: "vertical" }],
    [
      ":K40*+1,20",
      {
        topology: "klein",
        width: 40,
        height: 20,
        twist: "horizontal",
        shift: { edges: "horizontal", by: 1 },
      },
    ],
    [
      ":K40*+3,20",
      {
        topology: "klein",
        width: 40,
        height: 20,
        twist: "horizontal",
        shift: { edges: "horizontal", by: 1 },
      },
    ],
    [
      ":K40*-1,20",
      {
        topology: "klein",
        width: 40,
        height: 20,
        twist: "horizontal",
        shift: { edges: "horizontal", by: 1 },
      },
    ],
    [":K41*+1,20", { topology: "klein", width: 41, height: 20, twist: "horizontal" }],
    [":K40*+40,20", { topology: "klein", width: 40, height: 20, twist: "horizontal" }],
    [
      ":K30,40*+1",
      {
        topology: "klein",
        width: 30,
        height: 40,
        twist: "vertical",
        shift: { edges: "vertical", by: 1 },
      },
    ],
    [":K30,41*+1", { topology: "klein", width: 30, height: 41, twist: "vertical" }],
    [":K20", { topology: "klein", width: 20, height: 20, twist: "vertical" }],
    [":C40,20", { topology: "cross", width: 40, height: 20 }],
    [":c7", { topology: "cross", width: 7, height: 7 }],
    [":S40", { topology: "sphere", width: 40, height: 40 }],
    [":s1", { topology: "sphere", width: 1, height: 1 }],
  ])("reads Golly's %j", (suffix, bounds) => {
    expect(parseRule(`B3/S23${suffix}`)).toEqual({ rule: CONWAY, bounds });
  });

  it.each([
    // Golly's refusals (lifealgo.cpp setgridsize), each for Golly's reason.
    [":T20*,30", "*", /^A torus has no twist/],
    [":P20,30*", "*", /^A plane has no twist/],
    [":C20*,30", "*", /^A cross-surface has no twist/],
    [":S20*", "*", /^A sphere has no twist/],
    [":K20*,30*", "*", /^A Klein bottle twists one pair of edges, not both/],
    [":P20+1,30", "+1", /^A plane has no shift/],
    [":P20,30-1", "-1", /^A plane has no shift/],
    [":S20+1", "+1", /^A sphere has no shift/],
    [":C20+1,30", "+1", /^A cross-surface has no shift/],
    [":C20,30+1", "+1", /^A cross-surface has no shift/],
    [":K20+1,30*", "+1", /^A Klein bottle shifts only its twisted edges/],
    [":K20*,30+1", "+1", /^A Klein bottle shifts only its twisted edges/],
    [":K20,30+1", "+1", /^A Klein bottle shifts only its twisted edges/],
    [":T20+1,30+2", "+2", /^A grid shifts one pair of edges, not both/],
    [":S20,20", ":S20,20", /^A sphere is square: give one side, as in ":S20"/],
    [":K0,20", ":K0,20", /^A Klein bottle cannot have an infinite width/],
    [":S0", ":S0", /^A sphere cannot have an infinite width/],
    [":C20,0", ":C20,0", /^A cross-surface cannot have an infinite height/],
    [":K20*,0", ":K20*,0", /^A Klein bottle cannot have an infinite height/],
    [":T0+1,20", "+1", /^An infinite width cannot be shifted/],
    [":T20,0+1", "+1", /^An infinite height cannot be shifted/],
    [":T20+1,0", ":T20+1,0", /^A grid with an infinite side cannot be shifted/],
  ])("rejects %j as Golly does", (suffix, part, message) => {
    const error = catchRuleError(`B3/S23${suffix}`);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`B3/S23${suffix}`);
    expect(error.part).toBe(part);
  });

  it.each([
    ["B3/S23:T16385,16384", ":T16385,16384"],
    ["B3/S23:P268435457,1", ":P268435457,1"],
    ["B3/S23:T99999999999999999999999", ":T99999999999999999999999"],
    ["B3/S23:T20000,100", ":T20000,100"],
    ["B3/S23:P1,16385", ":P1,16385"],
  ])("rejects %j, over 16384 cells a side", (text, part) => {
    const error = catchRuleError(text);
    expect(error.message).toMatch(/too large: more than 16384 cells a side/);
    expect(error.message).toContain(`"${part}"`);
    expect(error.part).toBe(part);
  });

  it("rejects an unknown topology letter", () => {
    const error = catchRuleError("B3/S23:Q5");
    expect(error.message).toMatch(/^Unknown grid topology "Q".*K \(Klein bottle\)/);
    expect(error.part).toBe("Q");
  });

  it.each([
    ["B3/S23:", ":", /^Missing grid after ":"/],
    ["B3/S23:T", ":T", /^Missing grid size after ":T"/],
    ["B3/S23:Tx", "x", /^Bad grid size "x"/],
    ["B3/S23:T5,", "5,", /^Bad grid size "5,"/],
    ["B3/S23:T1.5,2", "1.5,2", /^Bad grid size "1.5,2"/],
    ["B3/S23:T5,5,5", "5,5,5", /^Bad grid size "5,5,5"/],
    ["B3/S23:T5:T5", "5:T5", /^Bad grid size "5:T5"/],
  ])("rejects the malformed %j", (text, part, message) => {
    const error = catchRuleError(text);
    expect(error.message).toMatch(message);
    expect(error.part).toBe(part);
  });

  it("reports a bad rule before looking at the suffix", () => {
    const error = catchRuleError("B3x/S23:K5");
    expect(error.part).toBe("x");
  });
});
