import { describe, expect, it } from "vitest";
import { fillRandom } from "../../engine/fillRandom.ts";
import { PackedCells } from "../../engine/PackedCells.ts";
import { CONWAY, type Rule } from "../../rules/Rule.ts";
import { createUniverse } from "../../universe/createUniverse.ts";
import { createInProcessUniverseWorker } from "./createInProcessUniverseWorker.ts";
import { createPooledSpaces } from "./createPooledSpaces.ts";
import { createConversation, LIFE } from "./universeTestSupport.ts";

// A multi-state world in the universe host: it runs on a bounded grid (not pooled), answers
// pictures with states, refuses packed words with a reason instead of failing the host, and
// changes rule by carrying its cells.

const BRIANS_BRAIN: Rule = {
  family: "generations",
  states: 3,
  base: { ...CONWAY, birth: 1 << 2, survival: 0 },
};

/** The worker's own `create` (bounded grids on a band pool), whose pool must not start here. */
const pooled = createPooledSpaces({
  createWorker: () => {
    throw new Error("a multi-state world started the band pool");
  },
});

describe("multi-state worlds in the universe host", () => {
  it.each([
    ["createUniverse", createUniverse],
    ["the pooled spaces", pooled.create],
  ] as const)(
    "loads, edits, steps, draws and changes rule like the universe it holds, on %s",
    async (_, create) => {
      const space = { kind: "torus", width: 37, height: 23 } as const;
      const packed = new PackedCells(37, 23);
      fillRandom(packed, 0.3, 99);
      const reference = createUniverse({
        space,
        rule: BRIANS_BRAIN,
        engine: "coroutine",
        words: packed.words,
      });
      const talk = createConversation(createInProcessUniverseWorker(create));
      talk.send({
        kind: "load",
        epoch: 1,
        space,
        rule: BRIANS_BRAIN,
        engine: "auto",
        words: packed.words.slice(),
        generation: 0n,
      });
      const loaded = await talk.next("status");
      expect(loaded.status.engine).toBe("fast");
      expect(loaded.status.kernel).toMatch(/^generations-/);

      talk.send({ kind: "edit", seq: 1, changes: Float64Array.from([3, 4, 2, 5, 6, 1]) });
      reference.set(3, 4, 2);
      reference.set(5, 6, 1);
      talk.send({ kind: "step", id: 2, generations: 9n });
      reference.step(9n);
      const { status } = await talk.next("stepped");
      expect(status.population).toBe(reference.population());
      expect(status.bounds).toEqual(reference.bounds());

      talk.send({ kind: "picture", id: 3, rect: { x: 0, y: 0, width: 37, height: 23 }, scale: 0 });
      const { picture } = await talk.next("picture");
      expect(picture.states).toBe(3);
      expect([...picture.pixels]).toEqual([
        ...reference.picture({ x: 0, y: 0, width: 37, height: 23 }, 0).pixels,
      ]);

      talk.send({ kind: "words", id: 4 });
      await expect(talk.next("words")).rejects.toThrow(/multi-state grid has no packed words/);

      // Back to Life: as in Golly, a cell in a state Life lacks (dying, 2) takes its last (1).
      talk.send({ kind: "rule", epoch: 2, rule: LIFE });
      const carried = await talk.next("status");
      expect(carried.status.population).toBe(reference.population());
      talk.send({ kind: "cells", id: 5 });
      const { cells } = await talk.next("cells");
      expect(cells.length / 2).toBe(Number(reference.population()));
    },
  );

  it("runs a multi-state rule on auto where HashLife was chosen on the infinite plane", async () => {
    const talk = createConversation(createInProcessUniverseWorker(createUniverse));
    talk.send({
      kind: "load",
      epoch: 1,
      space: { kind: "infinite" },
      rule: LIFE,
      engine: "hashlife",
      cells: Float64Array.from([0, 0, 1, 0, 2, 0]),
      generation: 0n,
    });
    expect((await talk.next("status")).status.engine).toBe("hashlife");
    talk.send({ kind: "rule", epoch: 2, rule: BRIANS_BRAIN });
    const { status } = await talk.next("status");
    // HashLife holds two states: the growing grid of the compiled kernel takes over.
    expect(status.engine).toBe("fast");
    expect(status.kernel).toMatch(/^generations-/);
    expect(status.population).toBe(3n);
    talk.send({ kind: "rule", epoch: 3, rule: LIFE });
    expect((await talk.next("status")).status.engine).toBe("hashlife");
  });
});
