import type { WorkerConnection } from "./connectWorker.ts";
import type { BandsOutcome, LoadedWorld } from "./LoadedWorld.ts";

/**
 * Shared mode: one `run` request per band; the workers advance all `generations` among
 * themselves, meeting at the barrier, and write their packed rows to one of the two shared
 * outputs, the runs taking them in turn. The output is handed on as it is, not copied: on a
 * 16384x16384 grid a copy is 32 MiB a step, time on the page and garbage for its collector.
 * It stays unchanged until the run after next, as `StepResult.words` promises. A band that does
 * not answer within `timeoutMs(generations)` is lost.
 */
export async function stepShared(
  world: LoadedWorld,
  connections: readonly WorkerConnection[],
  id: number,
  generations: number,
  timeoutMs: (generations: number) => number,
): Promise<BandsOutcome> {
  const { shared, ranges } = world;
  if (!shared) throw new Error("this world was not loaded in shared memory");
  const output = world.runs % 2 === 0 ? 0 : 1;
  world.runs++;
  const replies = await Promise.all(
    ranges.map((_, i) =>
      (connections[i] as WorkerConnection).request(
        { kind: "run", id, generations, output },
        [],
        timeoutMs(generations),
      ),
    ),
  );
  return {
    words: new Uint32Array(shared.outputs[output]),
    population: replies.reduce((sum, reply) => sum + (reply.population ?? 0), 0),
    kernel: replies[0]?.kernel ?? "coroutine",
  };
}
