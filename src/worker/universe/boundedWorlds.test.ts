import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { fillRandom } from "../../engine/fillRandom.ts";
import { PackedCells } from "../../engine/PackedCells.ts";
import { createUniverse } from "../../universe/createUniverse.ts";
import type { Space, Universe } from "../../universe/Universe.ts";
import { createInProcessUniverseWorker } from "./createInProcessUniverseWorker.ts";
import { cellStrings, createConversation, GLIDER, HIGHLIFE, LIFE } from "./universeTestSupport.ts";

// Bounded grids in the universe worker: the same host that holds the infinite plane holds a
// torus or a bounded plane, loaded from pairs, packed words or a seeded random fill, and moves
// a world between spaces. The reference is the coroutine interpreter on the same space.
const seed = pickSeed();

function converse() {
  return createConversation(createInProcessUniverseWorker());
}

/** The interpreter on `space` holding the live cells of `packed`. */
function interpreterOf(space: Space, packed: PackedCells, rule = LIFE): Universe {
  const universe = createUniverse({ space, rule, engine: "coroutine" });
  for (let y = 0; y < packed.height; y++) {
    for (let x = 0; x < packed.width; x++) if (packed.get(x, y)) universe.set(x, y, 1);
  }
  return universe;
}

describe("bounded grids in the universe host", () => {
  it("steps seeded random fills on a torus and a plane like the interpreter, odd sizes too", async () => {
    const random = createRandom(seed);
    const spaces: Space[] = [
      { kind: "torus", width: 37, height: 23 },
      { kind: "plane", width: 64, height: 17 },
      { kind: "torus", width: 33, height: 33 },
    ];
    for (const [trial, space] of spaces.entries()) {
      if (space.kind === "infinite" || space.kind === "tube") continue;
      const fillSeed = Math.floor(random() * 2 ** 31);
      const rule = trial === 1 ? HIGHLIFE : LIFE;
      const expected = new PackedCells(space.width, space.height);
      fillRandom(expected, 0.4, fillSeed);
      const reference = interpreterOf(space, expected, rule);
      const talk = converse();
      talk.send({
        kind: "load",
        epoch: 1,
        space,
        rule,
        engine: "auto",
        random: { density: 0.4, seed: fillSeed },
        generation: 0n,
      });
      const where = `seed ${seed} (TEST_SEED=${seed}), trial ${trial}`;
      const loaded = await talk.next("status");
      expect(loaded.status.engine, where).toBe("fast");
      talk.send({ kind: "words", id: 1 });
      expect((await talk.next("words")).words, where).toEqual(expected.words);
      for (const generations of [1, 7, 30]) {
        talk.send({ kind: "step", id: 2, generations: BigInt(generations) });
        reference.step(BigInt(generations));
        const { status } = await talk.next("stepped");
        expect(status.population, where).toBe(reference.population());
        talk.send({ kind: "cells", id: 3 });
        expect(cellStrings((await talk.next("cells")).cells), where).toEqual(
          cellStrings(reference),
        );
      }
    }
  });

  it("loads packed words, edits with wrap-around on a torus, and gives the words back", async () => {
    const space = { kind: "torus", width: 40, height: 12 } as const;
    const packed = new PackedCells(40, 12);
    for (let i = 0; i < GLIDER.length; i += 2)
      packed.set(GLIDER[i] as number, GLIDER[i + 1] as number, 1);
    const talk = converse();
    talk.send({
      kind: "load",
      epoch: 1,
      space,
      rule: LIFE,
      engine: "auto",
      words: packed.words.slice(),
      generation: 5n,
    });
    expect((await talk.next("status")).status).toMatchObject({ generation: 5n, population: 5n });
    // (-1, -1) is (39, 11) on this torus.
    talk.send({ kind: "edit", seq: 1, changes: Float64Array.from([-1, -1, 1]) });
    packed.set(39, 11, 1);
    talk.send({ kind: "words", id: 1 });
    const { words, status } = await talk.next("words");
    expect(status.editSeq).toBe(1);
    expect(words).toEqual(packed.words);
  });

  it("runs a glider round a torus back to where it started", async () => {
    const space = { kind: "torus", width: 16, height: 16 } as const;
    const talk = converse();
    talk.send({
      kind: "load",
      epoch: 1,
      space,
      rule: LIFE,
      engine: "auto",
      cells: GLIDER,
      generation: 0n,
    });
    await talk.next("status");
    // A glider moves a cell diagonally every 4 generations: 64 take it once round.
    talk.send({ kind: "step", id: 1, generations: 64n });
    const { status } = await talk.next("stepped");
    expect(status.generation).toBe(64n);
    talk.send({ kind: "cells", id: 2 });
    expect(cellStrings((await talk.next("cells")).cells)).toEqual(cellStrings(GLIDER));
  });

  it("moves a world between spaces, shifted, keeping rule, generation and what fits", async () => {
    const talk = converse();
    const torus = { kind: "torus", width: 10, height: 10 } as const;
    talk.send({
      kind: "load",
      epoch: 1,
      space: torus,
      rule: HIGHLIFE,
      engine: "auto",
      cells: GLIDER,
      generation: 3n,
    });
    await talk.next("status");
    talk.send({ kind: "step", id: 1, generations: 8n });
    await talk.next("stepped");
    // Onto the infinite plane, 100 cells left and up: it runs on there, out of the old grid.
    talk.send({ kind: "space", epoch: 2, space: { kind: "infinite" }, dx: -100, dy: -100 });
    const moved = (await talk.next("status")).status;
    expect(moved).toMatchObject({ epoch: 2, generation: 11n, population: 5n, engine: "hashlife" });
    expect(moved.bounds).toEqual({ x: -98, y: -98, width: 3, height: 3 });
    talk.send({ kind: "step", id: 2, generations: 40n });
    const far = (await talk.next("stepped")).status;
    expect(far.bounds).toEqual({ x: -88, y: -88, width: 3, height: 3 });
    // Cut to a 5x5 plane at (-88, -88): the glider's cells inside it stay, shifted; the others go.
    talk.send({
      kind: "space",
      epoch: 3,
      space: { kind: "plane", width: 5, height: 5 },
      dx: 88,
      dy: 88,
    });
    const cut = (await talk.next("status")).status;
    expect(cut).toMatchObject({ epoch: 3, generation: 51n, engine: "fast", population: 5n });
    talk.send({
      kind: "space",
      epoch: 4,
      space: { kind: "plane", width: 2, height: 5 },
      dx: 0,
      dy: 0,
    });
    const narrower = (await talk.next("status")).status;
    expect(narrower.population).toBeLessThan(5n);
    expect(narrower.bounds?.width ?? 0).toBeLessThanOrEqual(2);
  });

  it("restores a snapshot into the space it was taken in", async () => {
    const talk = converse();
    const plane = { kind: "plane", width: 30, height: 20 } as const;
    talk.send({
      kind: "load",
      epoch: 1,
      space: plane,
      rule: LIFE,
      engine: "auto",
      random: { density: 0.3, seed: 7 },
      generation: 0n,
    });
    await talk.next("status");
    talk.send({ kind: "step", id: 1, generations: 5n });
    await talk.next("stepped");
    talk.send({ kind: "snapshot", key: 1 });
    talk.send({ kind: "cells", id: 2 });
    const before = (await talk.next("cells")).cells;
    talk.send({ kind: "space", epoch: 2, space: { kind: "infinite" }, dx: 0, dy: 0 });
    await talk.next("status");
    talk.send({ kind: "step", id: 3, generations: 100n });
    await talk.next("stepped");
    talk.send({ kind: "restore", epoch: 3, key: 1, rule: LIFE });
    const restored = (await talk.next("status")).status;
    expect(restored).toMatchObject({ generation: 5n, engine: "fast" });
    talk.send({ kind: "words", id: 4 });
    await talk.next("words");
    talk.send({ kind: "cells", id: 5 });
    expect(cellStrings((await talk.next("cells")).cells)).toEqual(cellStrings(before));
  });

  it("refuses a macrocell on a grid and packed words on the infinite plane, keeping the world", async () => {
    const talk = converse();
    talk.send({
      kind: "load",
      epoch: 1,
      rule: LIFE,
      engine: "auto",
      cells: GLIDER,
      generation: 0n,
    });
    await talk.next("status");
    talk.send({
      kind: "load",
      epoch: 2,
      space: { kind: "torus", width: 8, height: 8 },
      rule: LIFE,
      engine: "auto",
      macrocell: "[M2] (golly 4.0)\n",
    });
    await expect(talk.next("status")).rejects.toThrow(/infinite plane only/);
    talk.send({
      kind: "load",
      epoch: 3,
      rule: LIFE,
      engine: "auto",
      words: new Uint32Array(1),
      generation: 0n,
    });
    await expect(talk.next("status")).rejects.toThrow(/needs a bounded grid/);
    talk.send({ kind: "words", id: 1 });
    await expect(talk.next("words")).rejects.toThrow(/needs a bounded grid/);
    talk.send({ kind: "cells", id: 2 });
    expect(cellStrings((await talk.next("cells")).cells)).toEqual(cellStrings(GLIDER));
  });
});
