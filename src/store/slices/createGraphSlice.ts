import type { GraphActions } from "../graph/GraphState.ts";
import { PopulationSeries } from "../graph/PopulationSeries.ts";
import type { StoreContext } from "./StoreContext.ts";

/**
 * The population graph: shown or hidden, and the page's copy of the worker's population record,
 * fetched when the graph asks (while it is shown), never with every generation: a running world
 * sends hundreds of replies a second and each update of the store costs the page's thread.
 */
export function createGraphSlice(ctx: StoreContext): GraphActions {
  const { set, get } = ctx;
  const series = new PopulationSeries();
  let fetching: Promise<PopulationSeries> | null = null;
  return {
    toggleGraph() {
      get().setGraphOpen(!get().graphOpen);
    },
    setGraphOpen(open) {
      if (open === get().graphOpen) return;
      set({
        graphOpen: open,
        announcement: open ? "Population graph shown" : "Population graph hidden",
      });
    },
    fetchPopulations() {
      fetching ??= ctx.universe.populations(series.record, series.length).then(
        (reply) => {
          fetching = null;
          series.apply(reply);
          return series;
        },
        (error: unknown) => {
          fetching = null;
          throw error;
        },
      );
      return fetching;
    },
  };
}
