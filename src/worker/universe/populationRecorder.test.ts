import { afterAll, describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { createUniverse } from "../../universe/createUniverse.ts";
import type { Space, Universe } from "../../universe/Universe.ts";
import { createInProcessChannel } from "../createInProcessChannel.ts";
import { createInProcessWorker } from "../pool/createInProcessWorker.ts";
import { createInProcessUniverseWorker } from "./createInProcessUniverseWorker.ts";
import { createPooledSpaces, type PooledSpaces } from "./createPooledSpaces.ts";
import { createUniverseHost } from "./createUniverseHost.ts";
import type { PopulationsReply } from "./populationProtocol.ts";
import type { UniverseEngineChoice, UniverseReply, UniverseRequest } from "./protocol.ts";
import type { UniverseWorker } from "./UniverseWorker.ts";
import { createConversation, LIFE, R_PENTOMINO } from "./universeTestSupport.ts";

// The universe host's population record against each engine stepped straight, one generation
// at a time, from the same cells: every point it keeps is the population the engine computes.
const seed = pickSeed();
const where = `seed ${seed} (TEST_SEED=${seed})`;
const spacesMade: PooledSpaces[] = [];
afterAll(() => {
  for (const spaces of spacesMade.splice(0)) spaces.dispose();
});

/** A soup of `size` x `size` at 40 %, as (x, y) pairs. */
function soup(size: number): Float64Array {
  const random = createRandom(seed);
  const cells: number[] = [];
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) if (random() < 0.4) cells.push(x, y);
  return Float64Array.from(cells);
}

/** Populations of generations 0..count of `cells` on the engine asked, stepped one at a time. */
function straight(space: Space, engine: UniverseEngineChoice, cells: Float64Array, count: number) {
  const universe: Universe = createUniverse({ space, rule: LIFE, engine });
  for (let i = 0; i + 1 < cells.length; i += 2) {
    universe.set(cells[i] as number, cells[i + 1] as number, 1);
  }
  const populations = [Number(universe.population())];
  for (let g = 0; g < count; g++) {
    universe.step(1n);
    populations.push(Number(universe.population()));
  }
  return populations;
}

/** The record's points, whole, after a step. */
async function pointsOf(talk: ReturnType<typeof createConversation>, id = 99) {
  talk.send({ kind: "populations", id, record: 0, have: 0 });
  const reply: PopulationsReply = await talk.next("populations");
  return { reply, generations: [...reply.generations], populations: [...reply.populations] };
}

const TORUS: Space = { kind: "torus", width: 48, height: 48 };
const INFINITE: Space = { kind: "infinite" };

