import { findPresetByName } from "./findPresetByName.ts";
import { formatRule } from "./formatRule.ts";
import { parseRule } from "./parseRule.ts";
import { parseRulestring } from "./parseRulestring.ts";
import { RULE_PRESETS } from "./presets.ts";
import type { Rule } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";
import type { RulePreset } from "./RulePreset.ts";

/**
 * The preset named `nameOrRule`, or else the preset with the same rule: "HighLife", "b36s23"
 * and `{ birth: 0b1001000, survival: 0b1100 }` all give HighLife. Undefined when no preset
 * matches or the text is not a rule at all (a grid suffix is ignored).
 */
export function findPreset(nameOrRule: string | Rule): RulePreset | undefined {
  if (typeof nameOrRule !== "string") return findPresetByRule(nameOrRule);
  const named = findPresetByName(nameOrRule);
  if (named) return named;
  try {
    return findPresetByRule(parseRule(nameOrRule).rule);
  } catch (error) {
    if (error instanceof RuleError) return undefined;
    throw error;
  }
}

function findPresetByRule(rule: Rule): RulePreset | undefined {
  const text = formatRule(rule);
  return RULE_PRESETS.find(
    (preset) => formatRule(parseRulestring(preset.rulestring, preset.rulestring)) === text,
  );
}
