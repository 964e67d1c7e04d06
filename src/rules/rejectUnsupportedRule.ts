import { RuleError } from "./RuleError.ts";

/**
 * Throws a `RuleError` naming the rule family when `src` (a rulestring without whitespace or
 * grid suffix) is one Golly or LifeViewer reads but this app does not: Wolfram's
 * one-dimensional rules and RuleLoader rule text
 * (`@RULE`, `@TABLE`). Saying which beats a puzzling "unknown character".
 */
export function rejectUnsupportedRule(src: string, input: string): void {
  const wolfram = /^w\d+$/i.exec(src);
  if (wolfram) {
    throw new RuleError(
      `Wolfram (one-dimensional) rules are not supported: "${wolfram[0]}"`,
      input,
      wolfram[0],
    );
  }
  const section = /^@(?:[A-Z]+(?![a-z])|[a-z]+)/.exec(src)?.[0];
  if (section !== undefined) {
    throw new RuleError(
      `RuleLoader rules ("${section}" sections, and named rules such as WireWorld) are not supported: "${input}"`,
      input,
      section,
    );
  }
}
