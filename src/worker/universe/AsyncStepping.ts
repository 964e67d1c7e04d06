import type { Universe } from "../../universe/Universe.ts";
import type { PoolRun } from "./protocol.ts";

/** What an asynchronous step has to tell the page beyond the world itself. */
export interface AsyncStepOutcome {
  /** Something the page should say (a lost band worker replaced), when there is one. */
  readonly notice?: string;
}

/**
 * A universe whose steps run elsewhere (the band pool's workers) and so end later. The
 * `Universe` interface stays synchronous for the engines that run where they are called; a
 * universe that also has `stepAsync` is stepped through it by the universe host, which awaits each
 * chunk and holds back the requests that arrive meanwhile. One capability, detected by
 * `steppedAsync`, rather than a second world model: everything but stepping (get, set, picture,
 * cells, snapshots) stays synchronous on a copy of the cells the universe keeps between steps.
 *
 * While a `stepAsync` is pending the universe must not be changed (`set`, `restore`, `step`): its
 * cells are replaced when the step ends. `abandon` ends that at once, so that a `stop` waits
 * for no chunk, however long the pool takes (band workers starting, a big coroutine grid).
 */
export interface AsyncStepping {
  /** Advances `generations` (>= 0) generations; the cells and generation change when it resolves. */
  stepAsync(generations: bigint): Promise<AsyncStepOutcome>;
  /**
   * Drops the step under way, if any: the universe stays as it was before it, may be changed at
   * once, and the pending `stepAsync` resolves (later) having changed nothing.
   */
  abandon(): void;
  /** How the last step ran (bands, where, kernel), and the pool's size now. */
  readonly pool: PoolRun;
}

/** Whether the host must step `universe` through `stepAsync`. */
export function steppedAsync(universe: Universe): universe is Universe & AsyncStepping {
  return typeof (universe as Partial<AsyncStepping>).stepAsync === "function";
}
