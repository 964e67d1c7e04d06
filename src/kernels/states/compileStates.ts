import { createRandomWords } from "../../engine/createRandom.ts";
import type { CellProgram } from "../../engine/protocol.ts";
import type { CompiledStates, StateTable } from "./CompiledStates.ts";
import { tableNext } from "./CompiledStates.ts";
import { driveBlock, NotA3x3Rule } from "./driveBlock.ts";

/** What `compileStates` learned, or why the coroutine must run on the interpreter. */
export type StateCompilation =
  | { readonly compiled: CompiledStates; readonly reason?: undefined }
  | { readonly compiled?: undefined; readonly reason: string };

/** The most marked states a table takes (its size doubles with each). */
const MAX_MARKS = 4;
/** The most states a memo's keys hold (5 bits a cell, 45 bits a block). */
const MAX_MEMO_STATES = 32;
/** Random blocks driven to probe, and again to check the learned table. */
const PROBES = 4000;

/**
 * Compiles the cell coroutine of a rule with `states` states (2..256) by driving it on 3x3
 * blocks, as `compileRule` does for two states, into a `StateTable` when its neighbours matter
 * only as live or dead plus a few marked states, else (under 32 states) a `StateMemo`.
 *
 * Nothing about the rule family is assumed. Probing with random blocks finds which neighbours
 * it asks for and checks it stays in its block and answers a block the same way twice; then
 * each state is compared, as a neighbour, with state 0 (dead) and state 1 (live) in many
 * blocks: a state always answered like one of them is dead or live, any other is marked. The
 * table is filled by driving every centre, mark set and live block, and checked against the
 * coroutine on fresh random blocks holding every state. Returns a reason instead when the
 * coroutine is not a 3x3 rule or fits neither form.
 */
export function compileStates(program: CellProgram, states: number): StateCompilation {
  try {
    const random = createRandomWords(0x5eed ^ states);
    const cells = probe(program, states, random);
    const table = learnTable(program, states, cells, random);
    if (table && agrees(program, table, random)) return { compiled: table };
    if (states > MAX_MEMO_STATES) {
      return {
        reason: `its neighbours matter by more than live, dead and ${MAX_MARKS} marked states, and it has over ${MAX_MEMO_STATES} states`,
      };
    }
    return { compiled: { form: "memo", states, cells, program } };
  } catch (error) {
    if (error instanceof NotA3x3Rule) return { reason: `the cell coroutine ${error.message}` };
    throw error;
  }
}

type Random = () => number;

/** A random block: each cell 0, 1 or any state, a third of the time each. */
function randomBlock(states: number, random: Random, out: Uint8Array): Uint8Array {
  for (let bit = 0; bit < 9; bit++) {
    const pick = random() % 3;
    out[bit] = pick === 0 ? 0 : pick === 1 ? 1 : random() % states;
  }
  return out;
}

/** The neighbours asked for on random blocks; throws when the coroutine is not a 3x3 rule. */
function probe(program: CellProgram, states: number, random: Random): number {
  const block = new Uint8Array(9);
  let cells = 0;
  for (let i = 0; i < PROBES; i++) {
    randomBlock(states, random, block);
    const first = driveBlock(program, block, states);
    if (driveBlock(program, block, states).next !== first.next) {
      throw new NotA3x3Rule("answers the same block differently (it keeps hidden state)");
    }
    cells |= first.asked;
  }
  return cells & ~(1 << 4);
}

function bitsOf(mask: number): number[] {
  const bits: number[] = [];
  for (let bit = 0; bit < 9; bit++) if ((mask >> bit) & 1) bits.push(bit);
  return bits;
}

