import type { Rule } from "../../rules/index.ts";
import { lifeLike } from "../../rules/Rule.ts";
import { createUniverse } from "../../universe/createUniverse.ts";
import type { Universe } from "../../universe/Universe.ts";
import type { UniverseReply, UniverseRequest } from "./protocol.ts";
import type { UniverseWorker } from "./UniverseWorker.ts";

export const LIFE: Rule = lifeLike(1 << 3, (1 << 2) | (1 << 3));
export const HIGHLIFE: Rule = lifeLike((1 << 3) | (1 << 6), (1 << 2) | (1 << 3));

/** A glider heading down and right, as (x, y) pairs. */
export const GLIDER = Float64Array.from([1, 0, 2, 1, 0, 2, 1, 2, 2, 2]);
/** The R-pentomino: it runs for 1103 generations, so a step of many is long. */
export const R_PENTOMINO = Float64Array.from([1, 0, 2, 0, 0, 1, 1, 1, 1, 2]);

/** The reference: the coroutine interpreter on the infinite plane, stepped directly. */
export function referenceOf(cells: Float64Array, rule: Rule = LIFE): Universe {
  const universe = createUniverse({ space: { kind: "infinite" }, rule, engine: "coroutine" });
  for (let i = 0; i + 1 < cells.length; i += 2)
    universe.set(cells[i] as number, cells[i + 1] as number, 1);
  return universe;
}

/** A universe's live cells as sorted "x,y" strings, to compare worlds. */
export function cellStrings(cells: Float64Array | Universe): string[] {
  const out: string[] = [];
  if (cells instanceof Float64Array) {
    for (let i = 0; i + 1 < cells.length; i += 2) out.push(`${cells[i]},${cells[i + 1]}`);
  } else {
    for (const [x, y] of cells.cells()) out.push(`${x},${y}`);
  }
  return out.sort();
}

/** Talks to a worker request by request: waits for the next reply of a kind. */
export function createConversation(worker: UniverseWorker) {
  const replies: UniverseReply[] = [];
  let wake: (() => void) | null = null;
  worker.listen(
    (reply) => {
      replies.push(reply);
      wake?.();
    },
    (error) => {
      throw error;
    },
  );
  return {
    send(request: UniverseRequest, transfer?: ArrayBuffer[]) {
      worker.post(request, transfer);
    },
    async next<K extends UniverseReply["kind"]>(
      kind: K,
    ): Promise<Extract<UniverseReply, { kind: K }>> {
      for (;;) {
        const index = replies.findIndex((reply) => reply.kind === kind || reply.kind === "failed");
        if (index >= 0) {
          const [reply] = replies.splice(index, 1);
          if (reply?.kind === "failed") throw new Error(`failed: ${reply.message}`);
          return reply as Extract<UniverseReply, { kind: K }>;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
    replies,
  };
}
