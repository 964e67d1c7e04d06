import { formatRule } from "../../rules/index.ts";
import type { Rule } from "../../rules/Rule.ts";
import type { UserRuleVerdict } from "../../userRule/index.ts";

/** What a checked rule becomes in the app, and how the status bar says it runs. */
export function ruleOfVerdict(
  source: string,
  verdict: UserRuleVerdict,
): { rule: Rule; note: string } {
  if (verdict.rule) {
    const text = formatRule(verdict.rule);
    return {
      rule: verdict.rule,
      note: `Your rule compiled to ${text}: it runs on the fast engines`,
    };
  }
  const reason = verdict.reason ?? "it is not a 3x3 two-state rule";
  return {
    rule: { family: "user", source, states: verdict.states, reason },
    note: `Your rule runs on the coroutine interpreter, in the sandbox: ${reason}`,
  };
}
