import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeBandWorkers } from "../../../scripts/bench/createNodeBandWorkers.ts";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { fillRandom } from "../../engine/fillRandom.ts";
import { PackedCells } from "../../engine/PackedCells.ts";
import type { Rule } from "../../rules/index.ts";
import { createUniverse } from "../../universe/createUniverse.ts";
import type { GridSpace, Space, Universe } from "../../universe/Universe.ts";
import { createInProcessChannel } from "../createInProcessChannel.ts";
import { createInProcessWorker } from "../pool/createInProcessWorker.ts";
import type { PoolWorker } from "../pool/PoolWorker.ts";
import { createFaultyWorkers } from "../pool/poolTestSupport.ts";
import type { PoolEngine, PoolMode } from "../pool/protocol.ts";
import type { SimulationPoolOptions } from "../pool/SimulationPool.ts";
import { createPooledSpaces, type PooledSpaces } from "./createPooledSpaces.ts";
import { createUniverseClient } from "./createUniverseClient.ts";
import { createUniverseHost } from "./createUniverseHost.ts";
import type { UniverseReply, UniverseRequest } from "./protocol.ts";
import type { UniverseWorker } from "./UniverseWorker.ts";
import {
  cellStrings,
  createConversation,
  GLIDER as GLIDER_PAIRS,
  HIGHLIFE,
  LIFE,
} from "./universeTestSupport.ts";

// Bounded grids in the universe host on the band pool (createPooledSpaces), as the universe
// worker holds them: stepped in awaited chunks by band workers, in process and on threads,
// against the coroutine interpreter on the same space, with edits and resizes between steps.
const seed = pickSeed();
const spacesMade: PooledSpaces[] = [];
let threads: () => PoolWorker;
beforeAll(async () => {
  threads = await createNodeBandWorkers();
});
afterAll(() => {
  for (const spaces of spacesMade.splice(0)) spaces.dispose();
});

/** A universe host on the calling thread whose bounded grids run on a band pool of `pool`. */
function converse(pool: SimulationPoolOptions) {
  const spaces = createPooledSpaces(pool);
  spacesMade.push(spaces);
  const worker = createInProcessChannel<UniverseRequest, UniverseReply>((post, open) =>
    createUniverseHost(post, {
      create: spaces.create,
      resizePool: spaces.resize,
      yieldToMessages: (task) =>
        setTimeout(() => {
          if (open()) task();
        }, 0),
    }),
  );
  return createConversation(worker);
}

/** The interpreter on `space` holding the live cells of `packed`. */
function interpreterOf(space: Space, packed: PackedCells, rule: Rule): Universe {
  const universe = createUniverse({ space, rule, engine: "coroutine" });
  for (let y = 0; y < packed.height; y++) {
    for (let x = 0; x < packed.width; x++) if (packed.get(x, y)) universe.set(x, y, 1);
  }
  return universe;
}

/** Edits as (x, y, state) triples near every edge, some off the grid (wrapped on a torus). */
function editsFor(space: { width: number; height: number }, random: () => number): Float64Array {
  const changes: number[] = [];
  for (const y of [-1, 0, 1, Math.floor(space.height / 2), space.height - 1, space.height]) {
    for (const x of [-1, 0, space.width - 1, Math.floor(random() * space.width)]) {
      changes.push(x, y, random() < 0.5 ? 1 : 0);
    }
  }
  return Float64Array.from(changes);
}

interface Trial {
  readonly space: GridSpace;
  readonly workers: number;
  readonly engine: PoolEngine;
  readonly mode: PoolMode;
  readonly threads: boolean;
}

const TRIALS: readonly Trial[] = [
  {
    space: { kind: "torus", width: 37, height: 23 },
    workers: 1,
    engine: "fast",
    mode: "transfer",
    threads: false,
  },
  {
    space: { kind: "plane", width: 41, height: 19 },
    workers: 2,
    engine: "fast",
    mode: "transfer",
    threads: false,
  },
  {
    space: { kind: "torus", width: 33, height: 7 },
    workers: 3,
    engine: "coroutine",
    mode: "transfer",
    threads: false,
  },
  {
    space: { kind: "plane", width: 29, height: 31 },
    workers: 3,
    engine: "fast",
    mode: "transfer",
    threads: false,
  },
  {
    space: { kind: "torus", width: 65, height: 17 },
    workers: 2,
    engine: "fast",
    mode: "shared",
    threads: true,
  },
  {
    space: { kind: "plane", width: 37, height: 23 },
    workers: 3,
    engine: "coroutine",
    mode: "shared",
    threads: true,
  },
  {
    space: { kind: "torus", width: 31, height: 2 },
    workers: 3,
    engine: "fast",
    mode: "shared",
    threads: true,
  },
  {
    space: { kind: "plane", width: 45, height: 21 },
    workers: 2,
    engine: "coroutine",
    mode: "transfer",
    threads: true,
  },
];

