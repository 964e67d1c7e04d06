import type { CompiledRule } from "../kernels/CompiledRule.ts";
import { compileRule } from "../kernels/compileRule.ts";
import { cellProgramOf } from "../rules/cellProgramOf.ts";
import type { Rule } from "../rules/Rule.ts";

/**
 * The kernels' form of `rule`, compiled from its cell coroutine (`cellProgramOf`): the one
 * definition of the rule, driven until the compiler knows its table. Throws RangeError when
 * the coroutine does not compile.
 */
export function compileRuleOf(rule: Rule): CompiledRule {
  const compiled = compileRule(cellProgramOf(rule));
  if (!compiled) {
    throw new RangeError(
      `the ${rule.family} rule's cell coroutine does not compile to a 3x3 table`,
    );
  }
  return compiled;
}
