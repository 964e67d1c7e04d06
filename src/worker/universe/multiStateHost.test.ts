import { describe, expect, it } from "vitest";
import { lifeLike, type Rule } from "../../rules/Rule.ts";
import type { Space } from "../../universe/Universe.ts";
import { createInProcessUniverseWorker } from "./createInProcessUniverseWorker.ts";
import { createUniverseClient } from "./createUniverseClient.ts";
import type { UniverseWorker } from "./UniverseWorker.ts";
import {
  createConversation,
  createMultiStateStandIn as createStandIn,
} from "./universeTestSupport.ts";

const RULE: Rule = { family: "generations", states: 8, base: lifeLike(0b1000, 0b1100) };
const SPACE: Space = { kind: "plane", width: 16, height: 8 };

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
    // The whole grid a byte a cell, for saves and links.
    talk.send({ kind: "states", id: 3 });
    const grid = (await talk.next("states")).states;
    expect(grid).toHaveLength(16 * 8);
    expect([grid[1], grid[2], grid[3 * 16 + 5], grid[6 * 16 + 9]]).toEqual([1, 0, 4, 3]);
    expect(grid.filter((state) => state !== 0)).toHaveLength(3);
    // Without asking for states, the reply is the pairs alone, as before.
    talk.send({ kind: "cells", id: 2 });
    expect((await talk.next("cells")).states).toBeUndefined();
  });
});

describe("a multi-state world through a lost worker", () => {
  it("comes back with every cell's state from the copy taken after a step", async () => {
    let fail: (error: Error) => void = () => {};
    const createWorker = (): UniverseWorker => {
      const inner = createInProcessUniverseWorker(createStandIn);
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
    const client = createUniverseClient({ createWorker, onLost: (message) => lost.push(message) });
    const cells = Float64Array.of(1, 0, 5, 3);
    const states = Uint8Array.of(2, 6);
    await client.load({ space: SPACE, rule: RULE, engine: "auto", cells, states, generation: 0n });
    client.edit(Float64Array.of(7, 7, 5));
    await client.step(1n); // the recovery copy is taken after it, edit and all
    await new Promise((resolve) => setTimeout(resolve, 20));
    fail(new Error("out of memory"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lost).toHaveLength(1);
    const back = await client.cellStates();
    expect(Array.from(back.cells)).toEqual([1, 0, 5, 3, 7, 7]);
    expect(Array.from(back.states)).toEqual([2, 6, 5]);
    client.dispose();
  });
});
