import type { Rule } from "../../rules/index.ts";
import { lifeLike } from "../../rules/Rule.ts";
import { compileRuleOf } from "../../universe/compileRuleOf.ts";
import { createUniverse } from "../../universe/createUniverse.ts";
import { isGridSpace } from "../../universe/isGridSpace.ts";
import type { CellRect, State, Universe, UniverseSnapshot } from "../../universe/Universe.ts";
import type { CreateUniverse } from "./createUniverseHost.ts";
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

/**
 * Test helper: a stand-in for the multi-state bounded universe (written alongside), for the
 * plumbing of states through the host, the client and the store: a grid that holds any state
 * 0..255, draws states at scale 0 (`DensityPicture.states`, 256 claimed) and never steps.
 */
export const createMultiStateStandIn: CreateUniverse = (options) => {
  if (!isGridSpace(options.space)) throw new RangeError("the stand-in is bounded");
  const { width, height } = options.space;
  const cells = new Uint8Array(width * height);
  const inside = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height;
  const universe: Universe = {
    space: options.space,
    engine: "fast",
    rule: compileRuleOf(LIFE),
    generation: 0n,
    population: () => BigInt(cells.filter((state) => state !== 0).length),
    bounds() {
      let box: CellRect | null = null;
      for (const [x, y] of universe.cells()) {
        const x0 = Math.min(box?.x ?? x, x);
        const y0 = Math.min(box?.y ?? y, y);
        const x1 = Math.max(box ? box.x + box.width : x + 1, x + 1);
        const y1 = Math.max(box ? box.y + box.height : y + 1, y + 1);
        box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
      }
      return box;
    },
    get: (x, y) => (inside(x, y) ? (cells[y * width + x] ?? 0) : 0),
    set(x, y, state) {
      if (inside(x, y)) cells[y * width + x] = state;
    },
    step() {},
    picture(rect, scale) {
      const pixels = new Uint8Array(scale === 0 ? rect.width * rect.height : 0);
      if (scale === 0) {
        for (let j = 0; j < rect.height; j++) {
          for (let i = 0; i < rect.width; i++) {
            pixels[j * rect.width + i] = universe.get(rect.x + i, rect.y + j);
          }
        }
      }
      const size = scale === 0 ? rect : { width: 0, height: 0 };
      return { x: rect.x, y: rect.y, scale, ...size, pixels, states: 256 };
    },
    *cells(rect?: CellRect): Iterable<readonly [number, number, State]> {
      for (let i = 0; i < cells.length; i++) {
        const x = i % width;
        const y = Math.floor(i / width);
        const within =
          !rect ||
          (x >= rect.x && y >= rect.y && x < rect.x + rect.width && y < rect.y + rect.height);
        if (cells[i] && within) yield [x, y, cells[i] as number];
      }
    },
    snapshot: () =>
      ({
        engine: "fast",
        generation: 0n,
        population: universe.population(),
        cells: cells.slice(),
      }) as UniverseSnapshot,
    restore(snapshot) {
      cells.set((snapshot as UniverseSnapshot & { cells: Uint8Array }).cells);
    },
    dispose() {},
  };
  return universe;
};
