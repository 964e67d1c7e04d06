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
    ["StateInvestigator", /^Investigator rules \(21 states\)/, "Investigator"],
    ["B3/S23Investigator", /^Investigator rules \(21 states\)/, "Investigator"],
    ["@RULE WireWorld", /^RuleLoader rules \("@RULE" sections/, "@RULE"],
    ["@TABLE", /^RuleLoader rules \("@TABLE" sections/, "@TABLE"],
    ["W110", /^Wolfram/, "W110"],
  ])("%j", (text, family, part) => {
    const error = catchRuleError(text);
    expect(error.message).toMatch(family);
    expect(error.message).toMatch(/not supported/);
    expect(error.part).toBe(part);
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
