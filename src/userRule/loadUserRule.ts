import type { CellProgram, GameLogic } from "../engine/protocol.ts";
import { stepCell } from "../engine/stepCell.ts";
import { describeThrown } from "./describeThrown.ts";
import { UserRuleError } from "./UserRuleError.ts";
import { type UserRuleForm, wrapUserRule } from "./wrapUserRule.ts";

/**
 * Evaluates a wrapped rule (`WrappedUserRule.code`) in the environment that is allowed to run
 * user code, calls it with the helpers (`HELPER_NAMES`) and returns what it returns. In the
 * browser that is the sandbox worker's indirect eval; in Node, a vm context in a worker thread.
 * Code must run under the file name `USER_RULE_FILE` so that errors map to the user's lines.
 */
export type EvaluateUserRule = (code: string) => unknown;

/** A user's rule, ready to drive: its form, its cell coroutine and its declared states. */
export interface LoadedUserRule {
  readonly form: UserRuleForm;
  readonly program: CellProgram;
  /** What the source declares with `const states = N` (2..256), if it does. */
  readonly states?: number;
}

/**
 * Parses, wraps and evaluates a user's rule, giving its cell coroutine: a coroutine as
 * written, or the engine's `stepCell` around a game logic, the seed's composition. Nothing of
 * the source runs but its top level (which defines the functions). Throws UserRuleError: a
 * syntax error, an exception at the top level, a missing function or a bad `states`.
 */
export function loadUserRule(source: string, evaluate: EvaluateUserRule): LoadedUserRule {
  const { form, code } = wrapUserRule(source);
  let exported: unknown;
  try {
    exported = evaluate(code);
  } catch (thrown) {
    throw describeThrown(thrown, "while loading the rule");
  }
  const { program, logic, states } = (exported ?? {}) as {
    program?: unknown;
    logic?: unknown;
    states?: unknown;
  };
  const declared = checkStates(states);
  if (form === "coroutine") {
    if (typeof program !== "function") throw new UserRuleError("cell is not a function");
    return { form, program: program as CellProgram, ...declared };
  }
  if (typeof logic !== "function") throw new UserRuleError("gameLogic is not a function");
  const gameLogic = logic as GameLogic;
  return { form, program: (y, x) => stepCell(y, x, gameLogic), ...declared };
}

function checkStates(states: unknown): { states?: number } {
  if (states === undefined) return {};
  if (typeof states !== "number" || !Number.isInteger(states) || states < 2 || states > 256) {
    throw new UserRuleError(`states must be a whole number from 2 to 256, not ${String(states)}`);
  }
  return { states };
}