describe("bounded grids on the band pool in the universe host", () => {
  it.each(TRIALS)(
    "steps a seeded soup like the interpreter, with edits between steps: $space.kind $space.width x $space.height, $workers workers, $engine, $mode, threads $threads",
    async (trial) => {
      const random = createRandom(seed + trial.workers * 31 + trial.space.width);
      const { space, engine } = trial;
      const rule = trial.space.width % 2 === 0 ? HIGHLIFE : LIFE;
      const talk = converse({
        workers: trial.workers,
        mode: trial.mode,
        createWorker: trial.threads ? threads : createInProcessWorker,
      });
      const fillSeed = Math.floor(random() * 2 ** 31);
      const packed = new PackedCells(space.width, space.height);
      fillRandom(packed, 0.4, fillSeed);
      const reference = interpreterOf(space, packed, rule);
      talk.send({
        kind: "load",
        epoch: 1,
        space,
        rule,
        engine,
        random: { density: 0.4, seed: fillSeed },
        generation: 3n,
      });
      expect((await talk.next("status")).status.engine).toBe(engine);
      for (const [i, generations] of [1, 5, 0, 17, 2, 40].entries()) {
        const where = `seed ${seed} (TEST_SEED=${seed}), step ${i} of ${generations}`;
        if (i % 2 === 1) {
          const changes = editsFor(space, random);
          talk.send({ kind: "edit", seq: i, changes });
          for (let j = 0; j + 2 < changes.length; j += 3) {
            reference.set(changes[j] as number, changes[j + 1] as number, changes[j + 2] as number);
          }
        }
        talk.send({ kind: "step", id: i + 10, generations: BigInt(generations) });
        reference.step(BigInt(generations));
        const { status } = await talk.next("stepped");
        expect(status.generation, where).toBe(3n + reference.generation);
        expect(status.population, where).toBe(reference.population());
        if (generations > 0) {
          expect(status.pool, where).toMatchObject({
            bands: Math.min(trial.workers, space.height),
            where: trial.threads ? "worker" : "main thread",
            mode: trial.mode,
            kernel: engine === "coroutine" ? "coroutine" : expect.any(String),
          });
        }
        talk.send({ kind: "cells", id: i + 100 });
        expect(cellStrings((await talk.next("cells")).cells), where).toEqual(
          cellStrings(reference),
        );
      }
    },
  );

  it("resizes the pool between steps, keeping the world, and says how many bands ran", async () => {
    const space = { kind: "torus", width: 50, height: 30 } as const;
    const talk = converse({ workers: 1, mode: "transfer", createWorker: createInProcessWorker });
    const packed = new PackedCells(50, 30);
    fillRandom(packed, 0.35, seed);
    const reference = interpreterOf(space, packed, LIFE);
    talk.send({
      kind: "load",
      epoch: 1,
      space,
      rule: LIFE,
      engine: "auto",
      words: packed.words,
      generation: 0n,
    });
    await talk.next("status");
    for (const workers of [1, 3, 2, 16, 99]) {
      const where = `seed ${seed} (TEST_SEED=${seed}), ${workers} workers`;
      talk.send({ kind: "workers", id: workers, workers });
      expect((await talk.next("workers")).workers, where).toBe(Math.min(workers, 16));
      talk.send({ kind: "step", id: 1, generations: 9n });
      reference.step(9n);
      const { status } = await talk.next("stepped");
      expect(status.pool?.bands, where).toBe(Math.min(workers, 16));
      expect(status.pool?.workers, where).toBe(Math.min(workers, 16));
      talk.send({ kind: "cells", id: 2 });
      expect(cellStrings((await talk.next("cells")).cells), where).toEqual(cellStrings(reference));
    }
  });

  it("moves a pooled grid to another space, rule and engine, and snapshots and restores it", async () => {
    const talk = converse({ workers: 2, mode: "transfer", createWorker: createInProcessWorker });
    const torus = { kind: "torus", width: 30, height: 20 } as const;
    const packed = new PackedCells(30, 20);
    fillRandom(packed, 0.4, seed);
    let reference = interpreterOf(torus, packed, LIFE);
    const where = `seed ${seed} (TEST_SEED=${seed})`;
    const expectSame = async (at: string) => {
      talk.send({ kind: "cells", id: 9 });
      const { cells, status } = await talk.next("cells");
      expect(cellStrings(cells), `${where}, ${at}`).toEqual(cellStrings(reference));
      return status;
    };
    talk.send({
      kind: "load",
      epoch: 1,
      space: torus,
      rule: LIFE,
      engine: "auto",
      words: packed.words,
      generation: 0n,
    });
    await talk.next("status");
    talk.send({ kind: "step", id: 1, generations: 6n });
    await talk.next("stepped");
    reference.step(6n);
    talk.send({ kind: "snapshot", key: 1 });
    // Onto a bigger plane, shifted by (3, 4).
    const plane = { kind: "plane", width: 41, height: 27 } as const;
    talk.send({ kind: "space", epoch: 2, space: plane, dx: 3, dy: 4 });
    expect((await talk.next("status")).status).toMatchObject({ generation: 6n, engine: "fast" });
    const moved = createUniverse({ space: plane, rule: LIFE, engine: "coroutine" });
    for (const [x, y] of reference.cells()) moved.set(x + 3, y + 4, 1);
    reference = moved;
    await expectSame("moved");
    talk.send({ kind: "rule", epoch: 3, rule: HIGHLIFE });
    await talk.next("status");
    const highlife = createUniverse({ space: plane, rule: HIGHLIFE, engine: "coroutine" });
    for (const [x, y] of reference.cells()) highlife.set(x, y, 1);
    reference = highlife;
    talk.send({ kind: "engine", epoch: 4, engine: "coroutine" });
    expect((await talk.next("status")).status.engine).toBe("coroutine");
    talk.send({ kind: "step", id: 2, generations: 9n });
    reference.step(9n);
    const { status } = await talk.next("stepped");
    expect(status).toMatchObject({ generation: 15n, pool: { bands: 2, kernel: "coroutine" } });
    await expectSame("on HighLife on the interpreter in the bands");
    // Back to the torus at generation 6, on the rule the page runs now.
    talk.send({ kind: "restore", epoch: 5, key: 1, rule: LIFE });
    expect((await talk.next("status")).status).toMatchObject({ generation: 6n, engine: "fast" });
    reference = interpreterOf(torus, packed, LIFE);
    reference.step(6n);
    await expectSame("restored");
    talk.send({ kind: "step", id: 3, generations: 4n });
    reference.step(4n);
    await talk.next("stepped");
    await expectSame("restored and stepped");
  });

  it("drops the chunk under way for a stop and goes on from the grid it answered with", async () => {
    const talk = converse({ workers: 3, mode: "transfer", createWorker: createInProcessWorker });
    const space = { kind: "torus", width: 45, height: 27 } as const;
    const packed = new PackedCells(45, 27);
    fillRandom(packed, 0.4, seed);
    talk.send({
      kind: "load",
      epoch: 1,
      space,
      rule: LIFE,
      engine: "fast",
      words: packed.words,
      generation: 0n,
    });
    await talk.next("status");
    talk.send({ kind: "step", id: 1, generations: 10n ** 9n });
    await new Promise((resolve) => setTimeout(resolve, 30));
    talk.send({ kind: "stop" });
    const { status, stopped } = await talk.next("stepped");
    expect(stopped).toBe(true);
    // The fast bounded engine (itself checked against the interpreter) on the same soup.
    const reference = createUniverse({ space, rule: LIFE, engine: "fast" });
    for (let y = 0; y < 27; y++) for (let x = 0; x < 45; x++) reference.set(x, y, packed.get(x, y));
    reference.step(status.generation);
    const where = `seed ${seed} (TEST_SEED=${seed}), stopped at ${status.generation}`;
    talk.send({ kind: "cells", id: 2 });
    expect(cellStrings((await talk.next("cells")).cells), where).toEqual(cellStrings(reference));
    talk.send({ kind: "step", id: 3, generations: 7n });
    reference.step(7n);
    expect((await talk.next("stepped")).status.generation).toBe(status.generation + 7n);
    talk.send({ kind: "cells", id: 4 });
    expect(cellStrings((await talk.next("cells")).cells), where).toEqual(cellStrings(reference));
  });

  it("goes on from the last grid when a band worker is killed mid-run, and says so", async () => {
    const faulty = createFaultyWorkers();
    const talk = converse({
      workers: 2,
      mode: "transfer",
      createWorker: faulty.createWorker,
      timeout: () => 150,
    });
    const space = { kind: "torus", width: 31, height: 19 } as const;
    const packed = new PackedCells(31, 19);
    fillRandom(packed, 0.4, seed);
    const reference = interpreterOf(space, packed, LIFE);
    talk.send({
      kind: "load",
      epoch: 1,
      space,
      rule: LIFE,
      engine: "fast",
      words: packed.words,
      generation: 0n,
    });
    await talk.next("status");
    talk.send({ kind: "step", id: 1, generations: 6n });
    await talk.next("stepped");
    reference.step(6n);
    faulty.workers[1]?.kill();
    talk.send({ kind: "step", id: 2, generations: 5n });
    reference.step(5n);
    const notice = await talk.next("notice");
    expect(notice.message).toMatch(/band worker was lost .*went on from its last step/);
    const { status, stopped } = await talk.next("stepped");
    const where = `seed ${seed} (TEST_SEED=${seed})`;
    expect(stopped, where).toBe(false);
    expect(status.generation, where).toBe(11n);
    expect(status.pool?.where).toBe("worker");
    talk.send({ kind: "cells", id: 3 });
    expect(cellStrings((await talk.next("cells")).cells), where).toEqual(cellStrings(reference));
    // Fresh workers replaced both: the pool never holds more than it was asked for.
    expect(faulty.alive).toBe(2);
    expect(faulty.mostAlive).toBe(2);
  });
});

