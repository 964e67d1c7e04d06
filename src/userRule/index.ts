export { checkUserProgram, MAX_QUERIES } from "./checkUserProgram.ts";
export { lifeLikeOfTable } from "./lifeLikeOfTable.ts";
export { type EvaluateUserRule, type LoadedUserRule, loadUserRule } from "./loadUserRule.ts";
export {
  type PreparedUserRule,
  prepareUserRule,
  type UserRuleVerdict,
  verdictOf,
} from "./prepareUserRule.ts";
export { type CellReader, runUserCell } from "./runUserCell.ts";
export { stepUserGrid } from "./stepUserGrid.ts";
export { traceUserCells, type UserTraceOptions } from "./traceUserCells.ts";
export { problemOf, UserRuleError, type UserRuleProblem } from "./UserRuleError.ts";
export { HELPER_NAMES, USER_RULE_HELPERS } from "./userRuleHelpers.ts";
export {
  LINE_OFFSET,
  USER_RULE_FILE,
  type UserRuleForm,
  type WrappedUserRule,
  wrapUserRule,
} from "./wrapUserRule.ts";
