import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createNodeUniverseWorkers } from "../../../scripts/bench/createNodeUniverseWorkers.ts";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { fillRandom } from "../../engine/fillRandom.ts";
import { PackedCells } from "../../engine/PackedCells.ts";
import { wordsOf } from "../../universe/bounded/BoundedUniverse.ts";
import { createUniverse } from "../../universe/createUniverse.ts";
import { createUniverseClient, type UniverseClient } from "./createUniverseClient.ts";
import type { UniverseStatus } from "./protocol.ts";
import type { UniverseWorker } from "./UniverseWorker.ts";
import { LIFE } from "./universeTestSupport.ts";

// The universe worker on a Node worker thread with its band pool on nested worker threads, as
// the page's universe worker starts nested Web Workers: the page's client talks to it.
const seed = pickSeed();
let pooled: () => UniverseWorker;
const clients: UniverseClient[] = [];
beforeAll(async () => {
  pooled = await createNodeUniverseWorkers(undefined, { workers: 2 });
});
afterEach(() => {
  for (const client of clients.splice(0)) client.dispose();
});

function open() {
  const client = createUniverseClient({ createWorker: pooled });
  clients.push(client);
  return client;
}

describe("a universe worker thread with band worker threads inside", () => {
  it("steps a torus on two bands in shared memory like the interpreter, and resizes", async () => {
    const client = open();
    const random = createRandom(seed);
    const space = { kind: "torus", width: 97, height: 61 } as const;
    const fill = { density: 0.4, seed: Math.floor(random() * 2 ** 31) };
    const packed = new PackedCells(97, 61);
    fillRandom(packed, fill.density, fill.seed);
    const reference = createUniverse({ space, rule: LIFE, engine: "coroutine" });
    for (let y = 0; y < 61; y++) for (let x = 0; x < 97; x++) reference.set(x, y, packed.get(x, y));
    await client.load({ space, rule: LIFE, engine: "auto", random: fill, generation: 0n });
    const where = `seed ${seed} (TEST_SEED=${seed})`;
    for (const workers of [2, 3, 1]) {
      expect(await client.setWorkers(workers), where).toBe(workers);
      const { status } = await client.step(25n);
      reference.step(25n);
      expect(status.pool, where).toMatchObject({ bands: workers, where: "worker", mode: "shared" });
      const words = new PackedCells(97, 61, await client.words());
      const expected = new PackedCells(97, 61);
      for (const [x, y] of reference.cells()) expected.set(x, y, 1);
      expect(words.equals(expected), `${where}, ${workers} workers`).toBe(true);
    }
  });

  it("answers a stop within 200 ms in a long step of a 2048² soup, and goes on from there", async () => {
    const client = open();
    const space = { kind: "torus", width: 2048, height: 2048 } as const;
    await client.load({
      space,
      rule: LIFE,
      engine: "fast",
      random: { density: 0.35, seed },
      generation: 0n,
    });
    let progress: UniverseStatus | undefined;
    let running: () => void = () => {};
    const started = new Promise<void>((resolve) => {
      running = resolve;
    });
    const outcome = client.step(10n ** 9n, (status) => {
      progress = status;
      running();
    });
    // Once the band workers run (the first progress report), and the chunks have grown.
    await started;
    await new Promise((resolve) => setTimeout(resolve, 200));
    const asked = performance.now();
    client.stop();
    const { stopped, status } = await outcome;
    const took = performance.now() - asked;
    expect(stopped).toBe(true);
    expect(progress?.generation ?? 0n).toBeGreaterThan(0n);
    expect(status.pool).toMatchObject({ bands: 2, where: "worker" });
    expect(took, `the stop took ${took.toFixed(0)} ms`).toBeLessThan(200);
    // The world is the soup at the generation the stop reported, and goes on from there.
    const soup = new PackedCells(2048, 2048);
    fillRandom(soup, 0.35, seed);
    const reference = createUniverse({ space, rule: LIFE, engine: "fast", words: soup.words });
    reference.step(status.generation);
    expect(await client.words()).toEqual(wordsOf(reference));
    await client.step(5n);
    reference.step(5n);
    expect(await client.words()).toEqual(wordsOf(reference));
  });
});
