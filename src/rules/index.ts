/**
 * Rules of every family Golly reads (Life-like, Generations, Larger than Life, History): reading
 * and writing rulestrings, named presets, and the cell update.
 */
export { birthOnZero } from "./birthOnZero.ts";
export { cellProgramOf, type LifeDecision, lifeDecision } from "./cellProgramOf.ts";
export { createGameLogic } from "./createGameLogic.ts";
export { describeRule, ruleFamilyName } from "./describeRule.ts";
export { findPreset } from "./findPreset.ts";
export { formatRule } from "./formatRule.ts";
export { parseRule } from "./parseRule.ts";
export { RULE_PRESETS } from "./presets.ts";
export type {
  CountRange,
  CountsRule,
  GenerationsRule,
  GridBounds,
  HistoryRule,
  LargerThanLifeRule,
  LifeLikeRule,
  Neighbourhood,
  ParsedRule,
  RangeShape,
  Rule,
  Topology,
  Tube,
} from "./Rule.ts";
export { CONWAY, isTube, lifeLike, stateCount } from "./Rule.ts";
export { RuleError } from "./RuleError.ts";
export type { RulePreset } from "./RulePreset.ts";
export { sameRule } from "./sameRule.ts";
