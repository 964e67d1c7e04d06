import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { lifeLike } from "../../rules/Rule.ts";
import { createUniverse } from "../../universe/createUniverse.ts";
import type { DensityPicture, Universe } from "../../universe/Universe.ts";
import type { PictureColors } from "../../view/paintPicture.ts";
import { createInProcessUniverseWorker } from "./createInProcessUniverseWorker.ts";
import { createUniverseHost } from "./createUniverseHost.ts";
import type { UniverseReply } from "./protocol.ts";
import {
  cellStrings,
  createConversation,
  GLIDER,
  HIGHLIFE,
  LIFE,
  R_PENTOMINO,
  referenceOf,
} from "./universeTestSupport.ts";

// The universe worker's host on the calling thread, the same code a Web Worker runs, against
// the coroutine interpreter stepped directly.
const seed = pickSeed();

function start(
  cells: Float64Array,
  rule = LIFE,
  generation = 0n,
  engine: "auto" | "coroutine" = "auto",
) {
  const talk = createConversation(createInProcessUniverseWorker());
  talk.send({ kind: "load", epoch: 1, rule, engine, cells, generation });
  return talk;
}

describe("the universe host", () => {
  it("loads, steps by bigints and reports generation, population, bounds and engine", async () => {
    const talk = start(GLIDER, LIFE, 10n);
    const loaded = await talk.next("status");
    expect(loaded.status).toMatchObject({ epoch: 1, generation: 10n, population: 5n });
    expect(loaded.status.bounds).toEqual({ x: 0, y: 0, width: 3, height: 3 });
    talk.send({ kind: "step", id: 1, generations: 400n });
    const stepped = await talk.next("stepped");
    expect(stepped.stopped).toBe(false);
    expect(stepped.status.generation).toBe(410n);
    expect(stepped.status.population).toBe(5n);
    // A glider moves one cell diagonally every four generations: 100 cells, past any 80-row grid.
    expect(stepped.status.bounds).toEqual({ x: 100, y: 100, width: 3, height: 3 });
    // Auto runs a glider on HashLife (a soup would go on tiles).
    expect(stepped.status.engine).toBe("hashlife");
  });

  it("runs seeded soups with edits between steps like the interpreter stepped directly", async () => {
    const random = createRandom(seed);
    for (let trial = 0; trial < 5; trial++) {
      const soup: number[] = [];
      for (let y = -6; y < 6; y++) for (let x = -6; x < 6; x++) if (random() < 0.4) soup.push(x, y);
      const cells = Float64Array.from(soup);
      const rule = trial % 2 ? HIGHLIFE : LIFE;
      const reference = referenceOf(cells, rule);
      const talk = start(cells, rule);
      await talk.next("status");
      for (const [i, generations] of [3, 0, 17, 1].entries()) {
        const x = Math.floor(random() * 40) - 20;
        const y = Math.floor(random() * 40) - 20;
        talk.send({ kind: "edit", seq: i + 1, changes: Float64Array.from([x, y, 1, x + 1, y, 1]) });
        reference.set(x, y, 1);
        reference.set(x + 1, y, 1);
        talk.send({ kind: "step", id: i, generations: BigInt(generations) });
        reference.step(BigInt(generations));
        const { status } = await talk.next("stepped");
        const where = `seed ${seed} (TEST_SEED=${seed}), trial ${trial}, step ${i}`;
        expect(status.editSeq, where).toBe(i + 1);
        expect(status.population, where).toBe(reference.population());
        talk.send({ kind: "cells", id: 100 + i });
        const { cells: now } = await talk.next("cells");
        expect(cellStrings(now), where).toEqual(cellStrings(reference));
      }
    }
  });

  it("paints a picture asked for in colours, and transfers its bitmap with its pixels", () => {
    const posted: { reply: UniverseReply; transfer: unknown[] }[] = [];
    const painted: [DensityPicture, PictureColors][] = [];
    const bitmap = { width: 4, height: 4, close() {} } as ImageBitmap;
    const handle = createUniverseHost((reply, transfer) => posted.push({ reply, transfer }), {
      create: createUniverse,
      paint: (picture, colors) => {
        painted.push([picture, colors]);
        return bitmap;
      },
    });
    handle({ kind: "load", epoch: 1, rule: LIFE, engine: "auto", cells: GLIDER, generation: 0n });
    const rect = { x: 0, y: 0, width: 4, height: 4 };
    const colors = { empty: 0x101010, alive: 0x00ff00 };
    handle({ kind: "picture", id: 1, rect, scale: 0 });
    handle({ kind: "picture", id: 2, rect, scale: 0, colors });
    const [plain, coloured] = posted.filter((p) => p.reply.kind === "picture") as {
      reply: Extract<UniverseReply, { kind: "picture" }>;
      transfer: unknown[];
    }[];
    expect(plain?.reply.bitmap).toBeUndefined();
    expect(plain?.transfer).toEqual([plain?.reply.picture.pixels.buffer]);
    expect(coloured?.reply.bitmap).toBe(bitmap);
    expect(coloured?.transfer).toEqual([coloured?.reply.picture.pixels.buffer, bitmap]);
    expect(painted).toEqual([[coloured?.reply.picture, colors]]);
  });

  it("draws a picture of a rectangle at a scale, as the universe does", async () => {
    const talk = start(R_PENTOMINO);
    talk.send({ kind: "step", id: 1, generations: 200n });
    await talk.next("stepped");
    const reference = referenceOf(R_PENTOMINO);
    reference.step(200n);
    const rect = { x: -64, y: -64, width: 128, height: 128 };
    for (const scale of [0, 2, 5]) {
      talk.send({ kind: "picture", id: scale, rect, scale });
      const { picture } = await talk.next("picture");
      // The picture covers the rectangle, from where the engine's pixels start (HashLife's rows
      // start at its nodes'): the same pixels as the interpreter's picture of that rectangle.
      const side = 2 ** scale;
      const covered = {
        x: picture.x,
        y: picture.y,
        width: picture.width * side,
        height: picture.height * side,
      };
      expect(picture.pixels).toEqual(reference.picture(covered, scale).pixels);
      expect(picture.width).toBe(128 >> scale);
      expect(picture.y).toBeLessThanOrEqual(rect.y);
    }
  });

  it("keeps snapshots and restores them, across a rule change", async () => {
    const talk = start(R_PENTOMINO);
    await talk.next("status");
    talk.send({ kind: "snapshot", key: 1 });
    talk.send({ kind: "step", id: 1, generations: 30n });
    const after30 = await talk.next("stepped");
    talk.send({ kind: "snapshot", key: 2 });
    talk.send({ kind: "rule", epoch: 2, rule: HIGHLIFE });
    expect((await talk.next("status")).status.generation).toBe(30n);
    talk.send({ kind: "step", id: 2, generations: 10n });
    await talk.next("stepped");
    talk.send({ kind: "restore", epoch: 3, key: 2, rule: LIFE });
    const back = (await talk.next("status")).status;
    expect(back).toMatchObject({
      epoch: 3,
      generation: 30n,
      population: after30.status.population,
    });
    // Restored on Life, not HighLife: it runs on as Life does.
    talk.send({ kind: "step", id: 3, generations: 20n });
    const on = await talk.next("stepped");
    const reference = referenceOf(R_PENTOMINO);
    reference.step(50n);
    expect(on.status.population).toBe(reference.population());
    talk.send({ kind: "restore", epoch: 4, key: 1, rule: LIFE });
    expect((await talk.next("status")).status).toMatchObject({ generation: 0n, population: 5n });
    // Restored onto another rule: the cells carry over and run on it.
    talk.send({ kind: "restore", epoch: 5, key: 1, rule: HIGHLIFE });
    await talk.next("status");
    talk.send({ kind: "step", id: 4, generations: 60n });
    const high = referenceOf(R_PENTOMINO, HIGHLIFE);
    high.step(60n);
    expect((await talk.next("stepped")).status).toMatchObject({
      generation: 60n,
      population: high.population(),
    });
  });

  it("abandons a huge step when told to stop, between chunks, and says how far it got", async () => {
    // On the interpreter: HashLife would run the R-pentomino's 2^60 generations at once.
    const talk = start(R_PENTOMINO, LIFE, 0n, "coroutine");
    await talk.next("status");
    talk.send({ kind: "step", id: 1, generations: 2n ** 60n });
    await new Promise((resolve) => setTimeout(resolve, 150));
    // A picture is answered during the step.
    talk.send({ kind: "picture", id: 2, rect: { x: -8, y: -8, width: 16, height: 16 }, scale: 0 });
    await talk.next("picture");
    const asked = performance.now();
    talk.send({ kind: "stop" });
    const stepped = await talk.next("stepped");
    expect(performance.now() - asked).toBeLessThan(200);
    expect(stepped.stopped).toBe(true);
    expect(stepped.status.generation).toBeGreaterThan(0n);
    expect(stepped.status.generation).toBeLessThan(2n ** 60n);
  });

  it("answers a step of 0 at once, and a failure with the request's id", async () => {
    const talk = start(GLIDER);
    await talk.next("status");
    talk.send({ kind: "step", id: 7, generations: 0n });
    expect((await talk.next("stepped")).status.generation).toBe(0n);
    talk.send({ kind: "restore", epoch: 2, key: 99, rule: LIFE });
    await expect(talk.next("status")).rejects.toThrow("no snapshot 99");
    talk.send({
      kind: "load",
      epoch: 3,
      rule: lifeLike(1, 0),
      engine: "auto",
      cells: GLIDER,
      generation: 0n,
    });
    await expect(talk.next("status")).rejects.toThrow(/B0|birth/i);
  });
});

