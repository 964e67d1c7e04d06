import { isMultiState } from "../../rules/Rule.ts";
import { compileRuleOf } from "../../universe/compileRuleOf.ts";
import { createUniverse, ENGINES_FOR } from "../../universe/createUniverse.ts";
import { isGridSpace } from "../../universe/isGridSpace.ts";
import { createSimulationPool } from "../pool/createSimulationPool.ts";
import { MAX_WORKERS, poolSize } from "../pool/poolSize.ts";
import type { SimulationPool, SimulationPoolOptions } from "../pool/SimulationPool.ts";
import { createPooledUniverse, type PoolHolder, poolRuns } from "./createPooledUniverse.ts";
import type { CreateUniverse } from "./createUniverseHost.ts";

/** What the universe worker makes its worlds with when it has a band pool. */
export interface PooledSpaces {
  /** Bounded grids on the band pool, the infinite plane as `createUniverse` makes it. */
  readonly create: CreateUniverse;
  /**
   * Changes the number of band workers (1 to MAX_WORKERS, 1 once they run on this thread),
   * keeping the world; resolves with the number there are then.
   */
  resize(workers: number): Promise<number>;
  dispose(): void;
}

/**
 * The universe worker's way of making worlds: a torus or bounded plane becomes a pooled
 * universe (createPooledUniverse) on the engine asked for (`auto` and `fast`: the fastest kernel
 * the bands have; `coroutine`: the interpreter on the bands), all sharing one band pool, started
 * with the first grid so that a session on the infinite plane starts no band workers. The
 * infinite plane is `createUniverse`'s, and so are Golly's other surfaces (shifted tori, Klein
 * bottles, cross-surfaces, spheres), which the bands do not join: they run as one grid on the
 * universe worker's thread.
 */
export function createPooledSpaces(options: SimulationPoolOptions): PooledSpaces {
  let started: SimulationPool | undefined;
  let workers = options.workers;
  const holder: PoolHolder = {
    owner: null,
    pool() {
      started ??= createSimulationPool({
        ...options,
        ...(workers === undefined ? {} : { workers }),
      });
      return started;
    },
  };
  return {
    create(options) {
      const { space, rule, engine = "auto" } = options;
      // The bands hold two-state rows and join plain edges only: multi-state worlds and Golly's
      // other surfaces run on one grid here.
      if (!isGridSpace(space) || isMultiState(rule) || !poolRuns(space)) {
        return createUniverse(options);
      }
      const name = engine === "auto" ? "fast" : engine;
      if (name !== "fast" && name !== "coroutine") {
        throw new RangeError(
          `the ${name} engine does not run a ${space.kind}; it runs on ${ENGINES_FOR[space.kind].join(", ")}`,
        );
      }
      const compiled = compileRuleOf(rule);
      if (!compiled) {
        throw new RangeError("the rule's cell coroutine does not compile to a 3x3 table");
      }
      return createPooledUniverse(space, rule, compiled, name, holder, options.words);
    },
    async resize(count) {
      if (Number.isFinite(count)) workers = Math.max(1, Math.min(MAX_WORKERS, Math.floor(count)));
      if (!started) return workers ?? poolSize();
      await started.resize(count);
      return started.size;
    },
    dispose() {
      started?.dispose();
      started = undefined;
      holder.owner = null;
    },
  };
}
