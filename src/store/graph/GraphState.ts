import type { PopulationSeries } from "./PopulationSeries.ts";

/** The population graph's part of the store's state. */
export interface GraphData {
  /** Whether the population graph's panel is shown (P). */
  readonly graphOpen: boolean;
}

export interface GraphActions {
  /** Shows or hides the population graph (P). */
  toggleGraph(): void;
  setGraphOpen(open: boolean): void;
  /**
   * Brings the page's copy of the population record up to date with the universe worker's
   * (only the points it lacks cross) and resolves with it; one fetch at a time, shared.
   */
  fetchPopulations(): Promise<PopulationSeries>;
}
