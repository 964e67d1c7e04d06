import { describe, expect, it } from "vitest";
import { createUniverse } from "../../universe/createUniverse.ts";
import type { Universe } from "../../universe/Universe.ts";
import type { AsyncStepping } from "./AsyncStepping.ts";
import { createUniverseHost } from "./createUniverseHost.ts";
import type { UniverseReply } from "./protocol.ts";
import { cellStrings, GLIDER, LIFE } from "./universeTestSupport.ts";

// The host's side of asynchronous steps, with a universe whose chunks end when the test says:
// what arrives while a chunk is awaited waits for it, and is then handled in order.

/** A bounded grid whose `stepAsync` steps only when `finish` is called, one chunk at a time. */
function createManualUniverse() {
  const chunks: { generations: bigint; finish(): void }[] = [];
  const make = (options: Parameters<typeof createUniverse>[0]): Universe & AsyncStepping => {
    const inner = createUniverse(options);
    const async: AsyncStepping = {
      pool: { workers: 1, bands: 1, where: "worker", mode: "transfer" },
      stepAsync(generations: bigint) {
        return new Promise<object>((resolve) => {
          chunks.push({
            generations,
            finish() {
              inner.step(generations);
              resolve({});
            },
          });
        });
      },
    };
    // The grid's own methods (closures, no `this`) under the asynchronous step.
    return Object.create(inner, Object.getOwnPropertyDescriptors(async));
  };
  return { chunks, make };
}

/** Lets queued microtasks and zero timers run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("a host stepping a universe asynchronously", () => {
  it("holds edits, reads and stop during a chunk and handles them in order after it", async () => {
    const manual = createManualUniverse();
    const replies: UniverseReply[] = [];
    const handle = createUniverseHost((reply) => replies.push(reply), {
      create: manual.make,
      yieldToMessages: (task) => setTimeout(task, 0),
    });
    const space = { kind: "torus", width: 12, height: 12 } as const;
    handle({
      kind: "load",
      epoch: 1,
      space,
      rule: LIFE,
      engine: "auto",
      cells: GLIDER,
      generation: 0n,
    });
    expect(replies.shift()).toMatchObject({ kind: "status", status: { pool: { bands: 1 } } });
    handle({ kind: "step", id: 1, generations: 1000n });
    await settle();
    expect(manual.chunks).toHaveLength(1);
    // During the chunk: an edit (a block far from the glider), a read, then stop.
    handle({
      kind: "edit",
      seq: 1,
      changes: Float64Array.from([8, 8, 1, 9, 8, 1, 8, 9, 1, 9, 9, 1]),
    });
    handle({ kind: "cells", id: 2 });
    handle({ kind: "stop" });
    await settle();
    expect(replies).toEqual([]);
    manual.chunks[0]?.finish();
    await settle();
    // The chunk's generation first, then the edit on top of it, then the read, then the stop.
    const answers = replies.filter((reply) => reply.kind !== "progress");
    expect(answers.map((reply) => reply.kind)).toEqual(["cells", "stepped"]);
    const [cells, stepped] = answers as [
      Extract<UniverseReply, { kind: "cells" }>,
      Extract<UniverseReply, { kind: "stepped" }>,
    ];
    const reference = createUniverse({ space, rule: LIFE, engine: "coroutine" });
    for (let i = 0; i < GLIDER.length; i += 2)
      reference.set(GLIDER[i] as number, GLIDER[i + 1] as number, 1);
    reference.step(1n);
    for (const [x, y] of [
      [8, 8],
      [9, 8],
      [8, 9],
      [9, 9],
    ] as const)
      reference.set(x, y, 1);
    expect(cellStrings(cells.cells)).toEqual(cellStrings(reference));
    expect(cells.status).toMatchObject({ generation: 1n, editSeq: 1 });
    expect(stepped).toMatchObject({ id: 1, stopped: true, status: { generation: 1n } });
    // Nothing more runs: the stop came before the next chunk.
    await settle();
    expect(manual.chunks).toHaveLength(1);
  });

  it("holds a load during a chunk, then replaces the world with the chunk's step answered", async () => {
    const manual = createManualUniverse();
    const replies: UniverseReply[] = [];
    const handle = createUniverseHost((reply) => replies.push(reply), {
      create: manual.make,
      yieldToMessages: (task) => setTimeout(task, 0),
    });
    const space = { kind: "plane", width: 10, height: 10 } as const;
    handle({
      kind: "load",
      epoch: 1,
      space,
      rule: LIFE,
      engine: "auto",
      cells: GLIDER,
      generation: 0n,
    });
    handle({ kind: "step", id: 1, generations: 50n });
    await settle();
    handle({
      kind: "load",
      epoch: 2,
      space,
      rule: LIFE,
      engine: "auto",
      cells: Float64Array.from([0, 0]),
      generation: 7n,
    });
    handle({ kind: "step", id: 2, generations: 1n });
    await settle();
    expect(replies.map((reply) => reply.kind)).toEqual(["status"]);
    manual.chunks[0]?.finish();
    await settle();
    expect(replies.slice(1).filter((reply) => reply.kind !== "progress")).toMatchObject([
      { kind: "stepped", id: 1, stopped: true, status: { epoch: 1, generation: 1n } },
      { kind: "status", status: { epoch: 2, generation: 7n, population: 1n } },
    ]);
    // The new world's step runs on the new universe.
    expect(manual.chunks).toHaveLength(2);
    manual.chunks[1]?.finish();
    await settle();
    expect(replies.at(-1)).toMatchObject({
      kind: "stepped",
      id: 2,
      stopped: false,
      status: { epoch: 2, generation: 8n, population: 0n },
    });
  });
});
