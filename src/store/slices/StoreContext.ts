import type { PackedCells } from "../../engine/index.ts";
import type { Simulator } from "../../worker/Simulator.ts";
import type { UniverseClient } from "../../worker/universe/createUniverseClient.ts";
import type { History } from "../createHistory.ts";
import type { SimulationLink } from "../createSimulationLink.ts";
import type { InfinitePlane } from "../infinite/createInfinitePlane.ts";
import type { LifeData, LifeState, UndoSnapshot } from "../LifeState.ts";

type Patch = Partial<LifeData> | ((state: LifeState) => Partial<LifeData>);

/** What the slices share: the store's set and get, the simulator link, history, and helpers. */
export interface StoreContext {
  readonly set: (patch: Patch) => void;
  readonly get: () => LifeState;
  readonly link: SimulationLink;
  readonly simulator: Simulator;
  readonly history: History;
  /** The universe worker, which holds a world on the infinite plane. */
  readonly universe: UniverseClient;
  /** The store's side of a world on the infinite plane (see createInfinitePlane). */
  readonly plane: InfinitePlane;
  /** Sends the current world to the simulator (after a change it cannot learn from edits). */
  reload(): void;
  /** The world as it is now (its cells by reference: history copies what it keeps). */
  snapshot(): UndoSnapshot;
  /** Records the world as it is now (or as `snapshot` took it) for Undo, before an edit. */
  remember(snapshot?: UndoSnapshot): void;
  /**
   * Records the world as it is now for Undo before running or stepping advances it, once for
   * each `series` (a run from Play to Pause, or steps with nothing else between them): Undo
   * goes back to where it started. Anything else recorded or restored ends the series.
   */
  rememberAdvance(series: string): void;
  /** Puts a snapshot back (Undo/Redo), paused; the snapshot's cells become the store's. */
  restore(snapshot: UndoSnapshot, announcement: string): void;
  /** New cells at generation 0 (they are also what Reset returns to). */
  replaceCells(patch: Partial<LifeData> & { cells: PackedCells }, announcement: string): void;
  /** Changes cells in place, (index, state) pairs, and tells the simulator. */
  editCells(changes: Int32Array): void;
}
