import { formatRule, parseRule, RuleError } from "../../rules/index.ts";
import type { UserRuleVerdict } from "../../userRule/index.ts";

/**
 * A verdict from the sandbox as the page may use it: the sandbox runs code from anyone, so
 * what comes back is checked as input, not trusted. A compiled rule must be a two-state
 * Life-like rule, and is read back from its rulestring (so the page holds a rule the parser
 * made, not an object the sandbox did); states are a whole number from 2 to 256. Throws
 * RangeError otherwise.
 */
export function trustVerdict(verdict: UserRuleVerdict): UserRuleVerdict {
  const { form, states, rule, reason } = verdict;
  if (form !== "gameLogic" && form !== "coroutine")
    throw new RangeError("the sandbox answered an unknown form");
  if (!Number.isInteger(states) || states < 2 || states > 256) {
    throw new RangeError("the sandbox answered a number of states out of range");
  }
  if (rule !== undefined) {
    if (rule?.family !== "life" || states !== 2)
      throw new RangeError("the sandbox answered a rule that is not Life-like");
    try {
      const read = parseRule(formatRule(rule));
      if (read.rule.family !== "life" || read.bounds) throw new RangeError("not a Life-like rule");
      return { form, states, rule: read.rule };
    } catch (error) {
      if (error instanceof RuleError || error instanceof TypeError || error instanceof RangeError) {
        throw new RangeError(
          `the sandbox answered a rule that does not read back: ${error.message}`,
        );
      }
      throw error;
    }
  }
  return { form, states, reason: String(reason ?? "it is not a 3x3 two-state rule").slice(0, 500) };
}
