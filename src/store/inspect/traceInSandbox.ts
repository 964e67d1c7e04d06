import type { CellTrace, Rect } from "../../engine/trace/index.ts";
import { stateCount } from "../../rules/index.ts";
import type { Rule } from "../../rules/Rule.ts";
import { isGridSpace } from "../../universe/isGridSpace.ts";
import type { Space } from "../../universe/Universe.ts";
import type { SandboxTraceRequest } from "../../worker/sandbox/protocol.ts";
import { boundsOf, type ReadCells, readCells, rectsAround } from "./readTraceWorld.ts";

/** Traces a user's rule in the rule sandbox (`RuleSandboxHub.trace`). */
export type SandboxTracer = (request: SandboxTraceRequest) => Promise<readonly CellTrace[]>;

/** A store without a rule sandbox (tests that do not give one): it refuses. */
export const NO_SANDBOX: SandboxTracer = () =>
  Promise.reject(new Error("no rule sandbox runs here to trace a user's rule"));

/** What a trace of a user's rule asks. */
export interface UserTraceAsk {
  readonly space: Space;
  readonly rule: Rule;
  /** The user's JavaScript (see `userSourceOf`). */
  readonly source: string;
  /** The cells traced, row by row. */
  readonly region: Rect;
  readonly frames: boolean;
  readonly maxSteps: number;
}

/**
 * Traces the cells of `region` by the user's own coroutine, in the rule sandbox (user code
 * never runs in the page), with the cells it may ask read from the universe worker: the whole
 * grid on a bounded one, since a user's coroutine may ask any cell (a rule that did not compile
 * runs on bounded grids only); on the infinite plane or a tube, where only a compiled rule runs (its
 * coroutine asks its 3x3 block), the region and the ring around it.
 */
export async function traceInSandbox(
  ask: UserTraceAsk,
  read: ReadCells,
  tracer: SandboxTracer,
): Promise<readonly CellTrace[]> {
  const { space, region } = ask;
  const rects = isGridSpace(space)
    ? [{ x: 0, y: 0, width: space.width, height: space.height }]
    : rectsAround(space, {
        x: region.x - 1,
        y: region.y - 1,
        width: region.width + 2,
        height: region.height + 2,
      });
  const { cells, states } = await readCells(rects, read);
  return tracer({
    source: ask.source,
    states: stateCount(ask.rule),
    bounds: boundsOf(space),
    cells,
    cellStates: states,
    region,
    frames: ask.frames,
    maxSteps: ask.maxSteps,
  });
}
