import { describe, expect, it } from "vitest";
import { createUniverse } from "../../universe/createUniverse.ts";
import type { Space, Universe } from "../../universe/Universe.ts";
import type { AsyncStepping } from "./AsyncStepping.ts";
import { createUniverseHost } from "./createUniverseHost.ts";
import type { UniverseReply } from "./protocol.ts";
import { cellStrings, GLIDER, LIFE } from "./universeTestSupport.ts";

// The host's side of asynchronous steps, with a universe whose chunks end when the test says:
// what arrives while a chunk is awaited waits for it, and is then handled in order.

/**
 * A bounded grid whose `stepAsync` steps only when `finish` is called, one chunk at a time; an
 * abandoned chunk changes nothing when it finishes.
 */
function createManualUniverse() {
  const chunks: { generations: bigint; dropped: boolean; finish(): void }[] = [];
  const make = (options: Parameters<typeof createUniverse>[0]): Universe & AsyncStepping => {
    const inner = createUniverse(options);
    const async: AsyncStepping = {
      pool: { workers: 1, bands: 1, where: "worker", mode: "transfer" },
      stepAsync(generations: bigint) {
        return new Promise<object>((resolve) => {
          const chunk = {
            generations,
            dropped: false,
            finish() {
              if (!chunk.dropped) inner.step(generations);
              resolve({});
            },
          };
          chunks.push(chunk);
        });
      },
      abandon() {
        const chunk = chunks.at(-1);
        if (chunk) chunk.dropped = true;
      },
    };
    // The grid's own methods (closures, no `this`) under the asynchronous step.
    return Object.create(inner, Object.getOwnPropertyDescriptors(async));
  };
  return { chunks, make };
}

/** Lets queued microtasks and zero timers run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** The glider on `space` stepped `generations`, with a block at (8, 8) set after. */
function referenceOf(space: Space, generations: bigint): Universe {
  const reference = createUniverse({ space, rule: LIFE, engine: "coroutine" });
  for (let i = 0; i < GLIDER.length; i += 2) {
    reference.set(GLIDER[i] as number, GLIDER[i + 1] as number, 1);
  }
  reference.step(generations);
  for (const [x, y] of BLOCK) reference.set(x, y, 1);
  return reference;
}

const BLOCK = [
  [8, 8],
  [9, 8],
  [8, 9],
  [9, 9],
] as const;

function start(space: Space) {
  const manual = createManualUniverse();
  const replies: UniverseReply[] = [];
  const handle = createUniverseHost((reply) => replies.push(reply), {
    create: manual.make,
    yieldToMessages: (task) => setTimeout(task, 0),
  });
  handle({
    kind: "load",
    epoch: 1,
    space,
    rule: LIFE,
    engine: "auto",
    cells: GLIDER,
    generation: 0n,
  });
  return { manual, replies, handle };
}

/** The replies but progress reports, which come with time. */
const answers = (replies: UniverseReply[]) => replies.filter((reply) => reply.kind !== "progress");

describe("a host stepping a universe asynchronously", () => {
  it("holds edits and the reads behind them during a chunk, answers them in order after it, and drops a chunk for a stop", async () => {
    const space = { kind: "torus", width: 12, height: 12 } as const;
    const { manual, replies, handle } = start(space);
    expect(replies.shift()).toMatchObject({ kind: "status", status: { pool: { bands: 1 } } });
    handle({ kind: "step", id: 1, generations: 1000n });
    await settle();
    expect(manual.chunks).toHaveLength(1);
    // A picture with nothing before it is answered at once, from generation 0.
    handle({ kind: "picture", id: 5, rect: { x: 0, y: 0, width: 12, height: 12 }, scale: 0 });
    expect(answers(replies.splice(0))).toMatchObject([
      { kind: "picture", id: 5, status: { generation: 0n, population: 5n } },
    ]);
    // Then an edit (a block away from the glider), then a read, which waits behind it.
    handle({
      kind: "edit",
      seq: 1,
      changes: Float64Array.from(BLOCK.flatMap(([x, y]) => [x, y, 1])),
    });
    handle({ kind: "cells", id: 2 });
    await settle();
    expect(answers(replies)).toEqual([]);
    manual.chunks[0]?.finish();
    await settle();
    // The chunk's generation, then the edit on top of it, then the read.
    const [cells] = answers(replies.splice(0)) as [Extract<UniverseReply, { kind: "cells" }>];
    expect(cells).toMatchObject({ kind: "cells", status: { generation: 1n, editSeq: 1 } });
    expect(cellStrings(cells.cells)).toEqual(cellStrings(referenceOf(space, 1n)));
    // The next chunk is under way: a stop drops it and is answered at once.
    expect(manual.chunks).toHaveLength(2);
    handle({ kind: "stop" });
    expect(answers(replies.splice(0))).toMatchObject([
      { kind: "stepped", id: 1, stopped: true, status: { generation: 1n } },
    ]);
    manual.chunks[1]?.finish();
    handle({ kind: "cells", id: 3 });
    await settle();
    const [after] = answers(replies) as [Extract<UniverseReply, { kind: "cells" }>];
    expect(after.status.generation).toBe(1n);
    expect(cellStrings(after.cells)).toEqual(cellStrings(referenceOf(space, 1n)));
    expect(manual.chunks).toHaveLength(2);
  });

  it("drops the chunk under way for a load, answering at once, and steps the new world", async () => {
    const space = { kind: "plane", width: 10, height: 10 } as const;
    const { manual, replies, handle } = start(space);
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
    expect(answers(replies).slice(1)).toMatchObject([
      { kind: "stepped", id: 1, stopped: true, status: { epoch: 1, generation: 0n } },
      { kind: "status", status: { epoch: 2, generation: 7n, population: 1n } },
    ]);
    handle({ kind: "step", id: 2, generations: 1n });
    await settle();
    // The new world's step runs on the new universe; the old chunk ending says nothing.
    expect(manual.chunks).toHaveLength(2);
    manual.chunks[0]?.finish();
    manual.chunks[1]?.finish();
    await settle();
    expect(answers(replies).slice(3)).toMatchObject([
      {
        kind: "stepped",
        id: 2,
        stopped: false,
        status: { epoch: 2, generation: 8n, population: 0n },
      },
    ]);
  });
});
