import { createRandomWords } from "../../engine/createRandom.ts";
import { driveCellOrFault } from "../../engine/driveCell.ts";
import type { CellProgram } from "../../engine/protocol.ts";
import type { CompiledRangeRule } from "./CompiledRangeRule.ts";

/** Why a coroutine is not a range rule, or too large to learn by driving it. */
export interface RangeRefusal {
  readonly refused: string;
}

/** Every state a cell can hold: a transition's state is checked against the rule's later. */
export const ANY_STATE = 256;

/** Larger than Life's largest range; a coroutine asking farther is not compiled. */
const MAX_RANGE = 500;

/**
 * Queries spent learning the count tables before giving up. Each count of each state that looks
 * at its neighbours costs one run over the whole neighbourhood, so a rule of n neighbours costs
 * about n^2 queries a state: range 50 (10,200 neighbours) about 10^8, range 100 too many.
 */
const QUERY_BUDGET = 4e8;

/**
 * Neighbourhoods up to this size are learnt at every count; larger ones, when the caller names
 * the counts where the answer may change, only there and at samples between (`breaks`).
 */
const EXACT_UP_TO = 4096;

/** Runs of each count beyond the first, while the neighbourhood is small enough for them. */
const EXTRA_PASSES_UP_TO = 500;

/**
 * Learns a range rule by driving its cell coroutine, never by reading the rule: which cells a
 * cell asks for (with all neighbours empty, for states 0 and 1, at a place where y + x is even
 * and at one where it is odd: the triangular grid's cells flip their neighbourhood; a flipped
 * one is learnt where y + x is even and checked at both), then for each state reachable
 * from 0 and 1 its next state for every count of live neighbours (state 1), each count driven
 * with its live cells at random places (three times over, in new orders, while the neighbourhood is small),
 * then whether a neighbour in each further state counts as alive, then a final check on
 * random mixtures of every state at random places.
 *
 * Refuses (with the reason) when the coroutine is not such a rule: it asks for a cell outside
 * the neighbourhood it asked for when all was empty, its answer depends on where the live
 * cells are or where the cell is rather than how many are alive (or on hidden state, since no
 * two runs agree then), a neighbour's state counts neither as empty nor as alive, or the run
 * misbehaves (see `driveCell`: a state outside 0..255 among them). Also refuses a neighbourhood too large to learn in
 * `QUERY_BUDGET` queries. Seeded, so a compile is repeatable.
 *
 * Learning costs about n^2 queries for each state that looks at its n neighbours: milliseconds
 * at range 5, about a second at range 20, tens of seconds at range 50. `compilingRangeRule` does
 * the same in slices, for a worker that reports progress or gives up.
 */
export function compileRangeRule(
  program: CellProgram,
  states = 2,
  seed = 0x17e5,
  breaks?: readonly number[],
): CompiledRangeRule | RangeRefusal {
  const compiling = compilingRangeRule(program, states, seed, breaks);
  for (;;) {
    const item = compiling.next();
    if (item.done) return item.value;
  }
}

/** Queries between two progress reports of `compilingRangeRule`. */
const QUERIES_PER_SLICE = 1 << 20;

/**
 * `compileRangeRule` in slices: yields the queries asked so far about every million queries,
 * and returns the compiled rule or the refusal.
 */
