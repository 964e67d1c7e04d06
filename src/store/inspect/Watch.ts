import type { CellPoint } from "../../view/Viewport.ts";

/** What Watch mode shows of the generation it is walking (the walk itself is in the slice). */
export interface Watch {
  /** The cells watched: the visible part of the world, at most MAX_WATCHED_CELLS. */
  readonly region: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  /** Whether the region is only part of what is visible (a big view). */
  readonly clipped: boolean;
  /** The generation being computed from. */
  readonly generation: bigint;
  /**
   * `reading`: fetching the cells from the universe worker; `running`: coroutines stepping
   * (unless `paused`); `ticking`: every watched cell has transitioned and the world is advancing
   * one generation; `ticked`: the new generation is in; `checking` / `checked`: comparing it.
   */
  readonly phase: "reading" | "running" | "ticking" | "ticked" | "checking" | "checked";
  readonly paused: boolean;
  /** Instructions a second. */
  readonly speed: number;
  /** Cells transitioned so far, and the cell running with its instruction. */
  readonly done: number;
  readonly cell: CellPoint | null;
  readonly step: number;
  readonly steps: number;
  /** What the check against the kernel found. */
  readonly check: {
    readonly compared: number;
    readonly differing: readonly CellPoint[];
    readonly engine: string;
  } | null;
  readonly error: string | null;
}

/** Watch mode's speeds, instructions a second. */
export const WATCH_SPEEDS = [2, 10, 50, 250, 2000, 20000, 200000] as const;

/** The most cells watched: a big view is watched in its middle. */
export const MAX_WATCHED_CELLS = 128 * 128;
