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

  it("appends Golly's other suffixes (formatBounds)", () => {
    const rule = lifeLike(maskOf(3), maskOf(2, 3));
    const shift = { edges: "horizontal", by: 1 } as const;
    expect(
      formatRule(rule, { topology: "klein", width: 40, height: 20, twist: "horizontal", shift }),
    ).toBe("B3/S23:K40*+1,20");
    expect(formatRule(rule, { topology: "sphere", width: 9, height: 9 })).toBe("B3/S23:S9");
  });

  it("writes no suffix when bounds are undefined", () => {
    expect(formatRule(lifeLike(maskOf(3), maskOf(2, 3)), undefined)).toBe("B3/S23");
  });
});
