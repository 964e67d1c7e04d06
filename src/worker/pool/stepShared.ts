import type { WorkerConnection } from "./connectWorker.ts";
import type { BandsOutcome, LoadedWorld } from "./LoadedWorld.ts";

/**
 * Shared mode: one `run` request per band; the workers advance all `generations` among
 * themselves, meeting at the barrier, and write their packed rows to the shared output, which
 * is copied out once every band has answered.
 */
export async function stepShared(
  world: LoadedWorld,
  connections: readonly WorkerConnection[],
  id: number,
  generations: number,
): Promise<BandsOutcome> {
  const { shared, ranges } = world;
  if (!shared) throw new Error("this world was not loaded in shared memory");
  const replies = await Promise.all(
    ranges.map((_, i) =>
      (connections[i] as WorkerConnection).request({ kind: "run", id, generations }),
    ),
  );
  return {
    // A copy the caller owns, in ordinary memory: the shared grid is the workers' again.
    words: new Uint32Array(shared.output).slice(),
    population: replies.reduce((sum, reply) => sum + (reply.population ?? 0), 0),
    kernel: replies[0]?.kernel ?? "coroutine",
  };
}
