import { parseRule } from "../../src/rules/index.ts";
import type { TimelineLimits } from "../../src/universe/timeline/Timeline.ts";
import { createInProcessChannel } from "../../src/worker/createInProcessChannel.ts";
import { createInProcessWorker } from "../../src/worker/pool/createInProcessWorker.ts";
import type { PoolWorker } from "../../src/worker/pool/PoolWorker.ts";
import type { PoolMode } from "../../src/worker/pool/protocol.ts";
import { createPooledSpaces } from "../../src/worker/universe/createPooledSpaces.ts";
import { createUniverseClient } from "../../src/worker/universe/createUniverseClient.ts";
import { createUniverseHost } from "../../src/worker/universe/createUniverseHost.ts";
import type { UniverseReply, UniverseRequest } from "../../src/worker/universe/protocol.ts";
import { type Summary, summarize } from "./summarize.ts";

/** A timeline that keeps no checkpoint after its first: the baseline of a run's cost. */
const NO_TIMELINE: TimelineLimits = { maxBytes: 0, maxCheckpoints: 1 };

const SIZE = 2048;
const SEED = 20261130;
/** A run long enough that its chunks are many generations each: Back recomputes inside one. */
const RUN = 200n;
/** Presses of Back in a row after the run, as holding the key does. */
const HELD = 10;

export interface TimelineRow {
  /** Where the band workers run: in process (transfer) or on worker threads (shared memory). */
  readonly bands: string;
  /** One forward step of one generation, the page asking and the worker answering, in ms. */
  readonly forwardStep: Summary;
  /** Back one generation after single steps: its checkpoint is there, restored. */
  readonly backAfterSteps: Summary;
  /** Back one generation after a run of RUN generations: recomputed from the chunk's start. */
  readonly backAfterRun: Summary;
  /** Each of HELD more presses of Back after that, as holding ← does (the median press of each run). */
  readonly heldBack: Summary;
  /** The run of RUN generations, in ms: the cost of keeping checkpoints at its chunks' ends... */
  readonly run: Summary;
  /** ...beside the same run on a host whose timeline keeps nothing after its first checkpoint. */
  readonly runWithout: Summary;
  /** Checkpoints and bytes the timeline held at the end of a run. */
  readonly checkpoints: number;
  readonly bytes: number;
}

/** A page's handle on a universe host on this thread whose grids run on a band pool. */
function hostOn(createWorker: () => PoolWorker, mode: PoolMode, timelineLimits?: TimelineLimits) {
  const spaces = createPooledSpaces({ workers: 2, mode, createWorker });
  const client = createUniverseClient({
    createWorker: () =>
      createInProcessChannel<UniverseRequest, UniverseReply>((post, open) =>
        createUniverseHost(post, {
          create: spaces.create,
          resizePool: spaces.resize,
          ...(timelineLimits && { timelineLimits }),
          yieldToMessages: (task) =>
            setTimeout(() => {
              if (open()) task();
            }, 0),
        }),
      ),
  });
  return {
    client,
    dispose() {
      client.dispose();
      spaces.dispose();
    },
  };
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

/**
 * Going back one generation on a 2048x2048 B3/S23 torus soup (density 0.35, seeded) through
 * the universe host with its grid on the band pool (two band workers), as the page asks it
 * (the universe client's `goTo`), beside one forward step of one generation measured in the
 * same run: after single steps (a checkpoint at each), after a run of 200 generations (Back
 * restores the checkpoint at the start of the last chunk and recomputes), and pressed ten
 * times more in a row. `runs` runs, each on a fresh soup, after one run of warm-up.
 */
export async function benchTimeline(
  runs: number,
  bands: readonly { name: string; createWorker: () => PoolWorker; mode: PoolMode }[] = [
    {
      name: "in-process band workers, transferred halos",
      createWorker: createInProcessWorker,
      mode: "transfer",
    },
  ],
): Promise<TimelineRow[]> {
  const rule = parseRule("B3/S23").rule;
  const rows: TimelineRow[] = [];
  for (const band of bands) {
    const samples = {
      forward: [] as number[],
      steps: [] as number[],
      run: [] as number[],
      held: [] as number[],
      running: [] as number[],
      without: [] as number[],
    };
    let held = { checkpoints: 0, bytes: 0 };
    for (let round = -1; round < runs; round++) {
      const { client, dispose } = hostOn(band.createWorker, band.mode);
      await client.load({
        space: { kind: "torus", width: SIZE, height: SIZE },
        rule,
        engine: "fast",
        random: { density: 0.35, seed: SEED + round },
        generation: 0n,
      });
      for (let i = 0; i < 3; i++) await client.step(1n);
      const forward = await timed(() => client.step(1n));
      const at = () => client.status?.generation ?? 0n;
      const afterSteps = await timed(() => client.goTo(at() - 1n));
      const running = await timed(() => client.step(RUN));
      const afterRun = await timed(() => client.goTo(at() - 1n));
      const presses: number[] = [];
      for (let i = 0; i < HELD; i++) presses.push(await timed(() => client.goTo(at() - 1n)));
      const timeline = client.status?.timeline;
      held = { checkpoints: timeline?.checkpoints ?? 0, bytes: timeline?.bytes ?? 0 };
      dispose();
      const bare = hostOn(band.createWorker, band.mode, NO_TIMELINE);
      await bare.client.load({
        space: { kind: "torus", width: SIZE, height: SIZE },
        rule,
        engine: "fast",
        random: { density: 0.35, seed: SEED + round },
        generation: 0n,
      });
      for (let i = 0; i < 4; i++) await bare.client.step(1n);
      const without = await timed(() => bare.client.step(RUN));
      bare.dispose();
      if (round < 0) continue; // warm-up: JIT, wasm
      samples.running.push(running);
      samples.without.push(without);
      samples.forward.push(forward);
      samples.steps.push(afterSteps);
      samples.run.push(afterRun);
      samples.held.push(summarize(presses).median);
    }
    rows.push({
      bands: band.name,
      forwardStep: summarize(samples.forward),
      backAfterSteps: summarize(samples.steps),
      backAfterRun: summarize(samples.run),
      heldBack: summarize(samples.held),
      run: summarize(samples.running),
      runWithout: summarize(samples.without),
      ...held,
    });
  }
  return rows;
}

const ms = (s: Summary) =>
  `${s.median.toFixed(1).padStart(6)} ms [${s.min.toFixed(1)}-${s.max.toFixed(1)}]`;

/** The rows as text for `npm run bench`. */
export function formatTimelineRows(rows: readonly TimelineRow[], runs: number): string {
  const lines = [
    `Step back on a ${SIZE}x${SIZE} B3/S23 torus soup through the universe host on the band pool (2 band workers), ` +
      `${runs} runs; median [min-max]`,
  ];
  for (const r of rows) {
    lines.push(`  ${r.bands}`);
    lines.push(`    one forward step (baseline)         ${ms(r.forwardStep)}`);
    lines.push(`    back one generation after steps     ${ms(r.backAfterSteps)}`);
    lines.push(`    back one generation after a ${RUN}-generation run ${ms(r.backAfterRun)}`);
    lines.push(`    back again, ${HELD} presses in a row (median press) ${ms(r.heldBack)}`);
    lines.push(`    a ${RUN}-generation run, keeping checkpoints  ${ms(r.run)}`);
    lines.push(`    the same run, no timeline (baseline)   ${ms(r.runWithout)}`);
    lines.push(
      `    timeline at the end: ${r.checkpoints} checkpoints, ${(r.bytes / 2 ** 20).toFixed(1)} MiB`,
    );
  }
  return `${lines.join("\n")}\n`;
}
