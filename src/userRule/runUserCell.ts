import type { CellProgram, CellState } from "../engine/protocol.ts";
import { describeThrown } from "./describeThrown.ts";
import { UserRuleError } from "./UserRuleError.ts";

/** Where a cell's queries are answered: a Grid, or the checker's made-up surroundings. */
export interface CellReader {
  query(y: number, x: number): CellState;
}

/**
 * Runs a user's coroutine for the cell at (y, x), answering its queries from `reader`, and
 * returns the state it announces, checking every instruction as it comes: a query with integer
 * coordinates, then exactly one transition, for this cell, to a state below `states`, and
 * nothing after it. Throws UserRuleError saying what was wrong and where (an exception from the
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
    const cell = program(y, x) as Partial<Generator<unknown, unknown, CellState>> | undefined;
    if (typeof cell?.next !== "function") {
      throw new UserRuleError(
        `the cell at (${y}, ${x}) is not a coroutine: write function* cell(y, x) and yield from it`,
      );
    }
    let item = cell.next();
    let decided = -1;
    while (!item.done) {
      const instruction = item.value as {
        kind?: unknown;
        y?: unknown;
        x?: unknown;
        state?: unknown;
      };
      if (decided >= 0) {
        throw new UserRuleError(
          `the cell at (${y}, ${x}) yielded ${show(instruction)} after its transition: a cell ends its step with one transition`,
        );
      }
      const kind =
        typeof instruction === "object" && instruction !== null ? instruction.kind : undefined;
      if (kind === "query") {
        const qy = instruction.y as number;
        const qx = instruction.x as number;
        if (!Number.isInteger(qy) || !Number.isInteger(qx)) {
          throw new UserRuleError(
            `the cell at (${y}, ${x}) asked ${show(instruction)}: coordinates must be whole numbers`,
          );
        }
        item = cell.next(reader.query(qy, qx));
      } else if (kind === "transition") {
        if (instruction.y !== y || instruction.x !== x) {
          throw new UserRuleError(
            `the cell at (${y}, ${x}) yielded ${show(instruction)}: a cell announces only its own next state, transition(y, x, state)`,
          );
        }
        const state = instruction.state as number;
        if (!Number.isInteger(state) || state < 0 || state >= states) {
          throw new UserRuleError(
            `the cell at (${y}, ${x}) yielded ${show(instruction)}: a state must be a whole number from 0 to ${states - 1}`,
          );
        }
        decided = state;
        item = cell.next();
      } else {
        throw new UserRuleError(
          `the cell at (${y}, ${x}) yielded ${show(instruction)}: yield query(y, x) or transition(y, x, state)`,
        );
      }
    }
    if (decided < 0) {
      throw new UserRuleError(
        `the cell at (${y}, ${x}) finished without a transition: end with yield transition(y, x, next)`,
      );
    }
    return decided;
  } catch (thrown) {
    throw describeThrown(thrown, `in the cell at (${y}, ${x})`);
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
