import type { CompiledRule } from "../CompiledRule.ts";
import { findTotalistic } from "../findTotalistic.ts";
import type { CompiledStates } from "./CompiledStates.ts";

/** A Generations rule as its kernel runs it: two-state `base` on the live cells, `states` in all. */
export interface GenerationsShape {
  readonly states: number;
  readonly base: CompiledRule;
}

/**
 * Whether a learned multi-state table has the shape of a Generations rule, and its live-cell
 * rule if so: state 1 alone is a live neighbour, no state is marked, an empty cell becomes 0 or
 * 1, a live one 1 or 2, and every state from 2 up moves on to the next (the last back to 0)
 * whatever its block. Read off the table, not the rule's name, so any coroutine that behaves
 * so runs on the Generations kernel.
 */
export function generationsOf(compiled: CompiledStates): GenerationsShape | undefined {
  if (compiled.form !== "table" || compiled.markBits !== 0) return undefined;
  const { states, live, table } = compiled;
  if (states < 3) return undefined;
  for (let state = 0; state < states; state++)
    if (live[state] !== (state === 1 ? 1 : 0)) return undefined;
  const base = new Uint8Array(512);
  for (let block = 0; block < 512; block++) {
    if (block & (1 << 4)) continue;
    const born = table[block] as number;
    const kept = table[(1 << 9) | block] as number;
    if (born > 1 || (kept !== 1 && kept !== 2)) return undefined;
    base[block] = born;
    base[block | (1 << 4)] = kept === 1 ? 1 : 0;
  }
  for (let state = 2; state < states; state++) {
    const row = table.subarray(state << 9, (state + 1) << 9);
    const next = (state + 1) % states;
    for (let block = 0; block < 512; block++) if (row[block] !== next) return undefined;
  }
  const totalistic = findTotalistic(base);
  return { states, base: totalistic ? { table: base, totalistic } : { table: base } };
}
