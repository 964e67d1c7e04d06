import { countInRange } from "../engine/countInRange.ts";
import type { CellProgram } from "../engine/protocol.ts";
import { query, transition } from "../engine/protocol.ts";
import { NEIGHBOUR_CELLS, readBlock } from "../engine/readBlock.ts";
import { stepCell } from "../engine/stepCell.ts";
import { createGameLogic } from "./createGameLogic.ts";
import { historyCell } from "./historyCell.ts";
import type {
  CountRange,
  GenerationsRule,
  LargerThanLifeRule,
  LifeLikeRule,
  Rule,
} from "./Rule.ts";
import { rangeCellsOf } from "./rangeCellsOf.ts";

/**
 * The cell coroutine of a rule: the one definition of what the rule does, which the
 * interpreter runs and every fast kernel is compiled from. Each family is a few lines over the
 * same Query/Transition protocol; only what a cell asks for and how it decides changes.
 */
export function cellProgramOf(rule: Rule): CellProgram {
  switch (rule.family) {
    case "life":
      return lifeCell(rule);
    case "generations":
      return generationsCell(rule);
    case "ltl":
      return largerThanLifeCell(rule);
    case "history":
      return historyCell(rule, lifeDecision(rule.base));
    case "user":
      // Its coroutine is the user's JavaScript, which only the rule sandbox may run.
      throw new RangeError("a user-written rule runs only in its sandbox (src/userRule)");
  }
}

/**
 * Whether a cell in state `alive` (0 or 1) whose neighbours in state 1 form `block` (the bit
 * order of `readBlock`) is alive next, for a two-state 3x3 rule.
 */
export type LifeDecision = (alive: number, block: number) => number;

/** The decision of a two-state rule from the block of live neighbours. */
export function lifeDecision(rule: LifeLikeRule): LifeDecision {
  if (rule.notation === "counts") {
    const logic = createGameLogic(rule);
    return (alive, block) => logic(alive, popcount9(block));
  }
  const { table } = rule;
  return (alive, block) => table[block | (alive << 4)] as number;
}

/**
 * A two-state rule of the 3x3 block. Moore counts are the seed's `stepCell`; the other
 * neighbourhoods and the non-totalistic notations read which neighbours are alive.
 */
function lifeCell(rule: LifeLikeRule): CellProgram {
  if (rule.notation === "counts" && rule.neighbourhood === "moore") {
    const logic = createGameLogic(rule);
    return (y, x) => stepCell(y, x, logic);
  }
  const decide = lifeDecision(rule);
  const cells = NEIGHBOUR_CELLS[rule.neighbourhood];
  return function* lifeLikeCell(y, x) {
    const state = yield query(y, x);
    const block = yield* readBlock(y, x, cells);
    yield transition(y, x, decide(state === 1 ? 1 : 0, block));
  };
}

/**
 * Generations: a dying cell (state 2 and up) moves on to the next state, or back to 0, whatever
 * its neighbours; a live or empty one counts only live neighbours (state 1), and a live cell
 * that does not survive starts to die.
 */
function generationsCell(rule: GenerationsRule): CellProgram {
  const decide = lifeDecision(rule.base);
  const cells = NEIGHBOUR_CELLS[rule.base.neighbourhood];
  const { states } = rule;
  return function* generationsCell(y, x) {
    const state = yield query(y, x);
    if (state >= 2) {
      yield transition(y, x, (state + 1) % states);
      return;
    }
    const block = yield* readBlock(y, x, cells);
    const alive = decide(state, block);
    // With 2 states (Golly's `23/3/2`) there is no dying state: a cell simply dies.
    yield transition(y, x, state === 1 ? (alive ? 1 : states > 2 ? 2 : 0) : alive);
  };
}

/**
 * Larger than Life: the seed's "larger sphere of influence". The cell counts the live cells in
 * its neighbourhood (`rangeCellsOf`: the cells, their weights and the states' weights) and is
 * born or survives when the count falls in one of the rule's ranges (never when it is
 * negative, which weights can make it); with more than two states, a live cell that does not
 * survive decays as in Generations.
 */
function largerThanLifeCell(rule: LargerThanLifeRule): CellProgram {
  const { states, birth, survival } = rule;
  const cells = rangeCellsOf(rule);
  return function* largerThanLifeCell(y, x) {
    const state = yield query(y, x);
    if (state >= 2) {
      yield transition(y, x, (state + 1) % states);
      return;
    }
    const count = yield* countInRange(y, x, state, cells);
    if (state === 1) {
      yield transition(y, x, inRanges(survival, count) ? 1 : states > 2 ? 2 : 0);
    } else {
      yield transition(y, x, inRanges(birth, count) ? 1 : 0);
    }
  };
}

function inRanges(ranges: readonly CountRange[], count: number): boolean {
  for (const [min, max] of ranges) if (count >= min && count <= max) return true;
  return false;
}

function popcount9(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}
