import { isMultiState } from "../../rules/Rule.ts";
import type { IdentifyResult } from "../../universe/identify/index.ts";
import {
  DEFAULT_IDENTIFY_LIMIT,
  describeIdentify,
  MAX_IDENTIFY_LIMIT,
} from "../../universe/identify/index.ts";
import { CodecCancelled, type CodecJob, identifyOffThread } from "../../worker/codec/index.ts";
import { MAX_IDENTIFY_CELLS } from "../identify/IdentifyView.ts";
import type { StoreContext } from "./StoreContext.ts";

export interface IdentifyActions {
  /**
   * Identify: pauses, copies the world's cells (the world itself is not changed: its
   * generation stays) and runs the copy in the codec worker up to `limit` generations (the
   * last limit asked for, else DEFAULT_IDENTIFY_LIMIT); the answer shows in the panel and is
   * announced, and an oscillator's cell periods are drawn over the grid.
   */
  identify(limit?: number): Promise<void>;
  /** Shows or hides an oscillator's cell periods over the grid. */
  toggleIdentifyMap(): void;
  /** Stops a run and closes the panel. */
  closeIdentify(): void;
}

/** Identify's panel and map (see IdentifyView); the run happens in the codec worker. */
export function createIdentifySlice(ctx: StoreContext): IdentifyActions {
  const { set, get } = ctx;
  let job: CodecJob<IdentifyResult> | null = null;
  let epoch = 0;
  let lastLimit = DEFAULT_IDENTIFY_LIMIT;

  const stop = () => {
    job?.cancel();
    job = null;
    epoch++;
  };

  return {
    async identify(asked) {
      stop();
      const mine = epoch;
      const limit = Math.max(1, Math.min(MAX_IDENTIFY_LIMIT, Math.floor(asked ?? lastLimit)));
      lastLimit = limit;
      const s = get();
      if (s.running) s.pause();
      const fail = (message: string) => {
        if (mine !== epoch) return;
        set({
          identified: { phase: "failed", limit, message },
          periodMap: null,
          announcement: message,
        });
      };
      if (s.rule.family === "user") {
        fail("Identify runs built-in rules only, not a rule written in JavaScript");
        return;
      }
      if (s.world.population > BigInt(MAX_IDENTIFY_CELLS)) {
        fail(`Identify copies at most ${MAX_IDENTIFY_CELLS.toLocaleString("en")} live cells`);
        return;
      }
      set({
        identified: { phase: "running", limit, fraction: null },
        periodMap: null,
        announcement: "Identifying…",
      });
      try {
        const { cells, states } = await ctx.universe.cellStates();
        if (mine !== epoch) return;
        const { world, rule } = get();
        const generation = world.generation;
        job = identifyOffThread(
          { space: world.space, rule, cells, ...(isMultiState(rule) && { states }) },
          limit,
          (fraction) => {
            const shown = get().identified;
            if (mine === epoch && shown?.phase === "running") {
              set({ identified: { ...shown, fraction } });
            }
          },
        );
        const result = await job.result;
        if (mine !== epoch) return;
        job = null;
        const sentence = describeIdentify(result);
        set({
          identified: { phase: "done", limit, generation, result, sentence },
          periodMap:
            result.kind === "oscillator" && result.cells
              ? { ...result.cells, period: result.period ?? 0 }
              : null,
          announcement: `Identify: ${sentence}`,
        });
      } catch (error) {
        if (error instanceof CodecCancelled) return;
        fail(`Identify failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    toggleIdentifyMap() {
      const shown = get().identified;
      if (shown?.phase !== "done" || shown.result.kind !== "oscillator" || !shown.result.cells) {
        return;
      }
      const on = get().periodMap === null;
      set({
        periodMap: on ? { ...shown.result.cells, period: shown.result.period ?? 0 } : null,
        announcement: on ? "Cell periods shown over the grid" : "Cell periods hidden",
      });
    },
    closeIdentify() {
      stop();
      set({ identified: null, periodMap: null, announcement: "Closed Identify" });
    },
  };
}
