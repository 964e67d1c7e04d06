import type { CellProgram } from "../../engine/protocol.ts";

/**
 * A multi-state rule of the 3x3 block as a table, learned by driving its cell coroutine
 * (`compileStates`). Each state is, as a neighbour, dead, live (a bit of the block, as in
 * `CompiledRule`), or marked: dead or live in the block and, besides, one bit of `marks`
 * saying "some neighbour is in this state" (LifeHistory's boundary state 6). The next state of
 * a cell in state c is `table[(((c << markBits) | marks) << 9) | block]`.
 */
export interface StateTable {
  readonly form: "table";
  readonly states: number;
  /** The neighbours the coroutine asks for, a mask over the 3x3 block (centre excluded). */
  readonly cells: number;
  /** Per state: 1 when it counts as a live neighbour. */
  readonly live: Uint8Array;
  /** Per state: its bit in the marks (0 for an unmarked state). */
  readonly mark: Uint8Array;
  readonly markBits: number;
  readonly table: Uint8Array;
}

/**
 * A 3x3 rule whose neighbours matter by too many states for a table (LifeSuper's colours): the
 * coroutine, checked to ask only for its block and to answer the same block the same way, is
 * driven once per distinct block a kernel meets and the answer remembered. States < 32.
 */
export interface StateMemo {
  readonly form: "memo";
  readonly states: number;
  readonly cells: number;
  readonly program: CellProgram;
}

/** A multi-state 3x3 rule in a form a kernel runs. */
export type CompiledStates = StateTable | StateMemo;

/** The next state of a cell in `centre` whose 3x3 block (index as in `CompiledRule`) is `block`. */
export function tableNext(rule: StateTable, block: ArrayLike<number>): number {
  let live = 0;
  let marks = 0;
  for (let bit = 0; bit < 9; bit++) {
    if (bit === 4 || ((rule.cells >> bit) & 1) === 0) continue;
    const state = block[bit] as number;
    live |= (rule.live[state] as number) << bit;
    marks |= rule.mark[state] as number;
  }
  return rule.table[((((block[4] as number) << rule.markBits) | marks) << 9) | live] as number;
}