describe("the universe client on a worker with a band pool", () => {
  it("hears of band workers replaced, and asks a worker that replaces a failed one for the band workers set", async () => {
    const started: { requests: UniverseRequest[]; fail(error: Error): void }[] = [];
    const notices: string[] = [];
    const faulty = createFaultyWorkers();
    const createWorker = (): UniverseWorker => {
      const spaces = createPooledSpaces({
        createWorker: faulty.createWorker,
        mode: "transfer",
        timeout: () => 150,
      });
      spacesMade.push(spaces);
      const inner = createInProcessChannel<UniverseRequest, UniverseReply>((post) =>
        createUniverseHost(post, {
          create: spaces.create,
          resizePool: spaces.resize,
          yieldToMessages: (task) => setTimeout(task, 0),
        }),
      );
      const record = { requests: [] as UniverseRequest[], fail: (_error: Error) => {} };
      started.push(record);
      return {
        where: "worker",
        post(request) {
          record.requests.push(request);
          inner.post(request);
        },
        listen(onReply, onError) {
          inner.listen(onReply);
          record.fail = onError;
        },
        terminate: () => inner.terminate(),
      };
    };
    const client = createUniverseClient({ createWorker, onNotice: (m) => notices.push(m) });
    expect(await client.setWorkers(3)).toBe(3);
    const space = { kind: "torus", width: 20, height: 20 } as const;
    await client.load({ space, rule: LIFE, engine: "fast", cells: GLIDER_PAIRS, generation: 0n });
    const { status } = await client.step(4n);
    expect(status.pool?.bands).toBe(3);
    faulty.workers[2]?.kill();
    expect((await client.step(4n)).status).toMatchObject({ generation: 8n, population: 5n });
    expect(notices).toEqual([
      expect.stringMatching(/band worker was lost .*went on from its last step/),
    ]);
    // The client has copied the cells after the step (its recovery point) once this is in.
    await client.cells();
    started[0]?.fail(new Error("killed"));
    const kinds = started[1]?.requests.map((request) => request.kind);
    expect(kinds?.slice(0, 2)).toEqual(["workers", "load"]);
    expect(started[1]?.requests[0]).toMatchObject({ workers: 3 });
    const again = await client.step(4n);
    expect(again.status).toMatchObject({ generation: 12n, population: 5n, pool: { bands: 3 } });
    client.dispose();
  });
});
