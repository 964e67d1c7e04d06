import { packedRowWords } from "../../kernels/index.ts";
import type { WorkerConnection } from "./connectWorker.ts";
import type { BandsOutcome, LoadedWorld } from "./LoadedWorld.ts";
import type { BandReply, BandRows } from "./protocol.ts";

type BandAnswer = Extract<BandReply, { kind: "band" }>;

/**
 * Transfer mode: every generation the coordinator sends each band its halo rows (its
 * neighbours' edge rows, moved, not copied) and gathers the bands' new edge rows; the last
 * generation also brings back the cells. Each band keeps its own cells between generations,
 * so only rows travel. The edges are read first when they are not known (after a load or an
 * edit), and `generations` 0 only reads. A band that does not answer a request (one generation
 * or a read) within `timeoutMs` of it is lost.
 */
export async function stepTransfer(
  world: LoadedWorld,
  connections: readonly WorkerConnection[],
  id: number,
  generations: number,
  timeoutMs: (generations: number) => number,
): Promise<BandsOutcome> {
  const { ranges, width, height } = world;
  const bands = ranges.map((_, i) => connections[i] as WorkerConnection);
  const wraps = world.topology === "torus";
  const n = bands.length;
  let replies: BandAnswer[] = [];
  if (!world.edges || generations === 0) {
    replies = await Promise.all(
      bands.map((band) =>
        band.request({ kind: "read", id, cells: generations === 0 }, [], timeoutMs(0)).then(asBand),
      ),
    );
    world.edges = replies.map(({ top, bottom }) => ({ top, bottom }));
  }
  for (let generation = 0; generation < generations; generation++) {
    const edges = world.edges;
    // The rows are moved to the workers: stale until the replies bring new ones.
    world.edges = undefined;
    replies = await Promise.all(
      bands.map((band, i) => {
        const above = i > 0 || wraps ? edges[(i - 1 + n) % n]?.bottom : undefined;
        const below = i < n - 1 || wraps ? edges[(i + 1) % n]?.top : undefined;
        const last = generation === generations - 1;
        return band
          .request(
            { kind: "step", id, above, below, cells: last },
            buffersOf(above, below),
            timeoutMs(1),
          )
          .then(asBand);
      }),
    );
    world.edges = replies.map(({ top, bottom }) => ({ top, bottom }));
  }
  const stride = packedRowWords(width);
  const words = new Uint32Array(stride * height);
  replies.forEach((reply, i) => {
    if (!reply.words) throw new Error("a band sent no cells");
    const band = reply.words;
    words.set(
      new Uint32Array(band.buffer, band.byteOffset, band.length),
      (ranges[i]?.from ?? 0) * stride,
    );
  });
  return {
    words,
    population: replies.reduce((sum, reply) => sum + (reply.population ?? 0), 0),
    kernel: replies[0]?.kernel ?? "coroutine",
  };
}

function asBand(reply: BandReply): BandAnswer {
  if (reply.kind !== "band") throw new Error(`expected a band reply, got ${reply.kind}`);
  return reply;
}

/** The distinct buffers behind the halo rows, to move with the message. */
function buffersOf(...rows: (BandRows | undefined)[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const row of rows) if (row) buffers.add(row.buffer as ArrayBuffer);
  return [...buffers];
}
