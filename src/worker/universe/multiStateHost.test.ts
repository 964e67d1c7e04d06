import { describe, expect, it } from "vitest";
import { lifeLike, type Rule } from "../../rules/Rule.ts";
import { compileRuleOf } from "../../universe/compileRuleOf.ts";
import type { CellRect, Space, State, Universe } from "../../universe/Universe.ts";
import { createInProcessUniverseWorker } from "./createInProcessUniverseWorker.ts";
import type { CreateUniverse } from "./createUniverseHost.ts";
import { createConversation } from "./universeTestSupport.ts";

const RULE: Rule = { family: "generations", states: 8, base: lifeLike(0b1000, 0b1100) };
const SPACE: Space = { kind: "plane", width: 16, height: 8 };

/**
 * A stand-in for the multi-state bounded universe (written alongside): it holds any state and
 * never steps, which is all the host's plumbing of states needs.
 */
const createStandIn: CreateUniverse = (options) => {
  const { width, height } = options.space as { width: number; height: number };
  const cells = new Uint8Array(width * height);
  const universe: Universe = {
    space: options.space,
    engine: "fast",
    rule: compileRuleOf(lifeLike(0b1000, 0b1100)),
    generation: 0n,
    population: () => BigInt(cells.filter((state) => state !== 0).length),
    bounds: () => null,
    get: (x, y) => cells[y * width + x] ?? 0,
    set(x, y, state) {
      if (x >= 0 && y >= 0 && x < width && y < height) cells[y * width + x] = state;
    },
    step() {},
    picture: (rect: CellRect, scale: number) => ({ ...rect, scale, pixels: new Uint8Array(0) }),
    *cells(): Iterable<readonly [number, number, State]> {
      for (let i = 0; i < cells.length; i++) {
        if (cells[i]) yield [i % width, Math.floor(i / width), cells[i] as number];
      }
    },
    snapshot: () => ({ engine: "fast", generation: 0n, population: 0n }),
    restore() {},
    dispose() {},
  };
  return universe;
};

describe("the universe host with a multi-state world", () => {
  it("loads cells in their states, takes edits in any state and lists cells with states", async () => {
    const talk = createConversation(createInProcessUniverseWorker(createStandIn));
    const cells = Float64Array.of(1, 0, 2, 0, 5, 3);
    const states = Uint8Array.of(1, 7, 4);
    talk.send({
      kind: "load",
      epoch: 1,
      space: SPACE,
      rule: RULE,
      engine: "auto",
      cells,
      states,
      generation: 0n,
    });
    await talk.next("status");
    talk.send({ kind: "edit", seq: 1, changes: Float64Array.of(9, 6, 3, 2, 0, 0) });
    talk.send({ kind: "cells", id: 1, states: true });
    const reply = await talk.next("cells");
    expect(Array.from(reply.cells)).toEqual([1, 0, 5, 3, 9, 6]);
    expect(Array.from(reply.states ?? [])).toEqual([1, 4, 3]);
    // Without asking for states, the reply is the pairs alone, as before.
    talk.send({ kind: "cells", id: 2 });
    expect((await talk.next("cells")).states).toBeUndefined();
  });
});
