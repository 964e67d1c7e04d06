/** Life-like rules: reading and writing rulestrings, named presets, and the cell update. */
export { createGameLogic } from "./createGameLogic.ts";
export { findPreset } from "./findPreset.ts";
export { formatRule } from "./formatRule.ts";
export { parseRule } from "./parseRule.ts";
export { RULE_PRESETS } from "./presets.ts";
export type { GridBounds, ParsedRule, Rule, Topology } from "./Rule.ts";
export { RuleError } from "./RuleError.ts";
export type { RulePreset } from "./RulePreset.ts";