describe("the population record of the universe host", () => {
  const cases: [string, Space, UniverseEngineChoice, Float64Array][] = [
    ["fast, a torus soup", TORUS, "fast", soup(48)],
    ["coroutine, the R-pentomino", INFINITE, "coroutine", R_PENTOMINO],
    ["tiles, the R-pentomino", INFINITE, "tiles", R_PENTOMINO],
    ["hashlife, a soup", INFINITE, "hashlife", soup(24)],
  ];
  for (const [name, space, engine, cells] of cases) {
    it(`holds every generation a step of many computes, exactly (${name})`, async () => {
      // A tiny chunk time: the step of 300 runs in many chunks of growing size.
      const talk = createConversation(createInProcessUniverseWorker(createUniverse, 0.5));
      talk.send({ kind: "load", epoch: 1, space, rule: LIFE, engine, cells, generation: 0n });
      await talk.next("status");
      const steps = engine === "hashlife" ? Array<bigint>(300).fill(1n) : [300n];
      for (const [id, generations] of steps.entries()) talk.send({ kind: "step", id, generations });
      for (const _ of steps) await talk.next("stepped");
      const { reply, generations, populations } = await pointsOf(talk);
      const expected = straight(space, engine, cells, 300);
      expect(generations, where).toEqual(expected.map((_, g) => g));
      expect(populations, where).toEqual(expected);
      expect(reply.sampled).toBe(false);
    });
  }

  it("records HashLife where its jumps land, each point exact, and says it sampled", async () => {
    const talk = createConversation(createInProcessUniverseWorker(createUniverse, 0.5));
    talk.send({
      kind: "load",
      epoch: 1,
      rule: LIFE,
      engine: "hashlife",
      cells: R_PENTOMINO,
      generation: 0n,
    });
    await talk.next("status");
    talk.send({ kind: "step", id: 1, generations: 1000n });
    await talk.next("stepped");
    const { reply, generations, populations } = await pointsOf(talk);
    const expected = straight(INFINITE, "coroutine", R_PENTOMINO, 1000);
    expect(reply.sampled).toBe(true);
    expect(generations.at(-1)).toBe(1000);
    expect(generations.length).toBeLessThan(1001);
    expect(populations).toEqual(generations.map((g) => expected[g]));
  });

  it("records a grid on the band pool where each chunk ends, exactly", async () => {
    const spaces = createPooledSpaces({ createWorker: createInProcessWorker, workers: 2 });
    spacesMade.push(spaces);
    const worker: UniverseWorker = createInProcessChannel<UniverseRequest, UniverseReply>((post) =>
      createUniverseHost(post, { create: spaces.create, chunkMillis: 0.5 }),
    );
    const talk = createConversation(worker);
    const cells = soup(48);
    talk.send({
      kind: "load",
      epoch: 1,
      space: TORUS,
      rule: LIFE,
      engine: "auto",
      cells,
      generation: 0n,
    });
    await talk.next("status");
    for (let id = 0; id < 20; id++) talk.send({ kind: "step", id, generations: 1n });
    talk.send({ kind: "step", id: 20, generations: 200n });
    for (let id = 0; id <= 20; id++) await talk.next("stepped");
    const { generations, populations } = await pointsOf(talk);
    const expected = straight(TORUS, "fast", cells, 220);
    expect(generations.slice(0, 21)).toEqual(expected.slice(0, 21).map((_, g) => g));
    expect(generations.at(-1)).toBe(220);
    expect(populations, where).toEqual(generations.map((g) => expected[g]));
  });

  it("cuts a pooled grid's future at an edit made at a past generation", async () => {
    const spaces = createPooledSpaces({ createWorker: createInProcessWorker, workers: 2 });
    spacesMade.push(spaces);
    const worker: UniverseWorker = createInProcessChannel<UniverseRequest, UniverseReply>((post) =>
      createUniverseHost(post, { create: spaces.create, chunkMillis: 0.5 }),
    );
    const talk = createConversation(worker);
    const cells = soup(32);
    const load = { space: TORUS, rule: LIFE, engine: "auto", cells, generation: 0n } as const;
    talk.send({ kind: "load", epoch: 1, ...load });
    await talk.next("status");
    talk.send({ kind: "snapshot", key: 1 });
    talk.send({ kind: "step", id: 1, generations: 60n });
    await talk.next("stepped");
    talk.send({ kind: "restore", epoch: 2, key: 1, rule: LIFE });
    await talk.next("status");
    // A cell set far from the soup at generation 0, then steps of one generation.
    talk.send({ kind: "edit", seq: 1, changes: Float64Array.from([40, 40, 1]) });
    for (let id = 2; id < 7; id++) talk.send({ kind: "step", id, generations: 1n });
    for (let id = 2; id < 7; id++) await talk.next("stepped");
    const { generations, populations } = await pointsOf(talk);
    const edited = Float64Array.from([...cells, 40, 40]);
    const expected = straight(TORUS, "fast", edited, 5);
    expect(generations).toEqual([0, 1, 2, 3, 4, 5]);
    expect(populations, where).toEqual(expected);
  });

  it("starts again on a load, cuts the future at an edit, and keeps it going back", async () => {
    const talk = createConversation(createInProcessUniverseWorker(createUniverse, 0.5));
    const load = { rule: LIFE, engine: "tiles", cells: R_PENTOMINO, generation: 0n } as const;
    talk.send({ kind: "load", epoch: 1, ...load });
    await talk.next("status");
    talk.send({ kind: "snapshot", key: 1 });
    talk.send({ kind: "step", id: 1, generations: 100n });
    await talk.next("stepped");
    // Back to the start: the record still reaches 100.
    talk.send({ kind: "restore", epoch: 2, key: 1, rule: LIFE });
    await talk.next("status");
    expect((await pointsOf(talk, 1)).generations.length).toBe(101);
    // Forward 10 and an edit: a new branch from 10, whose population there counts the edit.
    talk.send({ kind: "step", id: 2, generations: 10n });
    await talk.next("stepped");
    talk.send({ kind: "edit", seq: 1, changes: Float64Array.from([40, 40, 1]) });
    const edited = await pointsOf(talk, 2);
    const expected = straight(INFINITE, "tiles", R_PENTOMINO, 10);
    expect(edited.generations).toEqual(expected.map((_, g) => g));
    expect(edited.populations).toEqual([...expected.slice(0, 10), (expected[10] as number) + 1]);
    // A load: a new record, and the page's points of the old one are not kept.
    talk.send({ kind: "load", epoch: 3, ...load, generation: 7n });
    await talk.next("status");
    talk.send({ kind: "populations", id: 3, record: edited.reply.record, have: 11 });
    const fresh = await talk.next("populations");
    expect(fresh.record).not.toBe(edited.reply.record);
    expect([fresh.keep, [...fresh.generations], [...fresh.populations]]).toEqual([0, [7], [5]]);
  });
});
