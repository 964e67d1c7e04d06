import { describe, expect, it } from "vitest";
import { describeRule, ruleFamilyName } from "./describeRule.ts";
import { parseRule } from "./parseRule.ts";

describe("ruleFamilyName and describeRule", () => {
  it.each([
    ["B3/S23", "Life-like", "8 neighbours"],
    ["B3/S2-i34q", "Isotropic non-totalistic", "letters name their shape"],
    ["B2/S34H", "Hexagonal", "6 neighbours (H)"],
    ["B13/S13V", "Von Neumann", "4 neighbours (V)"],
    [
      "MAPARYXfhZofugWaH7oaIDogBZofuhogOiAaIDogIAAgAAWaH7oaIDogGiA6ICAAIAAaIDogIAAgACAAIAAAAAAAA",
      "MAP (any 3×3 table)",
      "base64",
    ],
    ["/2/3", "Generations", "3 states"],
    ["R5,C0,M1,S34..58,B34..45,NM", "Larger than Life", "range 5 (Moore square, NM)"],
    ["R2,C0,S4-7,9-12,B4,11-12,NB", "Larger than Life", "range 2 (checkerboard, NB)"],
    ["R10,C0,S230-392,B200-398,NL", "Larger than Life", "(triangular grid, NL)"],
    ["R2,C0,S1,B1,N@891891L", "Larger than Life", "on the triangular grid"],
    ["R1,C0,S1,B1,NW123401323", "Larger than Life", "S and B sums"],
    ["LifeHistory", "History", "7 states"],
    ["LifeSuper", "Super", "26 states"],
  ])("%s is %s", (text, family, part) => {
    const { rule } = parseRule(text);
    expect(ruleFamilyName(rule)).toBe(family);
    expect(describeRule(rule)).toContain(part);
  });
});
