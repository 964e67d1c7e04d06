import { RuleError } from "./RuleError.ts";

/**
 * Throws a `RuleError` naming the rule family when `src` (a rulestring without whitespace or
 * grid suffix) is one Golly or LifeViewer reads but this app does not: Wolfram's
 * one-dimensional rules, the `g3b2s` spelling of Generations, and RuleLoader rule text
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
  const prefix = /^g\d+/i.exec(src)?.[0];
  if (prefix !== undefined) {
    throw new RuleError(
      `Generations rules written with a "G" count ("${prefix}") are not supported, as in Golly; write the states last, as in "/2/3": "${input}"`,
      input,
      prefix,
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
