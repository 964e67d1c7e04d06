import { describe, expect, it } from "vitest";
import { parseRule } from "./parseRule.ts";
import { RuleError } from "./RuleError.ts";

function catchRuleError(text: string): RuleError {
  try {
    parseRule(text);
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error(`expected a RuleError for ${JSON.stringify(text)}`);
}

describe("parseRule names the rule families it cannot run", () => {
  it.each([
    ["23/3/3", /^Generations rules/],
    ["B3/S23/3", /^Generations rules/],
    ["B3/S23/C3", /^Generations rules/],
    ["R5,C0,M1,S34..58,B34..45,NM", /^Larger than Life rules \(range 5\)/],
    ["R2,C0,S2-3,B3,N+", /^Larger than Life rules \(range 2\)/],
    ["r1,c0,m0,s2..3,b3..3,nm", /^Larger than Life rules \(range 1\)/],
    ["B2-a/S12", /^Non-totalistic rules/],
    ["B2/S34H", /^Hexagonal/],
    ["B2/S3V", /^Von Neumann/],
    ["LifeHistory", /^History rules \(7 states\)/],
    ["B36/S23History", /^History rules \(7 states\)/],
    ["LifeSuper", /^Super rules \(26 states\)/],
    ["StateInvestigator", /^Investigator rules \(21 states\)/],
  ])("%j", (text, family) => {
    const error = catchRuleError(text);
    expect(error.message).toMatch(family);
    expect(error.message).toMatch(/not supported/);
  });

  it.each(["Codd", "WireWorld", "Langtons-Loops", "JvN29", "Byl-Loop", "Nobili32"])(
    "says %j may be a RuleLoader rule, which is not supported",
    (text) => {
      const error = catchRuleError(text);
      expect(error.message).toMatch(/^Unknown rule/);
      expect(error.message).toContain(`"${text}"`);
      expect(error.message).toMatch(/RuleLoader rules .* are not supported/);
      expect(error.part).toBe(text);
    },
  );

  it("does not echo a rule of 120,000 characters whole", () => {
    const text = `B3/S23${"x".repeat(120_000)}`;
    const error = catchRuleError(text);
    expect(error.message).toMatch(/^Rule "B3\/S23x+…" is too long: 120006 characters/);
    expect(error.message.length).toBeLessThan(160);
    expect(error.part.length).toBeLessThan(100);
  });
});
