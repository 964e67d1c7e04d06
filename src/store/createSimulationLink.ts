import { PackedCells } from "../engine/index.ts";
import type { StepResult, World } from "../worker/protocol.ts";
import type { Simulator } from "../worker/Simulator.ts";

/**
 * The store's side of the conversation with the simulator. It numbers worlds (epochs) so a
 * reply computed for a world since replaced is dropped, numbers edits so those the simulator
 * had not seen when it replied are laid over its reply, and keeps one step in flight at a time.
 */
export function createSimulationLink(simulator: Simulator) {
  let epoch = 0;
  let editSeq = 0;
  let pendingEdits: { seq: number; changes: Int32Array }[] = [];
  let inFlight = false;
  let queuedSteps = 0;
  let world: World | undefined;

  const link = {
    where: simulator.where,
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