/** The table, if the states sort into dead, live and at most MAX_MARKS marked ones. */
function learnTable(
  program: CellProgram,
  states: number,
  cells: number,
  random: Random,
): StateTable | undefined {
  const positions = bitsOf(cells);
  const live = new Uint8Array(states);
  const mark = new Uint8Array(states);
  if (states > 1) live[1] = 1;
  let markBits = 0;
  if (positions.length > 0) {
    // Contexts: a centre, the other neighbours 0 or 1, and the position of the state tried.
    const centres = states <= MAX_MEMO_STATES ? [...Array(states).keys()] : [0, 1];
    while (centres.length < 10) centres.push(random() % states);
    const contexts: Uint8Array[] = [];
    const position: number[] = [];
    for (const centre of centres) {
      for (let i = 0; i < 40; i++) {
        const block = new Uint8Array(9);
        for (const bit of positions) block[bit] = i === 0 ? 0 : i === 1 ? 1 : random() & 1;
        block[4] = centre;
        contexts.push(block);
        position.push(positions[(i + centre) % positions.length] as number);
      }
    }
    const answer = (block: Uint8Array, at: number, state: number): number => {
      const saved = block[at] as number;
      block[at] = state;
      const { next } = driveBlock(program, block, states);
      block[at] = saved;
      return next;
    };
    const asDead = contexts.map((block, i) => answer(block, position[i] as number, 0));
    const asLive = contexts.map((block, i) => answer(block, position[i] as number, 1));
    for (let state = 2; state < states; state++) {
      let likeDead = 0;
      let likeLive = 0;
      contexts.forEach((block, i) => {
        const next = answer(block, position[i] as number, state);
        if (next === asDead[i]) likeDead++;
        if (next === asLive[i]) likeLive++;
      });
      if (likeDead === contexts.length) continue;
      if (likeLive === contexts.length) {
        live[state] = 1;
        continue;
      }
      if (markBits === MAX_MARKS) return undefined;
      live[state] = likeLive > likeDead ? 1 : 0;
      mark[state] = 1 << markBits++;
    }
  }
  return fillTable(program, states, positions, live, mark, markBits);
}

/** Drives every centre, mark set and live block; blocks no arrangement can make are 0. */
function fillTable(
  program: CellProgram,
  states: number,
  positions: readonly number[],
  live: Uint8Array,
  mark: Uint8Array,
  markBits: number,
): StateTable {
  const cells = positions.reduce((mask, bit) => mask | (1 << bit), 0);
  const table = new Uint8Array((states << markBits) << 9);
  const marked: number[] = [];
  for (let state = 0; state < states; state++) if (mark[state]) marked.push(state);
  const block = new Uint8Array(9);
  for (let centre = 0; centre < states; centre++) {
    for (let marks = 0; marks < 1 << markBits; marks++) {
      const base = ((centre << markBits) | marks) << 9;
      let blind: number | undefined;
      for (let alive = 0; alive < 512; alive++) {
        if (alive & ~cells) {
          table[base | alive] = table[base | (alive & cells)] as number;
          continue;
        }
        if (blind !== undefined) {
          table[base | alive] = blind;
          continue;
        }
        if (!arrange(block, centre, alive, marks, positions, live, marked)) continue;
        const { next, asked } = driveBlock(program, block, states);
        table[base | alive] = next;
        // A coroutine that asked for no neighbour answers the same whatever they are.
        if ((asked & cells) === 0 && marks === 0) blind = next;
      }
    }
  }
  return { form: "table", states, cells, live, mark, markBits, table };
}

/**
 * Fills `block` with a block of centre `centre`, live neighbours `alive` and one neighbour in
 * each marked state of `marks`, in a position of its liveness; false when there is no room.
 */
function arrange(
  block: Uint8Array,
  centre: number,
  alive: number,
  marks: number,
  positions: readonly number[],
  live: Uint8Array,
  marked: readonly number[],
): boolean {
  block.fill(0);
  block[4] = centre;
  for (const bit of positions) if ((alive >> bit) & 1) block[bit] = 1;
  let used = 0;
  for (let i = 0; i < marked.length; i++) {
    if (((marks >> i) & 1) === 0) continue;
    const state = marked[i] as number;
    const want = live[state] as number;
    const bit = positions.find((p) => ((used >> p) & 1) === 0 && ((alive >> p) & 1) === want);
    if (bit === undefined) return false;
    used |= 1 << bit;
    block[bit] = state;
  }
  return true;
}

/** Whether the table answers as the coroutine on fresh random blocks with any states. */
function agrees(program: CellProgram, table: StateTable, random: Random): boolean {
  const block = new Uint8Array(9);
  for (let i = 0; i < PROBES; i++) {
    if (i % 2 === 0) randomBlock(table.states, random, block);
    else for (let bit = 0; bit < 9; bit++) block[bit] = random() % table.states;
    if (driveBlock(program, block, table.states).next !== tableNext(table, block)) return false;
  }
  return true;
}
