import { describe, expect, it } from "vitest";
import { formatRule } from "./formatRule.ts";
import { parseRule } from "./parseRule.ts";
import type { LargerThanLifeRule } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";
import { neighbourhoodSize, rangeCellsOf } from "./rangeCellsOf.ts";

function ltl(text: string): LargerThanLifeRule {
  const { rule } = parseRule(text);
  if (rule.family !== "ltl") throw new Error(`${text} is not Larger than Life`);
  return rule;
}

/** The (dy, dx) pairs of a list of offsets, and their weights, as "dy,dx:w" strings. */
function listed(offsets: Int32Array, weights: Int32Array): string[] {
  const cells: string[] = [];
  for (let i = 0; i < offsets.length; i += 2) {
    cells.push(`${offsets[i]},${offsets[i + 1]}:${weights[i >> 1]}`);
  }
  return cells;
}

describe("Golly's Larger than Life neighbourhoods", () => {
  // Golly's max_neighbors (ltlalgo.cpp) at r = 3, written out from its formulas.
  it.each([
    ["NM", 48],
    ["NN", 24],
    ["NC", 36],
    ["N2", 28],
    ["NB", 24],
    ["ND", 24],
    ["N+", 12],
    ["NX", 12],
    ["N*", 24],
    ["N#", 24],
    ["NH", 36],
    ["NA", 18],
    ["N3", 9],
    ["NL", 7 * 13 - 2 * 3 * 3 - 1],
    ["NG", 4 ** 4],
  ])("%s at range 3 has Golly's neighbourhood size %i", (letter, size) => {
    const rule = ltl(`R3,C0,S1,B1,${letter}`);
    expect(neighbourhoodSize(rule)).toBe(size);
    // The largest count allowed is the size (plus one for the middle cell), as in Golly.
    expect(() => parseRule(`R3,C0,S1,B${size},${letter}`)).not.toThrow();
    expect(() => parseRule(`R3,C0,S1,B${size + 1},${letter}`)).toThrow(RuleError);
    expect(() => parseRule(`R3,C0,M1,S${size + 1}..${size + 1},B1..1,${letter}`)).not.toThrow();
  });

  it("reads the custom neighbourhood of Golly's Help (N@891891) cell for cell", () => {
    const cells = rangeCellsOf(ltl("R2,C0,S1,B1,N@891891"));
    // 10001 / 00100 / 01c10 / 00100 / 10001
    expect(listed(cells.even, cells.evenWeights)).toEqual([
      "-2,-2:1",
      "-2,2:1",
      "-1,0:1",
      "0,-1:1",
      "0,1:1",
      "1,0:1",
      "2,-2:1",
      "2,2:1",
    ]);
    expect(cells.odd).toBe(cells.even);
  });

  it("reads the weights of Golly's Help, one and two digits a weight", () => {
    const one = rangeCellsOf(ltl("R1,C0,S1,B1,NW123401323"));
    expect(listed(one.even, one.evenWeights)).toEqual([
      "-1,-1:1",
      "-1,0:2",
      "-1,1:3",
      "0,-1:4",
      "0,1:1",
      "1,-1:3",
      "1,0:2",
      "1,1:3",
    ]);
    const two = rangeCellsOf(ltl("R1,C0,S1,B1,NW0810080a850a081008"));
    expect(Array.from(two.evenWeights)).toEqual([8, 16, 8, 10, -5, 10, 8, 16, 8]);
    expect(neighbourhoodSize(ltl("R1,C0,S1,B1,NW0810080a850a081008"))).toBe(84);
    // 8 to F are 0 to -7: "8" is a weight of 0, so the cell is not asked.
    const negative = rangeCellsOf(ltl("R1,C0,S1,B1,NW8F1111111"));
    expect(Array.from(negative.evenWeights)).toEqual([-7, 1, 1, 1, 1, 1, 1, 1]);
  });

  it("weighs states after a comma, one hex digit a state, and bounds counts by the largest", () => {
    const rule = ltl("R1,C4,S1,B1,NW111101111,012A");
    expect(Array.from(rangeCellsOf(rule).stateWeights.subarray(0, 5))).toEqual([0, 1, 2, 10, 0]);
    expect(neighbourhoodSize(rule)).toBe(80);
    expect(formatRule(rule)).toBe("R1,C4,S1,B1,NW111101111,012A");
  });

  it("counts the Gaussian centre with its weight, and the middle cell once more", () => {
    const cells = rangeCellsOf(ltl("R1,C0,M1,S1..1,B1..1,NG"));
    expect(listed(cells.even, cells.evenWeights)).toEqual([
      "-1,-1:1",
      "-1,0:2",
      "-1,1:1",
      "0,-1:2",
      "0,0:5",
      "0,1:2",
      "1,-1:1",
      "1,0:2",
      "1,1:1",
    ]);
  });

  it("flips the triangular neighbourhood vertically on cells where y + x is odd", () => {
    const cells = rangeCellsOf(ltl("R1,C0,S1,B1,NL"));
    const even = listed(cells.even, cells.evenWeights);
    const odd = listed(cells.odd, cells.oddWeights);
    expect(even).toHaveLength(12);
    expect(even).toContain("-1,-2:1");
    expect(even).not.toContain("1,-2:1");
    expect(odd).toContain("1,2:1");
    expect(odd).not.toContain("-1,2:1");
    expect(cells.range).toBe(2);
    // A custom neighbourhood with L flips too, one with H does not.
    const custom = rangeCellsOf(ltl("R1,C0,S1,B1,N@C0L"));
    expect(listed(custom.even, custom.evenWeights)).toEqual(["-1,-1:1", "-1,0:1"]);
    expect(listed(custom.odd, custom.oddWeights)).toEqual(["1,-1:1", "1,0:1"]);
    const hex = rangeCellsOf(ltl("R1,C0,S1,B1,N@C0H"));
    expect(hex.odd).toBe(hex.even);
  });

  it.each([
    // Golly's Help and the Larger-than-Life patterns (C2 printed as C0, as Golly does).
    "R3,C0,M0,S24..31,B24..28,NG",
    "R3,C0,S0,7-12,27,B8,12,20-27,N2",
    "R2,C0,S4-7,9-12,B4,11-12,NB",
    "R3,C0,S2,B3,N+",
    "R10,C0,S114-196,B99-200,NH",
    "R1,C0,S1,B1,10-12,NL",
    "R10,C0,S230-392,B200-398,NL",
    "R2,C0,S1,B1,N@891891",
    "R1,C0,M1,S1..2,B1..1,NW0810080A850A081008",
    "R1,C3,S1,B2,NW111101111,012H",
    "R1,C0,M0,S1..2,B1..1,N@C0L",
  ])("prints %s back as Golly does", (text) => {
    expect(formatRule(parseRule(text).rule)).toBe(text);
  });

  it("prints as Golly does: upper case, HROT lists merged, C2 as C0", () => {
    expect(formatRule(parseRule("r2,c2,s1,b1,n@891891l").rule)).toBe("R2,C0,S1,B1,N@891891L");
    expect(formatRule(parseRule("R1,C2,S1,B1,10,11,12,NL").rule)).toBe("R1,C0,S1,B1,10-12,NL");
    expect(formatRule(parseRule("R1,C0,S1,B1,nw0810080a850a081008").rule)).toBe(
      "R1,C0,S1,B1,NW0810080A850A081008",
    );
  });

  it.each([
    ["R251,C0,S1,B1,NL", "R251", /1 to 250 with NL/],
    ["R51,C0,S1,B1,NG", "R51", /1 to 50 with NG/],
    ["R1,C0,S1,B1,NQ", "NQ", /neighbourhood "NQ"/],
    ["R2,C0,S1,B1,N@89189", "N@89189", /takes 6 hex digits, not 5/],
    ["R2,C0,S1,B1,N@89189G", "N@89189G", /"G" is not a hex digit/],
    ["R1,C0,S1,B1,NW11110111", "NW11110111", /takes 9 or 18 hex digits, not 8/],
    ["R1,C3,S1,B1,NW111101111,01", "NW111101111,01", /takes 3 state weights, not 2/],
    ["R1,C0,S1,B13,NL", "B13", /0 to 12/],
    ["R1,C0,S1,B1,N@C0X", "X", /the end/],
    ["R1,C0,M0,S1..1,B1..1,NMX", "X", /the end/],
  ])("refuses %s, naming %s", (text, part, message) => {
    let error: unknown;
    try {
      parseRule(text);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).part).toBe(part);
    expect((error as RuleError).message).toMatch(message);
  });
});
