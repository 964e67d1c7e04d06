import {
  type CellFault,
  CellFaultError,
  describeCellFault,
  driveCell,
} from "../engine/driveCell.ts";
import type { CellProgram, CellState } from "../engine/protocol.ts";
import { describeThrown } from "./describeThrown.ts";
import { UserRuleError } from "./UserRuleError.ts";

/** Where a cell's queries are answered: a Grid, or the checker's made-up surroundings. */
export interface CellReader {
  query(y: number, x: number): CellState;
}

/**
 * Runs a user's coroutine for the cell at (y, x), answering its queries from `reader`, and
 * returns the state it announces, checking every instruction as it comes (`driveCell`): a query
 * with integer coordinates, then exactly one transition, for this cell, to a state below
 * `states`, and nothing after it. Throws UserRuleError saying what was wrong and where (an exception from the
 * user's code at the line it came from). It does not bound the number of queries: a coroutine
 * that never transitions is stopped by its caller's time budget (or `MAX_QUERIES` below).
 */
export function runUserCell(
  program: CellProgram,
  y: number,
  x: number,
  reader: CellReader,
  states: number,
): CellState {
  try {
    return driveCell(program, y, x, (qy, qx) => reader.query(qy, qx), { states });
  } catch (thrown) {
    if (thrown instanceof CellFaultError) {
      throw new UserRuleError(`the cell at (${y}, ${x}) ${explainToUser(thrown.fault, y, x)}`);
    }
    throw describeThrown(thrown, `in the cell at (${y}, ${x})`);
  }
}

/** What a fault means to someone writing the rule, with what to write instead. */
function explainToUser(fault: CellFault, y: number, x: number): string {
  switch (fault.kind) {
    case "not-a-coroutine":
      return "is not a coroutine: write function* cell(y, x) and yield from it";
    case "not-an-instruction":
      return `yielded ${show(fault.value)}: yield query(y, x) or transition(y, x, state)`;
    case "fractional-query":
      return `asked ${show({ kind: "query", y: fault.y, x: fault.x })}: coordinates must be whole numbers`;
    case "other-cell":
      return `yielded ${show({ ...fault, kind: "transition" })}: a cell announces only its own next state, transition(y, x, state)`;
    case "bad-state":
      return `yielded ${show({ kind: "transition", y, x, state: fault.state })}: a state must be a whole number from 0 to ${fault.states - 1}`;
    case "after-transition":
      return `yielded ${show(fault.value)} after its transition: a cell ends its step with one transition`;
    case "no-transition":
      return "finished without a transition: end with yield transition(y, x, next)";
    case "refused-query":
    case "too-many-queries":
      return describeCellFault(fault);
  }
}

/** An instruction as the user wrote it: query(y, x), transition(y, x, state), or the value. */
function show(value: unknown): string {
  if (typeof value === "object" && value !== null) {
    const { kind, y, x, state } = value as {
      kind?: unknown;
      y?: unknown;
      x?: unknown;
      state?: unknown;
    };
    if (kind === "query") return `query(${String(y)}, ${String(x)})`;
    if (kind === "transition") return `transition(${String(y)}, ${String(x)}, ${String(state)})`;
    return "an object that is not an instruction";
  }
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}
