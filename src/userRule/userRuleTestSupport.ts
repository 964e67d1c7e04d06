import type { EvaluateUserRule } from "./loadUserRule.ts";
import { USER_RULE_HELPERS } from "./userRuleHelpers.ts";
import { USER_RULE_FILE } from "./wrapUserRule.ts";

/**
 * Evaluates a wrapped rule in this realm, as the sandbox worker does in its own: tests only,
 * with sources the tests wrote.
 */
export const evaluateHere: EvaluateUserRule = (code) => {
  // biome-ignore lint/security/noGlobalEval: tests evaluate the rules they wrote, as the sandbox does
  const factory = globalThis.eval(`${code}\n//# sourceURL=${USER_RULE_FILE}`) as (
    ...helpers: unknown[]
  ) => unknown;
  return factory(...Object.values(USER_RULE_HELPERS));
};