describe("the universe host's chunks", () => {
  /**
   * A universe whose chunks of steps take `cost(chunk)` ms of a fake clock (the `chunk`-th, from
   * 0), recording the generations of each chunk: the host sizes its chunks by that clock. A
   * chunk is what runs in one task, however the host calls `step` in it (a generation at a
   * time, for the population graph's record, except on HashLife).
   */
  function chunksOf(engine: "hashlife" | "tiles", cost: (chunk: number) => number) {
    let clock = 0;
    const chunks: bigint[] = [];
    let charged = false;
    const stub = {
      engine,
      generation: 0n,
      step(n: bigint) {
        if (!charged) clock += cost(chunks.length);
        charged = true;
        stub.generation += n;
      },
      set() {},
      cells: () => [],
      population: () => 0n,
      bounds: () => null,
      // The run timeline keeps a checkpoint at the end of each chunk.
      snapshot: () => ({ engine, generation: stub.generation, population: 0n }),
      dispose() {},
    };
    const universe = stub as unknown as Universe;
    const replies: UniverseReply[] = [];
    const tasks: (() => void)[] = [];
    const handle = createUniverseHost((reply) => replies.push(reply), {
      create: () => universe,
      now: () => clock,
      yieldToMessages: (task) => tasks.push(task),
    });
    handle({
      kind: "load",
      epoch: 1,
      rule: LIFE,
      engine,
      cells: new Float64Array(),
      generation: 0n,
    });
    const chunk = (run: () => void) => {
      const before = stub.generation;
      charged = false;
      run();
      if (stub.generation > before) chunks.push(stub.generation - before);
    };
    // The first chunk runs at once.
    chunk(() => handle({ kind: "step", id: 1, generations: 2n ** 20n }));
    while (tasks.length > 0) chunk(tasks.shift() as () => void);
    expect(replies.at(-1)).toMatchObject({ kind: "stepped", stopped: false });
    return chunks;
  }

  it("halves a slow chunk whose time follows its length, never HashLife's", () => {
    // Quick for the first 12 chunks (they double to 2^12), then 100 ms each whatever their length.
    const flat = (chunk: number) => (chunk < 12 ? 1 : 100);
    const hashlife = chunksOf("hashlife", flat);
    expect(hashlife.slice(12, 20)).toEqual(Array(8).fill(2n ** 12n));
    const tiles = chunksOf("tiles", flat);
    expect(tiles.slice(12, 15)).toEqual([2n ** 12n, 2n ** 11n, 2n ** 10n]);
  });
});
