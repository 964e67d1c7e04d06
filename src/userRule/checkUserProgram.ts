import { createRandom } from "../engine/createRandom.ts";
import type { CellProgram, CellState } from "../engine/protocol.ts";
import { type CellReader, runUserCell } from "./runUserCell.ts";
import { UserRuleError } from "./UserRuleError.ts";

/** Cells tried: at these places, each in surroundings made up afresh. */
const SAMPLES = 64;
const PLACES: readonly (readonly [number, number])[] = [
  [0, 0],
  [5, -7],
  [-3, 11],
  [100, 37],
  [4096, -4096],
];

/** More queries than any rule the app runs needs for one cell (range 500 is about a million). */
export const MAX_QUERIES = 1_100_000;

/**
 * Checks a user's coroutine before it runs on a world: cells at several places, in random
 * surroundings of the states the rule can be in, must each yield valid instructions and one
 * transition (`runUserCell`), and ask for fewer than MAX_QUERIES cells. Returns how many states
 * the rule has: its declared `states`, or else found by running it (2, or one more than the
 * largest state it announced when given surroundings of the states found so far).
 * Throws UserRuleError. A sample, not a proof: what it misses is caught as the world runs.
 */
export function checkUserProgram(
  program: CellProgram,
  declared?: number,
  /** Called after each sampled cell: how a sandbox tells slow work from a loop. */
  cellDone?: () => void,
): number {
  let states = declared ?? 2;
  for (let round = 0; round < 9; round++) {
    const largest = driveSamples(program, states, declared ?? 256, round, cellDone);
    if (declared !== undefined || largest < states) return states;
    states = largest + 1;
  }
  return states;
}

/** The largest state the sampled cells announced, given surroundings in 0..states-1. */
function driveSamples(
  program: CellProgram,
  states: number,
  allowed: number,
  round: number,
  cellDone: (() => void) | undefined,
): number {
  const random = createRandom(0x5eed + round);
  let largest = 1;
  for (let sample = 0; sample < SAMPLES; sample++) {
    const [y, x] = PLACES[sample % PLACES.length] as readonly [number, number];
    const reader = madeUpSurroundings(random, states);
    largest = Math.max(largest, runUserCell(program, y, x, reader, allowed));
    cellDone?.();
  }
  return largest;
}

/** Surroundings answering each cell with a random state, the same one when asked again. */
function madeUpSurroundings(random: () => number, states: number): CellReader {
  const known = new Map<string, CellState>();
  let asked = 0;
  return {
    query(y, x) {
      if (++asked > MAX_QUERIES) {
        throw new UserRuleError(
          `a cell asked more than ${MAX_QUERIES.toLocaleString("en")} queries without a transition`,
        );
      }
      const key = `${y},${x}`;
      let state = known.get(key);
      if (state === undefined) {
        state = Math.floor(random() * states);
        known.set(key, state);
      }
      return state;
    },
  };
}