export function* compilingRangeRule(
  program: CellProgram,
  states = 2,
  seed = 0x17e5,
  breaks?: readonly number[],
): Generator<number, CompiledRangeRule | RangeRefusal, void> {
  const random = createRandomWords(seed);
  const maxQueries = (2 * MAX_RANGE + 1) ** 2 + 64;

  // 1. The neighbourhood: what states 0 and 1 ask for when every neighbour is empty, at a
  // place where y + x is even and at one where it is odd (the triangular grid flips there).
  const askedAt = (x: number): Map<number, [number, number]> | string => {
    const asked = new Map<number, [number, number]>();
    for (const centre of [0, 1]) {
      const run = driveCellOrFault(
        program,
        0,
        x,
        (qy, qx) => {
          const dy = qy;
          const dx = qx - x;
          if (dy === 0 && dx === 0) return centre;
          if (Math.abs(dy) <= MAX_RANGE && Math.abs(dx) <= MAX_RANGE) {
            asked.set((dy + MAX_RANGE) * (2 * MAX_RANGE + 1) + dx + MAX_RANGE, [dy, dx]);
          }
          return 0;
        },
        { states: ANY_STATE, maxQueries },
      );
      if (typeof run === "string") return run;
    }
    return asked;
  };
  const evenAsked = askedAt(0);
  if (typeof evenAsked === "string") return { refused: evenAsked };
  const oddAsked = askedAt(1);
  if (typeof oddAsked === "string") return { refused: oddAsked };
  if (oddAsked.size !== evenAsked.size) {
    return { refused: "cells where y + x is odd ask for a different number of cells" };
  }
  const flips = [...oddAsked.keys()].some((key) => !evenAsked.has(key));
  const size = evenAsked.size;
  let range = 0;
  const offsetsOf = (asked: Map<number, [number, number]>): Int32Array => {
    const keys = [...asked.keys()].sort((a, b) => a - b);
    const offsets = new Int32Array(2 * size);
    keys.forEach((key, i) => {
      const [dy, dx] = asked.get(key) as [number, number];
      offsets[2 * i] = dy;
      offsets[2 * i + 1] = dx;
      range = Math.max(range, Math.abs(dy), Math.abs(dx));
    });
    return offsets;
  };
  const offsets = offsetsOf(evenAsked);
  const oddOffsets = flips ? offsetsOf(oddAsked) : offsets;

  // The neighbourhood's cells in a box of side 2 * range + 1 around the centre; every run
  // answers from it, and notes any query outside the neighbourhood of the cell's parity.
  const side = 2 * range + 1;
  const box = new Uint8Array(side * side);
  const indexesOf = (cells: Int32Array) => {
    const inShape = new Uint8Array(side * side);
    const boxIndex = new Int32Array(size);
    for (let i = 0; i < size; i++) {
      boxIndex[i] =
        ((cells[2 * i] as number) + range) * side + (cells[2 * i + 1] as number) + range;
      inShape[boxIndex[i] as number] = 1;
    }
    return { inShape, boxIndex };
  };
  const byParity = [indexesOf(offsets), flips ? indexesOf(oddOffsets) : undefined];
  let { inShape, boxIndex } = byParity[0] as ReturnType<typeof indexesOf>;
  /** Runs at places of this parity (y + x even or odd) from now on, when the shape flips. */
  let parity = 0;
  const atParity = (wanted: number): void => {
    parity = flips ? wanted : 0;
    ({ inShape, boxIndex } = byParity[parity] as ReturnType<typeof indexesOf>);
  };
  let centreState = 0;
  let strayed = false;
  let queries = 0;
  const answer = (dy: number, dx: number): number => {
    queries++;
    if (dy === 0 && dx === 0) return centreState;
    if (dy < -range || dy > range || dx < -range || dx > range) {
      strayed = true;
      return 0;
    }
    const index = (dy + range) * side + dx + range;
    if (inShape[index] === 0) strayed = true;
    return box[index] as number;
  };
  /** The next state of a cell in `centre` at a random place, the box holding its neighbours. */
  const run = (centre: number): number | string => {
    centreState = centre;
    strayed = false;
    const y = (random() % 2_000_001) - 1_000_000;
    let x = (random() % 2_000_001) - 1_000_000;
    if (flips && ((y + x) & 1) !== parity) x++;
    const next = driveCellOrFault(program, y, x, (qy, qx) => answer(qy - y, qx - x), {
      states: ANY_STATE,
      maxQueries,
    });
    if (strayed) return "asks for a cell outside the neighbourhood it asks for when all is empty";
    return next;
  };
  // A random order of the neighbourhood's cells: its first k are made live for count k.
  const order = Int32Array.from({ length: size }, (_, i) => i);
  const shuffle = (): void => {
    for (let i = size - 1; i > 0; i--) {
      const j = random() % (i + 1);
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
  };
  const fill = (counts: readonly (readonly [state: number, cells: number])[]): void => {
    box.fill(0);
    shuffle();
    let next = 0;
    for (const [state, cells] of counts) {
      for (let i = 0; i < cells; i++) box[boxIndex[order[next++] as number] as number] = state;
    }
  };

  // 2. The count table of each state a cell may hold (the world's `states`, which a rule whose
  // live cells never die cannot show by its transitions) and of each state reachable from them.
  const stride = size + 1;
  const rows: Uint8Array[] = [];
  const pending = Array.from({ length: Math.max(2, states) }, (_, state) => state);
  const passes = size <= EXTRA_PASSES_UP_TO ? 3 : 1;
  let reported = 0;
  for (;;) {
    // States the reachable ones skip over (were a decay to jump) still get a row.
    if (pending.length === 0) {
      const gap = Array.from(rows.keys()).find((state) => rows[state] === undefined);
      if (gap === undefined) break;
      pending.push(gap);
    }
    const state = pending.pop() as number;
    if (rows[state] !== undefined) continue;
    const row = new Uint8Array(stride);
    rows[state] = row;
    // A state that asks for no neighbour when all is empty decides alone: one run will do.
    box.fill(0);
    const before = queries;
    const alone = run(state);
    if (typeof alone === "string") return { refused: alone };
    const looks = queries - before > 1;
    if (looks && breaks !== undefined && size > EXACT_UP_TO) {
      // Too many counts to drive each: drive those where the answer may change, and enough
      // others at random to catch a change between them; step 4 checks mixtures besides.
      const learnt = learnBetweenBreaks(breaks, size, (count) => {
        fill([]);
        for (let i = 0; i < count; i++) box[boxIndex[order[i] as number] as number] = 1;
        return run(state);
      });
      if (typeof learnt === "string") return { refused: learnt };
      row.set(learnt);
      for (const next of row) if (rows[next] === undefined) pending.push(next);
      yield queries;
      continue;
    }
    for (let pass = 0; pass < (looks ? passes : 0); pass++) {
      // Each pass makes the cells live in a new random order, one more for each count.
      fill([]);
      for (let count = 0; count <= size; count++) {
        if (queries - reported >= QUERIES_PER_SLICE) {
          reported = queries;
          yield queries;
        }
        if (queries > QUERY_BUDGET) {
          return { refused: `${size} neighbours are too many to learn by driving the coroutine` };
        }
        if (count > 0) box[boxIndex[order[count - 1] as number] as number] = 1;
        const next = run(state);
        if (typeof next === "string") return { refused: next };
        if (pass > 0 && next !== row[count]) {
          return {
            refused: `state ${state} with ${count} live neighbours depends on where they are`,
          };
        }
        row[count] = next;
      }
    }
    if (!looks) row.fill(alone);
    for (const next of row) if (rows[next] === undefined) pending.push(next);
  }
  const learnt = rows.length;

  // 3. Whether a neighbour in each further state counts, from runs whose answer tells.
  const alive = new Uint8Array(learnt);
  alive[1] = 1;
  const lookers = rows.flatMap((row, state) =>
    row.some((next) => next !== row[0]) ? [state] : [],
  );
  for (let state = 2; state < learnt; state++) {
    const fits = [true, true];
    for (let tries = 0, told = 0; tries < 1000 && told < 16 && lookers.length > 0; tries++) {
      const centre = lookers[random() % lookers.length] as number;
      const row = rows[centre] as Uint8Array;
      const live = random() % (size + 1);
      const others = random() % (size - live + 1);
      if (row[live] === row[live + others]) continue;
      told++;
      fill([
        [1, live],
        [state, others],
      ]);
      const next = run(centre);
      if (typeof next === "string") return { refused: next };
      fits[0] &&= next === row[live];
      fits[1] &&= next === row[live + others];
    }
    if (!fits[0] && !fits[1]) {
      return { refused: `a neighbour in state ${state} counts neither as empty nor as alive` };
    }
    alive[state] = fits[0] ? 0 : 1;
  }

  // 4. Random mixtures of every state around every state, at random places.
  // Half of them at places where y + x is odd, when the neighbourhood flips there.
  for (let check = 0; check < (flips ? 16 : 8) * learnt; check++) {
    const centre = check % learnt;
    atParity((check / learnt) & 1);
    const row = rows[centre] as Uint8Array;
    box.fill(0);
    let count = 0;
    const density = random() % 101;
    for (let i = 0; i < size; i++) {
      if (random() % 100 >= density) continue;
      const state = random() % learnt;
      box[boxIndex[i] as number] = state;
      count += alive[state] as number;
    }
    const next = run(centre);
    if (typeof next === "string") return { refused: next };
    if (next !== row[count]) {
      return { refused: `state ${centre} does not follow the count of its neighbours alone` };
    }
  }

  const next = new Uint8Array(learnt * stride);
  rows.forEach((row, state) => {
    next.set(row, state * stride);
  });
  return { offsets, ...(flips && { oddOffsets }), range, states: learnt, alive, next };
}

/**
 * A count table learnt from the counts where the answer may change (`breaks`: each is the first
 * count of a new run of equal answers, as a rule's count ranges give them; their neighbours are
 * driven too) and from random counts within each run, which must agree with the run's first:
 * the counts of a neighbourhood of n cells cost about (breaks + samples) x n queries instead of
 * n^2. `answer` drives the coroutine with `count` live neighbours. A count that disagrees with
 * its run is returned as the reason to refuse.
 */
function learnBetweenBreaks(
  breaks: readonly number[],
  size: number,
  answer: (count: number) => number | string,
): Uint8Array | string {
  const starts = new Set<number>([0]);
  for (const at of breaks) {
    for (const near of [at - 1, at, at + 1]) if (near >= 0 && near <= size) starts.add(near);
  }
  const sorted = [...starts].sort((a, b) => a - b);
  const row = new Uint8Array(size + 1);
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i] as number;
    const to = i + 1 < sorted.length ? (sorted[i + 1] as number) : size + 1;
    const first = answer(from);
    if (typeof first === "string") return first;
    row.fill(first, from, to);
    // The run's last count and a few inside it must agree with its first.
    const samples =
      to - from > 2 ? [to - 1, from + ((to - from) >> 1), from + ((to - from) >> 2)] : [];
    for (const count of samples) {
      const next = answer(count);
      if (typeof next === "string") return next;
      if (next !== first) return `the answer changes at a count no break names (${count})`;
    }
  }
  return row;
}

/** Whether a compile was refused. */
export function isRefusal(result: CompiledRangeRule | RangeRefusal): result is RangeRefusal {
  return "refused" in result;
}
