import { describe, expect, it } from "vitest";
import { formatRule } from "./formatRule.ts";
import { parseRule } from "./parseRule.ts";
import { parseRulestring } from "./parseRulestring.ts";
import { RULE_PRESETS } from "./presets.ts";
import { RuleError } from "./RuleError.ts";

/** What a person would consider the same name: case, spaces and punctuation aside. */
function looseKey(name: string): string {
  return name
    .toLowerCase()
    .replaceAll("&", "and")
    .replace(/[^a-z0-9]/g, "");
}

describe("RULE_PRESETS", () => {
  it.each([
    ["Conway's Life", "B3/S23"],
    ["HighLife", "B36/S23"],
    ["Seeds", "B2/S"],
    ["Day & Night", "B3678/S34678"],
    ["Life without Death", "B3/S012345678"],
    ["Replicator", "B1357/S1357"],
    ["2x2", "B36/S125"],
    ["Diamoeba", "B35678/S5678"],
    ["Morley", "B368/S245"],
    ["Anneal", "B4678/S35678"],
    ["Maze", "B3/S12345"],
    ["Mazectric", "B3/S1234"],
    ["Coral", "B3/S45678"],
    ["Gnarl", "B1/S1"],
    ["Long Life", "B345/S5"],
    ["DryLife", "B37/S23"],
    ["Pedestrian Life", "B38/S23"],
    ["34 Life", "B34/S34"],
    ["Amoeba", "B357/S1358"],
    ["Assimilation", "B345/S4567"],
    ["Coagulations", "B378/S235678"],
    ["Serviettes", "B234/S"],
    ["Walled Cities", "B45678/S2345"],
    ["tlife", "B3/S2-i34q"],
    ["HexLife", "B2/S34H"],
    ["Parity (von Neumann)", "B13/S13V"],
    ["Brian's Brain", "/2/3"],
    ["Star Wars", "345/2/4"],
    ["Bosco's Rule", "R5,C0,M1,S34..58,B34..45,NM"],
    ["Majority (LtL)", "R4,C0,M1,S41..81,B41..81,NM"],
    ["LifeHistory", "LifeHistory"],
    ["LifeSuper", "LifeSuper"],
  ])("has %s as %s", (name, rulestring) => {
    expect(RULE_PRESETS.find((preset) => preset.name === name)?.rulestring).toBe(rulestring);
  });

  it("starts with Conway's Life", () => {
    expect(RULE_PRESETS[0]?.rulestring).toBe("B3/S23");
  });

  it.each(RULE_PRESETS.map((preset) => [preset.name, preset] as const))(
    "%s has a canonical rulestring and a description",
    (_name, preset) => {
      expect(formatRule(parseRule(preset.rulestring).rule)).toBe(preset.rulestring);
      expect(preset.description.length).toBeGreaterThan(10);
    },
  );

  it.each(RULE_PRESETS.map((preset) => [preset.name, preset] as const))(
    "%s is found by its name and aliases",
    (_name, preset) => {
      const rule = parseRule(preset.rulestring).rule;
      for (const name of [preset.name, ...preset.aliases]) {
        expect(parseRule(name).rule, name).toEqual(rule);
      }
    },
  );

  it("has unique names and aliases, even ignoring case and punctuation", () => {
    const keys = RULE_PRESETS.flatMap((preset) => [preset.name, ...preset.aliases]).map(looseKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("has unique rules", () => {
    const rules = RULE_PRESETS.map((preset) => formatRule(parseRule(preset.rulestring).rule));
    expect(new Set(rules).size).toBe(rules.length);
  });

  it("has no name that would read as another rulestring", () => {
    for (const preset of RULE_PRESETS) {
      for (const name of [preset.name, ...preset.aliases]) {
        // LifeHistory is both a name and Golly's rulestring for the same rule.
        if (name === preset.rulestring) continue;
        expect(() => parseRulestring(name, name), name).toThrow(RuleError);
      }
    }
  });

  it("has a preset of every rule family", () => {
    const families = new Set(
      RULE_PRESETS.map((preset) => parseRule(preset.rulestring).rule.family),
    );
    expect([...families].sort()).toEqual(["generations", "history", "life", "ltl"]);
  });
});
