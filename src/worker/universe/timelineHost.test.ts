import { afterAll, describe, expect, it } from "vitest";
import { pickSeed } from "../../../tests/support/random.ts";
import type { Space } from "../../universe/Universe.ts";
import { createInProcessChannel } from "../createInProcessChannel.ts";
import { createInProcessWorker } from "../pool/createInProcessWorker.ts";
import { createInProcessUniverseWorker } from "./createInProcessUniverseWorker.ts";
import { createPooledSpaces, type PooledSpaces } from "./createPooledSpaces.ts";
import { createUniverseHost } from "./createUniverseHost.ts";
import type { UniverseReply, UniverseRequest } from "./protocol.ts";
import { createConversation, LIFE, R_PENTOMINO } from "./universeTestSupport.ts";

// Going back through the real host, as the universe worker runs it: a seeded soup on a torus
// on the band pool (band workers in process), and the R-pentomino on HashLife. Each generation
// gone to has exactly the cells it had when first computed.
const seed = pickSeed();
const made: PooledSpaces[] = [];
afterAll(() => {
  for (const spaces of made.splice(0)) spaces.dispose();
});

/** A host whose bounded grids run on a band pool of two in-process band workers. */
function pooledHost() {
  const spaces = createPooledSpaces({
    workers: 2,
    mode: "transfer",
    createWorker: createInProcessWorker,
  });
  made.push(spaces);
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

type Talk = ReturnType<typeof pooledHost>;
let ids = 100;

async function cellsNow(talk: Talk): Promise<string> {
  const id = ids++;
  talk.send({ kind: "cells", id });
  const reply = await talk.next("cells");
  return Array.from(reply.cells).join(",");
}

async function step(talk: Talk, generations: bigint) {
  talk.send({ kind: "step", id: ids++, generations });
  return (await talk.next("stepped")).status;
}

async function goTo(talk: Talk, epoch: number, generation: bigint) {
  talk.send({ kind: "goTo", id: ids++, epoch, generation });
  const { status, stopped } = await talk.next("stepped");
  expect(stopped).toBe(false);
  return status;
}

const TORUS: Space = { kind: "torus", width: 96, height: 64 };

describe("the run timeline in the universe host", () => {
  it(`goes back on a pooled torus soup to each generation's exact cells (seed ${seed})`, async () => {
    const talk = pooledHost();
    talk.send({
      kind: "load",
      epoch: 1,
      space: TORUS,
      rule: LIFE,
      engine: "auto",
      random: { density: 0.35, seed },
      generation: 0n,
    });
    expect((await talk.next("status")).status.timeline).toMatchObject({ first: 0n, newest: 0n });
    const seen = [await cellsNow(talk)];
    for (let g = 1; g <= 10; g++) {
      const status = await step(talk, 1n);
      expect(status.generation).toBe(BigInt(g));
      seen.push(await cellsNow(talk));
    }
    // Back one, as the Back button does, then further, then forward again.
    let epoch = 2;
    for (const target of [9, 8, 3, 0, 10, 5, 9]) {
      const status = await goTo(talk, epoch, BigInt(target));
      expect(status).toMatchObject({ epoch, generation: BigInt(target) });
      expect(status.timeline).toMatchObject({ first: 0n, newest: 10n });
      expect(await cellsNow(talk), `generation ${target}`).toBe(seen[target]);
      epoch++;
    }
    // A step from generation 9 comes to generation 10's cells again.
    await step(talk, 1n);
    expect(await cellsNow(talk)).toBe(seen[10]);
  });

  it("an edit at a past generation drops the future; going back and forth keeps the edit", async () => {
    const talk = pooledHost();
    talk.send({
      kind: "load",
      epoch: 1,
      space: TORUS,
      rule: LIFE,
      engine: "auto",
      random: { density: 0.3, seed: seed + 1 },
      generation: 0n,
    });
    await talk.next("status");
    await step(talk, 12n);
    await goTo(talk, 2, 4n);
    // A block in an empty corner: it stays, so the edited branch differs from the old one.
    talk.send({ kind: "edit", seq: 1, changes: Float64Array.from([0, 0, 1, 1, 0, 1]) });
    const edited = await cellsNow(talk);
    const status = await step(talk, 3n);
    expect(status.timeline).toMatchObject({ first: 0n, newest: 7n });
    const seven = await cellsNow(talk);
    await goTo(talk, 3, 2n);
    await goTo(talk, 4, 4n);
    expect(await cellsNow(talk)).toBe(edited);
    await goTo(talk, 5, 2n);
    // Stepping on from before the edit reaches the edited generation, then its future.
    await step(talk, 5n);
    expect(await cellsNow(talk)).toBe(seven);
  });

  it("an edit made while a step runs is kept: back to the start and forward again reproduce it", async () => {
    const talk = createConversation(createInProcessUniverseWorker(undefined, 0.01));
    talk.send({
      kind: "load",
      epoch: 1,
      space: TORUS,
      rule: LIFE,
      engine: "fast",
      random: { density: 0.3, seed },
      generation: 0n,
    });
    await talk.next("status");
    talk.send({ kind: "step", id: 1, generations: 60n });
    // Handled between the step's chunks, at whatever generation it has reached: a block.
    talk.send({
      kind: "edit",
      seq: 1,
      changes: Float64Array.from([0, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1]),
    });
    await talk.next("stepped");
    const end = await cellsNow(talk);
    expect((await goTo(talk, 2, 0n)).generation).toBe(0n);
    expect((await goTo(talk, 3, 60n)).generation).toBe(60n);
    expect(await cellsNow(talk)).toBe(end);
    // Stepped on from the start, through the generation the edit landed on.
    await goTo(talk, 4, 0n);
    expect((await step(talk, 60n)).generation).toBe(60n);
    expect(await cellsNow(talk)).toBe(end);
  });

  it("goes back on HashLife by its checkpoints, and a load starts a new timeline", async () => {
    const talk = createConversation(createInProcessUniverseWorker());
    talk.send({
      kind: "load",
      epoch: 1,
      rule: LIFE,
      engine: "hashlife",
      cells: R_PENTOMINO,
      generation: 0n,
    });
    await talk.next("status");
    const seen: string[] = [];
    for (let g = 0; g <= 8; g++) {
      seen.push(await cellsNow(talk));
      await step(talk, 64n);
    }
    const back = await goTo(talk, 2, 3n * 64n);
    expect(back.timeline).toMatchObject({ first: 0n, newest: 9n * 64n });
    expect(await cellsNow(talk)).toBe(seen[3]);
    await goTo(talk, 3, 7n * 64n);
    expect(await cellsNow(talk)).toBe(seen[7]);
    // Past the first kept generation: the first.
    expect((await goTo(talk, 4, -5n)).generation).toBe(0n);
    talk.send({
      kind: "load",
      epoch: 5,
      rule: LIFE,
      engine: "hashlife",
      cells: R_PENTOMINO,
      generation: 40n,
    });
    expect((await talk.next("status")).status.timeline).toEqual({
      first: 40n,
      newest: 40n,
      checkpoints: 0,
      bytes: 0,
    });
  });
});
