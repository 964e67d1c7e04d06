import type { GraphView } from "../../render/drawPopulationGraph.ts";
import type { PopulationSeries } from "../../store/graph/PopulationSeries.ts";

// What the population graph shows and says, apart from drawing and the React around it: the
// range in view, what its keys do, and the note on how the points were kept.

/** The range of generations that holds every point (at least one generation wide). */
export function fullRange(series: PopulationSeries | null): readonly [number, number] {
  if (!series || series.length === 0) return [0, 1];
  const from = series.generations[0] as number;
  const to = series.generations[series.length - 1] as number;
  return [from, Math.max(to, from + 1)];
}

/** The generations shown: the zoomed range, else every point's. */
export function viewFrom(
  zoom: readonly [number, number] | null,
  series: PopulationSeries | null,
  log: boolean,
): GraphView {
  const [from, to] = zoom ?? fullRange(series);
  return { from, to, log };
}

/** What the graph's keys do with it focused. */
export interface KeyActions {
  move(by: number): void;
  to(index: number): void;
  byGeneration(tenths: number): void;
  zoom(factor: number): void;
  reset: (() => void) | null;
  /** Starts a range at the point read, or zooms to the range started. */
  mark(): void;
  /** Drops a range started, when there is one. */
  unmark: (() => void) | null;
  log(): void;
  /** The first and last points in view. */
  first: number;
  last: number;
}

/**
 * The action of a key on the focused graph: arrows read the point before or after (Shift: ten
 * points), Page Up and Down move a tenth of the range, Home and End go to its ends, Enter
 * starts a range at the point read and Enter again zooms to it (the keyboard's drag), + and −
 * zoom, 0 (or Escape when zoomed) shows every point, L toggles the log scale.
 */
export function keyAction(key: string, shift: boolean, a: KeyActions): (() => void) | null {
  switch (key) {
    case "ArrowLeft":
      return () => a.move(shift ? -10 : -1);
    case "ArrowRight":
      return () => a.move(shift ? 10 : 1);
    case "PageUp":
      return () => a.byGeneration(-1);
    case "PageDown":
      return () => a.byGeneration(1);
    case "Home":
      return () => a.to(a.first);
    case "End":
      return () => a.to(a.last);
    case "+":
    case "=":
      return () => a.zoom(0.5);
    case "-":
      return () => a.zoom(2);
    case "Enter":
      return () => a.mark();
    case "0":
      return a.reset;
    case "Escape":
      return a.unmark ?? a.reset;
    case "l":
    case "L":
      return a.log;
    default:
      return null;
  }
}

/** What is to be said about how the points were kept: thinned, or taken at jumps. */
export function keptNotes(series: PopulationSeries): string[] {
  const notes: string[] = [];
  if (series.sampled) {
    notes.push(
      "HashLife's jumps and the band pool's chunks are recorded where they land: generations between points were not recorded",
    );
  }
  if (series.spacing > 1) {
    notes.push(
      `thinned past ${series.cap.toLocaleString("en")} points: one generation in ${series.spacing} is kept`,
    );
  }
  return notes;
}

/** What the graph's note says about the points. */
export function noteOf(series: PopulationSeries | null): string {
  if (!series || series.length === 0) return "No generations recorded yet.";
  const points = `${series.length.toLocaleString("en")} point${series.length === 1 ? "" : "s"}`;
  return `${[points, ...keptNotes(series)].join(" · ")}.`;
}
