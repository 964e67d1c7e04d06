import type { CellProgram } from "../engine/protocol.ts";
import { explainCompile } from "../kernels/compileRule.ts";
import type { LifeLikeRule } from "../rules/Rule.ts";
import { checkUserProgram } from "./checkUserProgram.ts";
import { describeThrown } from "./describeThrown.ts";
import { lifeLikeOfTable } from "./lifeLikeOfTable.ts";
import { type EvaluateUserRule, loadUserRule } from "./loadUserRule.ts";
import type { UserRuleForm } from "./wrapUserRule.ts";

/** What a user's rule became once checked: a built-in rule's table, or a coroutine to interpret. */
export interface UserRuleVerdict {
  readonly form: UserRuleForm;
  /** How many states its cells can be in. */
  readonly states: number;
  /** The rule it compiled to (it then runs on every fast engine), when it did. */
  readonly rule?: LifeLikeRule;
  /** Why it did not compile and runs on the coroutine interpreter, when it did not. */
  readonly reason?: string;
}

/** A verdict with the coroutine it is about, for the environment that runs it. */
export interface PreparedUserRule extends UserRuleVerdict {
  readonly program: CellProgram;
}

/**
 * Loads a user's rule (`loadUserRule`), checks it (`checkUserProgram`) and compiles it by
 * driving its coroutine over the 512 blocks (`explainCompile`), as the built-in rules are
 * compiled: a two-state rule of its 3x3 block becomes a Life-like rule (`lifeLikeOfTable`),
 * anything else keeps its coroutine and the reason. Throws UserRuleError when the rule is
 * broken (an exception thrown while compiling it is one: it would be thrown as it runs).
 * Must run where user code may run.
 */
export function prepareUserRule(
  source: string,
  evaluate: EvaluateUserRule,
  /** Called as the check goes, cell by cell (see checkUserProgram). */
  progress?: () => void,
): PreparedUserRule {
  const { form, program, states: declared } = loadUserRule(source, evaluate);
  const states = checkUserProgram(program, declared, progress);
  if (states > 2) {
    const reason =
      declared !== undefined
        ? `it declares ${states} states: a table holds two`
        : `it announces states up to ${states - 1}: a table holds two (0 and 1)`;
    return { form, states, program, reason };
  }
  let outcome: ReturnType<typeof explainCompile>;
  try {
    outcome = explainCompile(program);
  } catch (thrown) {
    throw describeThrown(thrown, "while compiling it over the 512 3x3 blocks");
  }
  if ("reason" in outcome) return { form, states, program, reason: outcome.reason };
  return { form, states, program, rule: lifeLikeOfTable(outcome.compiled) };
}

/** The parts of a prepared rule that cross a worker boundary. */
export function verdictOf(prepared: PreparedUserRule): UserRuleVerdict {
  const { form, states, rule, reason } = prepared;
  return { form, states, ...(rule && { rule }), ...(reason !== undefined && { reason }) };
}
