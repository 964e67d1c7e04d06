import { driveCellOrFault, refuseQuery } from "../engine/driveCell.ts";
import type { CellProgram, CellState } from "../engine/protocol.ts";
import { type CompiledRule, NEIGHBOURHOODS } from "./CompiledRule.ts";
import { findTotalistic } from "./findTotalistic.ts";

export type { CellProgram };

/**
 * Far more queries than any 3x3 rule needs (stepCell asks 9). A coroutine that keeps asking
 * past this is taken to loop forever and does not compile.
 */
const MAX_QUERIES = 256;

/**
 * Where else every block is run, as offsets of the cell from (1, 1): a rule that reads its
 * own coordinates decides differently somewhere, and is then not a table. A sample of places,
 * far apart and on both sides of zero, not a proof (a rule special only at (12345, 0) passes).
 */
const OTHER_PLACES: readonly (readonly [number, number])[] = [
  [-7, 12],
  [1021, -977],
];

/** A coroutine compiled, or in words why it is not a 3x3 two-state rule. */
export type CompileOutcome = { readonly compiled: CompiledRule } | { readonly reason: string };

/**
 * Compiles a cell coroutine into a 512-entry table by running it for the cell at (1, 1) in
 * every one of the 512 possible 3x3 blocks around it (see `CompiledRule` for the bit order).
 *
 * Returns `undefined`, meaning "run it on the interpreter", when the coroutine is not a 3x3
 * rule (`explainCompile` says why).
 */
export function compileRule(cell: CellProgram): CompiledRule | undefined {
  const outcome = explainCompile(cell);
  return "compiled" in outcome ? outcome.compiled : undefined;
}

/**
 * `compileRule` with the reason when the coroutine is not a 3x3 two-state rule: it asks for a
 * cell outside the block (its range is said), announces a transition for another cell or a
 * state other than 0 and 1, yields anything after its transition, never transitions, or is not
 * a function of its block. That last is found by driving it again: every block a second time in
 * the opposite order (an answer that depends on what it saw before, or on Math.random, differs
 * with near certainty over 512 blocks), and every block at two other places (an answer that
 * depends on where the cell is). A coroutine that passes all of these is, on every block and
 * place it was run at, the table. Exceptions from the coroutine propagate.
 */
export function explainCompile(cell: CellProgram): CompileOutcome {
  const table = new Uint8Array(NEIGHBOURHOODS);
  for (let index = 0; index < NEIGHBOURHOODS; index++) {
    const next = runOnBlock(cell, index, 0, 0);
    if (typeof next === "string") return { reason: next };
    table[index] = next;
  }
  for (let index = NEIGHBOURHOODS - 1; index >= 0; index--) {
    if (runOnBlock(cell, index, 0, 0) !== table[index]) {
      return {
        reason:
          "it decides differently for the same 3x3 block when run again (it keeps state or draws random numbers), so it is not a table of its block",
      };
    }
  }
  for (const [dy, dx] of OTHER_PLACES) {
    for (let index = 0; index < NEIGHBOURHOODS; index++) {
      const next = runOnBlock(cell, index, dy, dx);
      if (next !== table[index]) {
        return {
          reason: `it decides differently for the same 3x3 block at (${1 + dy}, ${1 + dx}) than at (1, 1): it depends on where the cell is`,
        };
      }
    }
  }
  const totalistic = findTotalistic(table);
  return { compiled: totalistic ? { table, totalistic } : { table } };
}

/**
 * The state the coroutine announces for the cell at (1 + dy, 1 + dx) in block `index`, or
 * in words how it strays from a 3x3 two-state rule.
 */
function runOnBlock(cell: CellProgram, index: number, dy: number, dx: number): CellState | string {
  const answer = (qy: number, qx: number): CellState => {
    const y = qy - dy;
    const x = qx - dx;
    if (!inBlock(y) || !inBlock(x)) refuseQuery(outsideBlock(y - 1, x - 1));
    return ((index >> (3 * y + x)) & 1) as CellState;
  };
  const options = { states: 2, maxQueries: MAX_QUERIES };
  const next = driveCellOrFault(cell, 1 + dy, 1 + dx, answer, options);
  return typeof next === "string" ? `it ${next}` : next;
}

function inBlock(coordinate: number): boolean {
  return coordinate === 0 || coordinate === 1 || coordinate === 2;
}

/** Why a query at offset (dy, dx) from the cell is not in a 3x3 rule. */
function outsideBlock(dy: number, dx: number): string {
  const range = Math.max(Math.abs(dy), Math.abs(dx));
  return `asks for the cell at offset (${dy}, ${dx}), ${range} away (range ${range}): a table holds only the 3x3 block`;
}
