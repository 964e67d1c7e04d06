import type { GameLogic } from "../engine/protocol.ts";
import { stepCell } from "../engine/stepCell.ts";
import type { CompiledRule } from "./CompiledRule.ts";
import { compileRule } from "./compileRule.ts";

/**
 * Compiles the coroutine `stepCell` runs with `gameLogic`: the kernels' rule comes from the
 * same coroutine the interpreter runs, never from a second copy of the rule.
 */
export function compileGameLogic(gameLogic: GameLogic): CompiledRule | undefined {
  return compileRule((y, x) => stepCell(y, x, gameLogic));
}
