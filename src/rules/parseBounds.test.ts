import { describe, expect, it } from "vitest";
import { parseRule } from "./parseRule.ts";
import type { GridBounds } from "./Rule.ts";
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

  it.each([
    ["B3/S23:T0,5", ":T0,5"],
    ["B3/S23:T5,0", ":T5,0"],
    ["B3/S23:P0", ":P0"],
    ["B3/S23:T0,0", ":T0,0"],
  ])("rejects the unbounded %j", (text, part) => {
    const error = catchRuleError(text);
    expect(error.message).toMatch(/^Unbounded grids are not supported/);
    expect(error.message).toContain(`"${part}"`);
    expect(error.part).toBe(part);
  });

  it.each([
    ["B3/S23:K20,30", "Klein bottle", ":K20,30"],
    ["B3/S23:K20*,30", "Klein bottle", ":K20*,30"],
    ["B3/S23:k20,30", "Klein bottle", ":k20,30"],
    ["B3/S23:C20,30", "cross-surface", ":C20,30"],
    ["B3/S23:S20", "sphere", ":S20"],
  ])("rejects %j, naming the %s", (text, topology, part) => {
    const error = catchRuleError(text);
    expect(error.message).toContain(topology);
    expect(error.message).toMatch(/not supported/);
    expect(error.message).toContain(`"${part}"`);
    expect(error.part).toBe(part);
  });

  it.each([
    ["B3/S23:T20+3,30", "+3"],
    ["B3/S23:T20,30-2", "-2"],
    ["B3/S23:P20,30+1", "+1"],
  ])("rejects the shifted grid %j", (text, part) => {
    const error = catchRuleError(text);
    expect(error.message).toMatch(/^Shifted grids/);
    expect(error.message).toContain(`"${part}"`);
    expect(error.part).toBe(part);
  });

  it("rejects a twist outside a Klein bottle", () => {
    const error = catchRuleError("B3/S23:T20*,30");
    expect(error.message).toMatch(/^Twisted grids/);
    expect(error.part).toBe("*");
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
    expect(error.message).toMatch(/^Unknown grid topology "Q"/);
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
