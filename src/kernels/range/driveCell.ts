import type { CellProgram } from "../../engine/protocol.ts";

/**
 * Runs the coroutine of the cell at (y, x) once, answering the query for the cell at offset
 * (dy, dx) from it with `answer(dy, dx)` (the centre is (0, 0)), and returns the state it
 * announces for itself, or why the run is not one cell's step: a transition for another cell,
 * a state outside 0..255, anything yielded after the transition, no transition, or more than
 * `maxQueries` queries (taken to loop forever).
 */
export function driveCell(
  program: CellProgram,
  y: number,
  x: number,
  answer: (dy: number, dx: number) => number,
  maxQueries: number,
): number | string {
  const cell = program(y, x);
  let item = cell.next();
  for (let asked = 0; !item.done; asked++) {
    if (asked > maxQueries) return `asks more than ${maxQueries} queries`;
    const instruction = item.value;
    if (instruction.kind === "query") {
      item = cell.next(answer(instruction.y - y, instruction.x - x));
      continue;
    }
    const { state } = instruction;
    if (instruction.y !== y || instruction.x !== x) return "announces a state for another cell";
    if (!Number.isInteger(state) || state < 0 || state > 255) return `announces state ${state}`;
    return cell.next().done ? state : "goes on after its transition";
  }
  return "ends without a transition";
}
