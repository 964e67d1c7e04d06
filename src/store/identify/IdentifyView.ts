import type { CellPeriods, IdentifyResult } from "../../universe/identify/index.ts";

/**
 * Identify's panel: a run under way (its progress, 0..1, or null before news), its answer, or
 * why there is none. `generation` is the world's when its cells were copied.
 */
export type IdentifyView =
  | { readonly phase: "running"; readonly limit: number; readonly fraction: number | null }
  | {
      readonly phase: "done";
      readonly limit: number;
      readonly generation: bigint;
      readonly result: IdentifyResult;
      /** The answer in one sentence (also announced in the status region). */
      readonly sentence: string;
    }
  | { readonly phase: "failed"; readonly limit: number; readonly message: string };

/** An oscillator's cell periods drawn over the grid, with the oscillator's own period. */
export interface PeriodMap extends CellPeriods {
  readonly period: number;
}

/** The most live cells Identify copies out of the world: past this it declines. */
export const MAX_IDENTIFY_CELLS = 1 << 20;
