import type { CellProgram, CellState } from "../engine/protocol.ts";
import { type CompiledRule, NEIGHBOURHOODS } from "./CompiledRule.ts";
import { findTotalistic } from "./findTotalistic.ts";

export type { CellProgram };

/**
 * Far more instructions than any 3x3 rule needs (stepCell yields 10). A coroutine that keeps
 * asking past this is taken to loop forever and does not compile.
 */
const MAX_INSTRUCTIONS = 256;

/**
 * Compiles a cell coroutine into a 512-entry table by running it for the cell at (1, 1) in
 * every one of the 512 possible 3x3 blocks around it (see `CompiledRule` for the bit order).
 *
 * Returns `undefined`, meaning "run it on the interpreter", when the coroutine is not a 3x3
 * rule: it asks for a cell outside the block, announces a transition for another cell or an
 * invalid state, yields anything after its transition, never transitions, or answers
 * differently for the same block when run again (hidden state).
 */
export function compileRule(cell: CellProgram): CompiledRule | undefined {
  const table = new Uint8Array(NEIGHBOURHOODS);
  for (let index = 0; index < NEIGHBOURHOODS; index++) {
    const next = runOnBlock(cell, index);
    if (next === undefined) return undefined;
    table[index] = next;
  }
  // A second pass in the other order catches coroutines whose answer depends on what they
  // saw before: the table would not describe them.
  for (let index = NEIGHBOURHOODS - 1; index >= 0; index--) {
    if (runOnBlock(cell, index) !== table[index]) return undefined;
  }
  const totalistic = findTotalistic(table);
  return totalistic ? { table, totalistic } : { table };
}

/** The state the coroutine announces for (1, 1) in block `index`, or undefined if it strays. */
function runOnBlock(cell: CellProgram, index: number): CellState | undefined {
  const coroutine = cell(1, 1);
  let item = coroutine.next();
  for (let count = 0; count < MAX_INSTRUCTIONS && !item.done; count++) {
    const instruction = item.value;
    if (instruction.kind === "query") {
      const { y, x } = instruction;
      if (!inBlock(y) || !inBlock(x)) return undefined;
      item = coroutine.next(((index >> (3 * y + x)) & 1) as CellState);
    } else if (instruction.kind === "transition") {
      const { y, x, state } = instruction;
      if (y !== 1 || x !== 1 || (state !== 0 && state !== 1)) return undefined;
      // The cell's step ends with its transition; anything after it is not a 3x3 rule.
      return coroutine.next().done ? state : undefined;
    } else {
      return undefined;
    }
  }
  return undefined;
}

function inBlock(coordinate: number): boolean {
  return coordinate === 0 || coordinate === 1 || coordinate === 2;
}
