import { describe, expect, it } from "vitest";
import * as rules from "./index.ts";

describe("rules/index", () => {
  it("exports the public API", () => {
    expect(Object.keys(rules).sort()).toEqual([
      "CONWAY",
      "RULE_PRESETS",
      "RuleError",
      "birthOnZero",
      "cellProgramOf",
      "createGameLogic",
      "describeRule",
      "findPreset",
      "formatRule",
      "isTube",
      "lifeDecision",
      "lifeLike",
      "parseRule",
      "ruleFamilyName",
      "sameRule",
      "stateCount",
    ]);
  });

  it("round-trips a rule with bounds through the public API", () => {
    const { rule, bounds } = rules.parseRule("S23/B36:t10,20");
    expect(rules.formatRule(rule, bounds)).toBe("B36/S23:T10,20");
    expect(rules.findPreset(rule)?.name).toBe("HighLife");
  });
});
