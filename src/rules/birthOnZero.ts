import type { CellProgram } from "../engine/protocol.ts";
import { cellProgramOf } from "./cellProgramOf.ts";
import type { Rule } from "./Rule.ts";

const known = new WeakMap<Rule, boolean>();

/**
 * Whether an empty cell with no live neighbours is born (`B0`): such a rule fills the empty
 * plane at once, so the infinite plane cannot run it. Asked of the cell coroutine itself, by
 * answering every query it makes with 0, rather than of the rule's notation.
 */
export function birthOnZero(rule: Rule): boolean {
  let answer = known.get(rule);
  if (answer === undefined) {
    answer = nextOnEmpty(cellProgramOf(rule)) !== 0;
    known.set(rule, answer);
  }
  return answer;
}

function nextOnEmpty(program: CellProgram): number {
  const cell = program(0, 0);
  for (let item = cell.next(); !item.done; item = cell.next(0)) {
    if (item.value.kind === "transition") return item.value.state;
  }
  return 0;
}
