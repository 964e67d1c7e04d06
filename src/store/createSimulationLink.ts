import { PackedCells } from "../engine/index.ts";
import type { StepResult, World } from "../worker/protocol.ts";
import type { Simulator } from "../worker/Simulator.ts";
import { WorkerLostError } from "../worker/WorkerLostError.ts";

/** What the link needs from the page to carry on when the simulator loses its world. */
export interface SimulationLinkHooks {
  /** The world the page shows now: the last generation it received, with every edit since. */
  readonly currentWorld: () => World;
  /** Tells the user what happened to the simulation (a worker lost, the page taking over). */
  readonly onNotice: (message: string) => void;
}

/**
 * Recoveries in a row, without a step that succeeded, before a failure stops the simulation:
 * fresh workers, then the page, then something is wrong that starting again will not mend.
 */
const MAX_RECOVERIES = 3;

/**
 * The store's side of the conversation with the simulator. It numbers worlds (epochs) so a
 * reply computed for a world since replaced is dropped, numbers edits so those the simulator
 * had not seen when it replied are laid over its reply, and keeps one step in flight at a time.
 * When the simulator loses its world (a worker died: `WorkerLostError`) it loads the page's
 * world again, says so, and asks for the same step.
 */
export function createSimulationLink(simulator: Simulator, hooks?: SimulationLinkHooks) {
  let epoch = 0;
  let editSeq = 0;
  let pendingEdits: { seq: number; changes: Int32Array }[] = [];
  let inFlight = false;
  let queuedSteps = 0;
  let world: World | undefined;
  let recoveries = 0;
  let toldFallback = false;
  /** Whether any step has succeeded yet. */
  let stepped = false;

  /** Says once that the simulation runs in the page, when it does for want of workers. */
  const tellFallback = () => {
    const reason = simulator.fallbackReason;
    if (toldFallback || reason === undefined || simulator.where !== "main thread") return;
    toldFallback = true;
    hooks?.onNotice(`Workers could not start (${reason}); the simulation runs in the page`);
  };

  /** Loads the page's world again after the simulator lost it; false when it should not. */
  const recover = (error: unknown): boolean => {
    if (!(error instanceof WorkerLostError) || !hooks || recoveries >= MAX_RECOVERIES) {
      return false;
    }
    recoveries++;
    const now = hooks.currentWorld();
    const queued = queuedSteps;
    link.load(now);
    queuedSteps = queued;
    const inPage = simulator.where === "main thread";
    const reason = error.message;
    if (inPage && !stepped) {
      // Never a step from a worker: they could not start (a policy forbids them, say).
      tellFallback();
    } else if (inPage) {
      toldFallback = true;
      hooks.onNotice(
        `A worker stopped (${reason}); the simulation runs in the page from generation ${now.generation}`,
      );
    } else {
      hooks.onNotice(
        `A worker stopped (${reason}); restarted the simulation from generation ${now.generation}`,
      );
    }
    return true;
  };

  const link = {
    get where() {
      return simulator.where;
    },
    get busy() {
      return inFlight;
    },
    /** Replaces the simulator's world; replies to earlier requests become stale. */
    load(next: World) {
      world = next;
      epoch++;
      pendingEdits = [];
      queuedSteps = 0;
      simulator.load(next, epoch);
    },
    /** Sends (index, state) pairs, already applied to the store's cells. */
    edit(changes: Int32Array) {
      editSeq++;
      pendingEdits.push({ seq: editSeq, changes });
      simulator.edit(changes, editSeq);
    },
    /**
     * Asks for `generations` more. `onResult` gets the cells with unseen edits laid over them,
     * or is not called when the world was replaced meanwhile.
     */
    step(
      generations: number,
      onResult: (result: StepResult, cells: PackedCells, population: number) => void,
      onError: (error: Error) => void,
    ) {
      inFlight = true;
      const requestEpoch = epoch;
      simulator.step(generations).then(
        (result) => {
          inFlight = false;
          recoveries = 0;
          stepped = true;
          tellFallback();
          if (result.epoch === epoch && requestEpoch === epoch) {
            pendingEdits = pendingEdits.filter((edit) => edit.seq > result.editSeq);
            const size = world ?? { width: 0, height: 0 };
            const cells = new PackedCells(size.width, size.height, result.words);
            for (const edit of pendingEdits) applyChanges(cells, edit.changes);
            // Counting a big grid costs the page time: only when edits changed the reply.
            onResult(
              result,
              cells,
              pendingEdits.length > 0 ? cells.population() : result.population,
            );
          }
          if (queuedSteps > 0) {
            queuedSteps--;
            link.step(1, onResult, onError);
          }
        },
        (error: unknown) => {
          inFlight = false;
          if (recover(error)) {
            link.step(generations, onResult, onError);
            return;
          }
          queuedSteps = 0;
          onError(error instanceof Error ? error : new Error(String(error)));
        },
      );
    },
    /** One more generation after the one in flight (Step pressed repeatedly). */
    queueStep() {
      queuedSteps++;
    },
    dispose() {
      simulator.dispose();
    },
  };
  return link;
}

export type SimulationLink = ReturnType<typeof createSimulationLink>;

/** Writes (index, state) pairs into `cells`. */
export function applyChanges(cells: PackedCells, changes: Int32Array): void {
  for (let i = 0; i + 1 < changes.length; i += 2) {
    cells.setIndex(changes[i] as number, changes[i + 1] as number);
  }
}
