import type { CellTrace } from "../../engine/trace/index.ts";

/**
 * A cell whose coroutine the Inspector steps through: its trace for the generation it was
 * taken at, and which step is shown. `index` runs from 0 (the first instruction) to
 * `trace.steps.length`, the TICK that follows once every cell of the grid has transitioned.
 */
export interface Inspection {
  readonly x: number;
  readonly y: number;
  readonly generation: bigint;
  /** Null while the cells it needs are read from the universe worker, or when it failed. */
  readonly trace: CellTrace | null;
  readonly index: number;
  /** Why the cell could not be traced. */
  readonly error: string | null;
}

/**
 * Cells drawn over the grid: the cell whose coroutine runs, the coordinates its current query
 * asked (maybe beyond the grid's edges) and the cell that answered (where the edges join), and
 * cells found to differ from the kernel's generation.
 */
export interface CellMarks {
  readonly active: { readonly x: number; readonly y: number } | null;
  readonly asked: { readonly x: number; readonly y: number } | null;
  readonly answered: { readonly x: number; readonly y: number } | null;
  readonly differing: readonly { readonly x: number; readonly y: number }[];
}

/** The marks an inspection shows at its current step. */
export function marksOf(inspection: Inspection): CellMarks {
  const step = inspection.trace?.steps[inspection.index];
  const active = { x: inspection.x, y: inspection.y };
  if (step?.kind !== "query") {
    return { active, asked: null, answered: null, differing: [] };
  }
  return {
    active,
    asked: { x: step.x, y: step.y },
    answered: step.at && { x: step.at.x, y: step.at.y },
    differing: [],
  };
}
