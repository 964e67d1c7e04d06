import type { CellProgram } from "../engine/protocol.ts";
import { query, transition } from "../engine/protocol.ts";
import { NEIGHBOUR_CELLS } from "../engine/readBlock.ts";
import type { LifeDecision } from "./cellProgramOf.ts";
import type { HistoryRule } from "./Rule.ts";
import { readNeighbourTypes } from "./readNeighbourTypes.ts";
import { superCell } from "./superCell.ts";

/** LifeHistory's boundary state: never born, and it kills the live cells beside it. */
export const BOUNDARY = 6;

/**
 * LifeHistory (`B3/S23History`), as Golly's Super algorithm runs it (superalgo.cpp, `slowcalc`,
 * case HISTORY). The odd states are alive (1 on, 3 marked on, 5 start on) and the even ones are
 * not (0 off, 2 history: was on, 4 marked off, 6 boundary). `decide` runs the base rule on the
 * live cells; the state records what happened: a cell that dies keeps a trace (1 -> 2, 3 and
 * 5 -> 4), one born on a trace takes its mark (4 -> 3, others -> 1), and a boundary cell is
 * never born. A live cell beside a boundary cell dies whatever its neighbours. The Super
 * variant (26 states) is `superCell`.
 */
export function historyCell(rule: HistoryRule, decide: LifeDecision): CellProgram {
  if (rule.variant === "Super") return superCell(rule, decide);
  const cells = NEIGHBOUR_CELLS[rule.base.neighbourhood];
  return function* historyCell(y, x) {
    const state = yield query(y, x);
    const { block, types } = yield* readNeighbourTypes(y, x, cells);
    const boundary = (types & (1 << BOUNDARY)) !== 0;
    yield transition(y, x, nextHistoryState(state, boundary, decide(state & 1, block)));
  };
}

function nextHistoryState(state: number, boundary: boolean, alive: number): number {
  const wasAlive = (state & 1) === 1;
  if (boundary && wasAlive) return state === 1 ? 2 : 4;
  if (alive && !wasAlive) return state === 4 ? 3 : state === BOUNDARY ? BOUNDARY : 1;
  if (!alive && wasAlive) return state === 5 ? 4 : state + 1;
  return state;
}
