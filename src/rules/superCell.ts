import type { CellProgram } from "../engine/protocol.ts";
import { query, transition } from "../engine/protocol.ts";
import { NEIGHBOUR_CELLS } from "../engine/readBlock.ts";
import type { LifeDecision } from "./cellProgramOf.ts";
import type { HistoryRule } from "./Rule.ts";
import { readNeighbourTypes } from "./readNeighbourTypes.ts";

/** A mask of neighbour states, bit s for state s, as `readNeighbourTypes` reports them. */
function statesMask(...states: number[]): number {
  let mask = 0;
  for (const state of states) mask |= 1 << state;
  return mask;
}

const ODD_13_TO_25 = statesMask(13, 15, 17, 19, 21, 23, 25);
const ODD_9_TO_25 = statesMask(9, 11) | ODD_13_TO_25;
const ALL_ODD = statesMask(1, 3, 5, 7) | ODD_9_TO_25;
const BOUNDARY = 6;

/**
 * LifeSuper (`B3/S23Super`), as Golly's Super algorithm runs it (superalgo.cpp, `slowcalc`,
 * case SUPER): 26 states, the odd ones alive. On top of History's states (0 to 6) it colours
 * live cells by where they came from: 7 and 8 mark an on / off cell, 9 and 11 are two
 * "gliders" colours with their traces 10 and 12, 13 to 25 (odd) are the colours of cells born
 * of mixed or marked parents, and the even states from 14 up are traces that fade (14) or pass
 * a signal along a wire (16 -> 14, 18 -> 22 -> 20 -> 18, 24 -> 18) when a neighbour of the right
 * state is beside them. A cell born of neighbours of one colour takes that colour; one born of
 * a 3 and one colour from 13 up, or of a 7 and one of 9 and 11, takes that colour too; one born
 * of marked or high colours alone is 13, and any other birth is 1. A boundary neighbour (6)
 * kills live cells as in History and clears 7, 8 and everything from 13 up.
 */
export function superCell(rule: HistoryRule, decide: LifeDecision): CellProgram {
  const cells = NEIGHBOUR_CELLS[rule.base.neighbourhood];
  return function* superCell(y, x) {
    const state = yield query(y, x);
    const { block, types } = yield* readNeighbourTypes(y, x, cells);
    if (types & (1 << BOUNDARY)) {
      const killed = killedByBoundary(state);
      if (killed !== undefined) {
        yield transition(y, x, killed);
        return;
      }
    }
    const alive = decide(state & 1, block) !== 0;
    const wasAlive = (state & 1) === 1;
    let next = state;
    if (alive && !wasAlive) next = bornState(state, types);
    else if (!alive && wasAlive) next = state > 11 ? 0 : state === 5 ? 4 : state + 1;
    else if (!alive) next = fadedState(state, types);
    yield transition(y, x, next);
  };
}

/** What a cell beside a boundary cell becomes, or undefined when the boundary spares it. */
function killedByBoundary(state: number): number | undefined {
  if (state === 7 || state === 8 || state >= 13) return 0;
  if (state === 1) return 2;
  if (state === 3 || state === 5) return 4;
  if (state === 9) return 10;
  if (state === 11) return 12;
  return undefined;
}

/** The state of a cell born on `state` (even) among neighbours in `types`. */
function bornState(state: number, types: number): number {
  if (state === 4) return 3;
  if (state === 6) return 6;
  if (state === 8) return 7;
  const colours = types & ODD_9_TO_25;
  if ((types & statesMask(1, 3, 5, 7)) === 0 && isOneState(colours)) return lowestState(colours);
  const high = types & ODD_13_TO_25;
  if (types & (1 << 3) && isOneState(high) && (types & statesMask(1, 5, 7, 9, 11)) === 0) {
    return lowestState(high);
  }
  const gliders = types & statesMask(9, 11);
  if (
    types & (1 << 7) &&
    isOneState(gliders) &&
    (types & (statesMask(1, 3, 5) | ODD_13_TO_25)) === 0
  ) {
    return lowestState(gliders);
  }
  if (types & (statesMask(7) | ODD_13_TO_25) && (types & statesMask(1, 3, 5, 9, 11)) === 0) {
    return 13;
  }
  return 1;
}

/** The state of a cell that stays dead in `state` (even) among neighbours in `types`. */
function fadedState(state: number, types: number): number {
  switch (state) {
    case 14:
      return 0;
    case 16:
      return types & (ALL_ODD | (1 << 14)) ? 14 : 16;
    case 18:
      return types & (1 << 22) ? 22 : 18;
    case 20:
      return types & (1 << 18) ? 18 : 20;
    case 22:
      return types & (1 << 20) ? 20 : 22;
    case 24:
      return types & (ALL_ODD | (1 << 14) | (1 << 18)) ? 18 : 24;
    default:
      return state;
  }
}

function isOneState(mask: number): boolean {
  return mask !== 0 && (mask & (mask - 1)) === 0;
}

function lowestState(mask: number): number {
  return 31 - Math.clz32(mask & -mask);
}
