import { CoroutineEngine, Grid, PackedCells } from "../engine/index.ts";
import { createGameLogic } from "../rules/index.ts";
import type { SimulationReply, SimulationRequest } from "./protocol.ts";

export type Reply = (reply: SimulationReply, transfer: Transferable[]) => void;

/**
 * The simulation's side of the protocol, the same in a worker and on the main thread: it owns
 * the coroutine engine, applies loads and edits in the order they arrive, and answers steps.
 */
export function createSimulationHost(reply: Reply): (request: SimulationRequest) => void {
  let engine: CoroutineEngine | undefined;
  let epoch = 0;
  let editSeq = 0;
  let generationOffset = 0;

  return (request) => {
    switch (request.kind) {
      case "load": {
        const { world } = request;
        const bytes = new PackedCells(world.width, world.height, world.words).toBytes();
        const grid = new Grid(world.height, world.width, world.topology, bytes);
        engine = new CoroutineEngine(grid, createGameLogic(world.rule));
        epoch = request.epoch;
        generationOffset = world.generation;
        return;
      }
      case "edit": {
        editSeq = request.seq;
        if (!engine) return;
        const { cells } = engine.grid;
        for (let i = 0; i + 1 < request.changes.length; i += 2) {
          cells[request.changes[i] as number] = request.changes[i + 1] as number;
        }
        return;
      }
      case "step": {
        if (!engine) {
          reply({ kind: "failed", id: request.id, message: "nothing loaded to step" }, []);
          return;
        }
        const start = performance.now();
        engine.step(request.generations);
        const { grid } = engine;
        const packed = PackedCells.fromBytes(grid.cells, grid.width, grid.height);
        reply(
          {
            kind: "stepped",
            id: request.id,
            epoch,
            editSeq,
            generation: generationOffset + engine.generation,
            words: packed.words,
            population: packed.population(),
            millis: performance.now() - start,
          },
          [packed.words.buffer],
        );
      }
    }
  };
}
