import { expect } from "vitest";
import { CoroutineEngine, Grid, PackedCells, type Topology } from "../../engine/index.ts";
import { cellProgramOf, parseRule, type Rule } from "../../rules/index.ts";
import type { World } from "../protocol.ts";
import { createInProcessWorker } from "./createInProcessWorker.ts";
import { createSimulationPool } from "./createSimulationPool.ts";
import type { PoolWorker } from "./PoolWorker.ts";
import type { SimulationPool, SimulationPoolOptions } from "./SimulationPool.ts";

/**
 * The real pool with its band workers on the calling thread (`createInProcessWorker`, as the
 * page runs them when workers cannot start): what the store's and the app's tests simulate on,
 * so that they test the code the page runs rather than a simulator of their own.
 */
export function createInProcessPool(options: Partial<SimulationPoolOptions> = {}): SimulationPool {
  return createSimulationPool({
    workers: 1,
    mode: "transfer",
    createWorker: createInProcessWorker,
    ...options,
  });
}

/** A seeded soup as a pool's world and as the interpreter's reference engine. */
export function createCase(
  width: number,
  height: number,
  topology: Topology,
  rulestring: string,
  random: () => number,
): { world: World; reference: CoroutineEngine; rule: Rule } {
  const rule = parseRule(rulestring).rule;
  const cells = Uint8Array.from({ length: width * height }, () => (random() < 0.4 ? 1 : 0));
  const words = PackedCells.fromBytes(cells, width, height).words;
  const world = { width, height, topology, rule, words, generation: 0 };
  const reference = new CoroutineEngine(
    new Grid(height, width, topology, cells),
    cellProgramOf(rule),
  );
  return { world, reference, rule };
}

/**
 * Steps the pool and the reference by each count in `schedule` in turn, and expects the same
 * cells, population and generation after each; `edits` run before the step of the same index.
 */
export async function expectSameRun(
  pool: SimulationPool,
  reference: CoroutineEngine,
  schedule: readonly number[],
  where: string,
  edits: ReadonlyMap<number, Int32Array> = new Map(),
): Promise<void> {
  const { width, height } = reference.grid;
  for (const [i, generations] of schedule.entries()) {
    const changes = edits.get(i);
    if (changes) {
      pool.edit(changes, i + 1);
      for (let j = 0; j + 1 < changes.length; j += 2) {
        reference.grid.cells[changes[j] as number] = changes[j + 1] ? 1 : 0;
      }
    }
    const result = await pool.step(generations);
    reference.step(generations);
    const at = `${where}, after step ${i} (${generations}), generation ${reference.generation}`;
    const actual = new PackedCells(width, height, result.words).toBytes();
    expect(firstDifference(reference.grid.cells, actual, width), at).toBe("none");
    expect(result.population, at).toBe(reference.grid.population());
    expect(result.generation, at).toBe(reference.generation);
  }
}

/** Edits touching every band's edge rows and the edge columns, for `height` x `width`. */
export function edgeEdits(width: number, height: number, random: () => number): Int32Array {
  const changes: number[] = [];
  for (const y of [0, 1, Math.floor(height / 3), Math.floor(height / 2), height - 1]) {
    for (const x of [0, width - 1, Math.floor(random() * width)]) {
      changes.push(y * width + x, random() < 0.5 ? 1 : 0);
    }
  }
  return Int32Array.from(changes);
}

function firstDifference(expected: Uint8Array, actual: Uint8Array, width: number): string {
  const i = expected.findIndex((cell, j) => actual[j] !== cell);
  return i < 0 ? "none" : `first difference at y ${Math.floor(i / width)} x ${i % width}`;
}

/**
 * In-process band workers that pretend to be threads (so the pool treats them as real workers)
 * and that a test can kill without the pool knowing (as `terminate()` from outside, `self.close()`
 * or running out of memory do), or start silent (a worker that never answers).
 */
export function createFaultyWorkers(silent: (index: number) => boolean = () => false) {
  const workers: { worker: PoolWorker; kill(): void; alive: boolean }[] = [];
  let alive = 0;
  let mostAlive = 0;
  const createWorker = (): PoolWorker => {
    const index = workers.length;
    const inner = createInProcessWorker();
    const entry = {
      alive: true,
      kill() {
        inner.terminate();
      },
      worker: {
        where: "worker" as const,
        post: (request, transfer) => {
          if (!silent(index)) inner.post(request, transfer);
        },
        listen: (onReply, onError) => inner.listen(onReply, onError),
        terminate() {
          if (entry.alive) alive--;
          entry.alive = false;
          inner.terminate();
        },
      } satisfies PoolWorker,
    };
    workers.push(entry);
    alive++;
    mostAlive = Math.max(mostAlive, alive);
    return entry.worker;
  };
  return {
    createWorker,
    workers,
    get alive() {
      return alive;
    },
    get mostAlive() {
      return mostAlive;
    },
  };
}
