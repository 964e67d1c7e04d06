import { LIVE_ONLY, type RangeCells } from "../../engine/countInRange.ts";
import { createRandomWords } from "../../engine/createRandom.ts";
import { driveCellOrFault } from "../../engine/driveCell.ts";
import type { CellProgram } from "../../engine/protocol.ts";
import type { CompiledRangeRule } from "./CompiledRangeRule.ts";
import { ANY_STATE, type RangeRefusal } from "./compileRangeRule.ts";

/**
 * Largest (neighbours x sums) the subset sums may cost, and so the driving: Gaussian to range
 * 12 (Golly's NG goes to 50), any NW of range 7 or less with one hex digit a weight.
 */
const MAX_WORK = 6e7;

/**
 * Learns a weighted range rule (Golly's NG, NW without state weights) by driving its cell
 * coroutine, given the neighbourhood's description (`cells`, which the coroutine reads): checks
 * that the cell asks for exactly those cells when all is empty, then for each state reachable
 * from 0 and 1 drives it once for every sum of weights the live neighbours (state 1) can make,
 * each sum made by a set of neighbours found by subset sums (sums may be negative), then
 * checks random mixtures of every state at random places against the table. The centre's own
 * weight is folded into each state's row, as `compileRangeRule` folds the middle cell.
 *
 * Refuses, saying why: state weights (a dead cell may count), a flipped neighbourhood, a
 * coroutine that asks for other cells or whose answer is not a function of the sum, or sums
 * too many to learn (`MAX_WORK`). Seeded, so a compile is repeatable.
 */
export function compileWeightedRangeRule(
  program: CellProgram,
  cells: RangeCells,
  states: number,
  seed = 0x17e5,
): CompiledRangeRule | RangeRefusal {
  if (cells.stateWeights !== LIVE_ONLY) return { refused: "the rule weighs states" };
  if (cells.odd !== cells.even) {
    return { refused: "weights flipped on alternate cells are left to the interpreter" };
  }
  // The neighbours, the centre aside (its weight goes into the rows).
  const offsets: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < cells.even.length; i += 2) {
    const dy = cells.even[i] as number;
    const dx = cells.even[i + 1] as number;
    if (dy === 0 && dx === 0) continue;
    offsets.push(dy, dx);
    weights.push(cells.evenWeights[i >> 1] as number);
  }
  const size = weights.length;
  let lowest = 0;
  let highest = 0;
  for (const weight of weights) {
    if (weight < 0) lowest += weight;
    else highest += weight;
  }
  const columns = highest - lowest + 1;
  if (size * columns > MAX_WORK) {
    return { refused: `${columns} sums of ${size} weights are too many to learn by driving` };
  }

  const { range } = cells;
  const side = 2 * range + 1;
  const box = new Uint8Array(side * side);
  const boxIndex = Int32Array.from({ length: size }, (_, i) => {
    return ((offsets[2 * i] as number) + range) * side + (offsets[2 * i + 1] as number) + range;
  });
  const asked = new Uint8Array(side * side);
  const wanted = new Uint8Array(side * side);
  for (const index of boxIndex) wanted[index] = 1;
  const random = createRandomWords(seed);
  const maxQueries = side * side + 64;
  let centreState = 0;
  let strayed = false;
  const answer = (dy: number, dx: number): number => {
    if (dy === 0 && dx === 0) return centreState;
    if (Math.abs(dy) > range || Math.abs(dx) > range) {
      strayed = true;
      return 0;
    }
    const index = (dy + range) * side + dx + range;
    asked[index] = 1;
    if (wanted[index] === 0) strayed = true;
    return box[index] as number;
  };
  const run = (centre: number): number | string => {
    centreState = centre;
    strayed = false;
    const y = (random() % 2_000_001) - 1_000_000;
    const x = (random() % 2_000_001) - 1_000_000;
    const next = driveCellOrFault(program, y, x, (qy, qx) => answer(qy - y, qx - x), {
      states: ANY_STATE,
      maxQueries,
    });
    if (strayed) return "asks for a cell outside its neighbourhood";
    return next;
  };

  // 1. With all empty, states 0 and 1 ask for every neighbour and no other cell.
  for (const centre of [0, 1]) {
    asked.fill(0);
    const next = run(centre);
    if (typeof next === "string") return { refused: next };
    if (boxIndex.some((index) => asked[index] === 0)) {
      return { refused: "does not ask for every cell of its neighbourhood" };
    }
  }

  // 2. A set of neighbours for each sum (0/1 subset sums, each neighbour used once): `via[s]`
  // is the neighbour that first reached sum s, from a sum reached by earlier neighbours only.
  const via = new Int32Array(columns).fill(-1);
  const reached = new Uint8Array(columns);
  reached[-lowest] = 1;
  weights.forEach((weight, i) => {
    if (weight > 0) {
      for (let s = columns - 1; s >= weight; s--) {
        if (!reached[s] && reached[s - weight]) {
          reached[s] = 1;
          via[s] = i;
        }
      }
    } else {
      for (let s = 0; s < columns + weight; s++) {
        if (!reached[s] && reached[s - weight]) {
          reached[s] = 1;
          via[s] = i;
        }
      }
    }
  });
  const fillSum = (column: number): void => {
    box.fill(0);
    for (let s = column; s !== -lowest; ) {
      const i = via[s] as number;
      box[boxIndex[i] as number] = 1;
      s -= weights[i] as number;
    }
  };

  // 3. Each state's row, the states reachable from 0 and 1 (and every state of the world).
  const rows: Uint8Array[] = [];
  const pending = Array.from({ length: Math.max(2, states) }, (_, state) => state);
  while (pending.length > 0) {
    const state = pending.pop() as number;
    if (rows[state] !== undefined) continue;
    const row = new Uint8Array(columns);
    rows[state] = row;
    for (let column = 0; column < columns; column++) {
      if (!reached[column]) continue;
      fillSum(column);
      const next = run(state);
      if (typeof next === "string") return { refused: next };
      row[column] = next;
      if (rows[next] === undefined) pending.push(next);
    }
  }
  for (let state = 0; state < rows.length; state++) {
    if (rows[state] === undefined) return { refused: `state ${state} is skipped over` };
  }
  const learnt = rows.length;
  const alive = new Uint8Array(learnt);
  alive[1] = 1;

  // 4. Random mixtures of every state at random places must follow the sum of state 1's weights.
  for (let check = 0; check < 16 * learnt; check++) {
    const centre = check % learnt;
    const density = random() % 101;
    box.fill(0);
    let sum = 0;
    for (let i = 0; i < size; i++) {
      if (random() % 100 >= density) continue;
      const state = random() % learnt;
      box[boxIndex[i] as number] = state;
      if (state === 1) sum += weights[i] as number;
    }
    const next = run(centre);
    if (typeof next === "string") return { refused: next };
    if (next !== (rows[centre] as Uint8Array)[sum - lowest]) {
      return { refused: `state ${centre} does not follow the sum of its live neighbours' weights` };
    }
  }

  const next = new Uint8Array(learnt * columns);
  rows.forEach((row, state) => {
    next.set(row, state * columns);
  });
  return {
    offsets: Int32Array.from(offsets),
    weights: Int32Array.from(weights),
    lowest,
    range,
    states: learnt,
    alive,
    next,
  };
}
