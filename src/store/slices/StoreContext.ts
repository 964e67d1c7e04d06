import type { UniverseClient } from "../../worker/universe/createUniverseClient.ts";
import type { History } from "../createHistory.ts";
import type { SandboxTracer } from "../inspect/traceInSandbox.ts";
import type { LifeData, LifeState, UndoSnapshot } from "../LifeState.ts";
import type { WorldLink } from "../world/createWorldLink.ts";

type Patch = Partial<LifeData> | ((state: LifeState) => Partial<LifeData>);

/** What the slices share: the store's set and get, the world's link, history, and helpers. */
export interface StoreContext {
  readonly set: (patch: Patch) => void;
  readonly get: () => LifeState;
  readonly history: History;
  /** The universe worker, which holds the world, in any space. */
  readonly universe: UniverseClient;
  /** Traces a user's rule in the rule sandbox (the Inspector and Watch mode on such a rule). */
  readonly traceInSandbox: SandboxTracer;
  /** The store's side of the world in the universe worker (see createWorldLink). */
  readonly world: WorldLink;
  /** The world as it is now: the page's settings and the worker's snapshot of its cells. */
  snapshot(): UndoSnapshot;
  /** Records the world as it is now (or as `snapshot` took it) for Undo, before an edit. */
  remember(snapshot?: UndoSnapshot): void;
  /**
   * Records the world as it is now for Undo before running or stepping advances it, once for
   * each `series` (a run from Play to Pause, or steps with nothing else between them): Undo
   * goes back to where it started. Anything else recorded or restored ends the series.
   */
  rememberAdvance(series: string): void;
  /** Puts a snapshot back (Undo/Redo), paused. */
  restore(snapshot: UndoSnapshot, announcement: string): void;
}
