import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createNodeUniverseWorkers } from "../../../scripts/bench/createNodeUniverseWorkers.ts";
import { createInProcessUniverseWorker } from "./createInProcessUniverseWorker.ts";
import { createUniverseClient, type UniverseClient } from "./createUniverseClient.ts";
import type { UniverseWorker } from "./UniverseWorker.ts";
import { cellStrings, GLIDER, LIFE, R_PENTOMINO, referenceOf } from "./universeTestSupport.ts";

// The page's handle on a universe worker, on a real thread (Node's worker_threads running the
// bundled host) and on the calling thread.
let threads: () => UniverseWorker;
let slowThreads: () => UniverseWorker;
const clients: UniverseClient[] = [];
beforeAll(async () => {
  threads = await createNodeUniverseWorkers();
  // Chunks of up to 5 s: a stop waits for the chunk under way, as with a slow engine.
  slowThreads = await createNodeUniverseWorkers(5000);
});
afterEach(() => {
  for (const client of clients.splice(0)) client.dispose();
});

function open(
  createWorker: () => UniverseWorker,
  onLost?: (message: string) => void,
  stopMillis?: number,
) {
  const client = createUniverseClient({
    createWorker,
    ...(onLost ? { onLost } : {}),
    ...(stopMillis === undefined ? {} : { stopMillis }),
  });
  clients.push(client);
  return client;
}

const load = (cells: Float64Array, engine: "auto" | "coroutine" = "auto") => ({
  cells,
  rule: LIFE,
  engine,
  generation: 0n,
});

describe.each([
  ["a worker thread", () => threads],
  ["the page", () => createInProcessUniverseWorker],
])("the universe client on %s", (_where, factory) => {
  it("steps, edits, snapshots and restores", async () => {
    const client = open(factory());
    expect((await client.load(load(GLIDER))).population).toBe(5n);
    const start = client.snapshot();
    const { status } = await client.step(64n);
    expect(status.generation).toBe(64n);
    expect(status.bounds).toEqual({ x: 16, y: 16, width: 3, height: 3 });
    client.edit(Float64Array.from([-10, -10, 1, -9, -10, 1, -8, -10, 1]));
    const after = await client.step(1n);
    expect(after.status.population).toBe(8n);
    const back = await client.restore(start, LIFE);
    expect(back).toMatchObject({ generation: 0n, population: 5n });
    expect(cellStrings(await client.cells())).toEqual(cellStrings(GLIDER));
  });
});

// On the interpreter: HashLife (auto's choice) runs the R-pentomino's 2^60 generations at once.
describe("pause on a real thread", () => {
  it("answers a stop within 200 ms in the middle of a step of 2^60", async () => {
    const client = open(threads);
    await client.load(load(R_PENTOMINO, "coroutine"));
    let progress = 0;
    const running = client.step(2n ** 60n, () => progress++);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const asked = performance.now();
    client.stop();
    const outcome = await running;
    expect(performance.now() - asked).toBeLessThan(200);
    expect(outcome.stopped).toBe(true);
    expect(outcome.status.generation).toBeGreaterThan(0n);
    expect(progress).toBeGreaterThan(0);
    // The world stopped where it says: the interpreter agrees there.
    const reference = referenceOf(R_PENTOMINO);
    reference.step(outcome.status.generation);
    expect(outcome.status.population).toBe(reference.population());
  });

  it("replaces a worker that does not stop in time, from the last cells the page copied", async () => {
    const lost: string[] = [];
    // A stop may wait 20 ms: far less than the chunk under way (see below), however loaded the
    // machine, yet longer than a stop sent between two chunks would.
    const client = open(slowThreads, (message) => lost.push(message), 20);
    await client.load(load(R_PENTOMINO, "coroutine"));
    await client.step(100n);
    // The page's copy of generation 100 comes back after the step.
    await new Promise((resolve) => setTimeout(resolve, 100));
    let heard = performance.now();
    const running = client.step(2n ** 60n, () => {
      heard = performance.now();
    });
    // Stopped in the middle of a long chunk, so that it waits past the 20 ms the page gives
    // it: after 4 s chunks have grown to take 1.25 s to 2.5 s (they double while they take less
    // than a quarter of the worker's 5 s), and once no progress has come for 300 ms, one is
    // under way with most of it to run.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    while (performance.now() - heard < 300) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const asked = performance.now();
    client.stop();
    const outcome = await running;
    // The 20 ms the page gives the stop, then a fresh worker thread started and loaded (the page
    // itself never waits: Pause sets the store at once).
    expect(performance.now() - asked).toBeLessThan(1500);
    expect(outcome.stopped).toBe(true);
    // From the last cells the page copied: generation 100, or a later one when a progress
    // report of the slow step came back first (on a loaded machine).
    const from = outcome.status.generation;
    expect(from).toBeGreaterThanOrEqual(100n);
    expect(from).toBeLessThan(2n ** 60n);
    expect(lost).toEqual([
      `The universe worker did not stop within 20 ms; the world goes on from generation ${from}`,
    ]);
    const reference = referenceOf(R_PENTOMINO);
    reference.step(from + 5n);
    expect((await client.step(5n)).status.population).toBe(reference.population());
  });
});

describe("a bounded world through a lost worker", () => {
  it("comes back in its space, from its load with the edits and moves since", async () => {
    let fail: (error: Error) => void = () => {};
    const createWorker = (): UniverseWorker => {
      const inner = createInProcessUniverseWorker();
      // It stands in for a Web Worker, which answered before it failed.
      return {
        where: "worker",
        post: (request, transfer) => inner.post(request, transfer),
        listen(onReply, onError) {
          fail = onError;
          inner.listen(onReply, onError);
        },
        terminate: () => inner.terminate(),
      };
    };
    const lost: string[] = [];
    // No copies after steps (as for a grid too full to copy): only the load and what followed.
    const client = createUniverseClient({
      createWorker,
      recoveryCells: 0,
      onLost: (message) => lost.push(message),
    });
    clients.push(client);
    const torus = { kind: "torus", width: 48, height: 32 } as const;
    const random = { density: 0.35, seed: 11 };
    await client.load({ space: torus, rule: LIFE, engine: "auto", random, generation: 0n });
    client.edit(Float64Array.from([0, 0, 1, 1, 0, 1, 2, 0, 1]));
    const bigger = { kind: "torus", width: 64, height: 40 } as const;
    await client.setSpace(bigger, 8, 4);
    const expected = await client.words();
    await client.step(10n);
    fail(new Error("out of memory"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lost).toEqual([
      "The universe worker failed (out of memory); the world goes on from generation 0",
    ]);
    expect(client.space).toEqual(bigger);
    expect(await client.words()).toEqual(expected);
  });
});
