// npm run bench:timeline-memory -- [--minutes M] [--size N] [--infinite] [--report SECONDS]
// Runs a soup through the universe host for M minutes (default 10) as the app runs it, 64
// generations a request as fast as it goes, going back one generation every 10 s (and then on
// from there), so that its run timeline keeps checkpoints all along; samples the process's
// memory every second (resident set, JS heap, typed arrays) with what the timeline says it
// holds, and prints the peaks beside the timeline's cap. An N x N torus soup (default 2048) on
// the band pool (two band workers in process); with --infinite, a 512x512 soup on the infinite
// plane on HashLife, whose checkpoints share its node store (a count cap, and the store's own).
// It shows that the timeline's cap holds however long a run goes.
import { parseRule } from "../../src/rules/index.ts";
import { createUniverse } from "../../src/universe/createUniverse.ts";
import { HashLifeUniverse } from "../../src/universe/hashlife/HashLifeUniverse.ts";
import { TIMELINE_LIMITS } from "../../src/universe/timeline/RunTimeline.ts";
import type { Universe } from "../../src/universe/Universe.ts";
import { createInProcessChannel } from "../../src/worker/createInProcessChannel.ts";
import { createInProcessWorker } from "../../src/worker/pool/createInProcessWorker.ts";
import { createPooledSpaces } from "../../src/worker/universe/createPooledSpaces.ts";
import { createUniverseClient } from "../../src/worker/universe/createUniverseClient.ts";
import { createUniverseHost } from "../../src/worker/universe/createUniverseHost.ts";
import type { UniverseReply, UniverseRequest } from "../../src/worker/universe/protocol.ts";
import { createSoup } from "./createSoup.ts";
import { readOption } from "./readOption.ts";

const minutes = Number(readOption("--minutes") ?? 10);
const size = Number(readOption("--size") ?? 2048);
const infinite = process.argv.includes("--infinite");
const MiB = 2 ** 20;

/** The universe the host made last: HashLife's node store is read from it. */
let made: Universe | null = null;
const spaces = createPooledSpaces({
  workers: 2,
  mode: "transfer",
  createWorker: createInProcessWorker,
});
const client = createUniverseClient({
  createWorker: () =>
    createInProcessChannel<UniverseRequest, UniverseReply>((post, open) =>
      createUniverseHost(post, {
        create: (options) => {
          made =
            options.space.kind === "infinite" ? createUniverse(options) : spaces.create(options);
          return made;
        },
        resizePool: spaces.resize,
        yieldToMessages: (task) =>
          setTimeout(() => {
            if (open()) task();
          }, 0),
      }),
    ),
});
const rule = parseRule("B3/S23").rule;
if (infinite) {
  const soup = createSoup(512, 20261130);
  const cells: number[] = [];
  for (let i = 0; i < soup.cells.length; i++)
    if (soup.cells[i]) cells.push(i % 512, Math.floor(i / 512));
  await client.load({ rule, engine: "hashlife", cells: Float64Array.from(cells), generation: 0n });
} else {
  await client.load({
    space: { kind: "torus", width: size, height: size },
    rule,
    engine: "fast",
    random: { density: 0.35, seed: 20261130 },
    generation: 0n,
  });
}

const peak = { rss: 0, heap: 0, arrayBuffers: 0, timelineBytes: 0, checkpoints: 0, nodes: 0 };
let backs = 0;
const sample = () => {
  const memory = process.memoryUsage();
  const timeline = client.status?.timeline;
  peak.rss = Math.max(peak.rss, memory.rss);
  peak.heap = Math.max(peak.heap, memory.heapUsed);
  peak.arrayBuffers = Math.max(peak.arrayBuffers, memory.arrayBuffers);
  peak.timelineBytes = Math.max(peak.timelineBytes, timeline?.bytes ?? 0);
  peak.checkpoints = Math.max(peak.checkpoints, timeline?.checkpoints ?? 0);
  const nodes = nodesOf(made);
  if (nodes) peak.nodes = Math.max(peak.nodes, nodes.nodeCount);
};
const started = performance.now();
const end = started + minutes * 60_000;
let lastSample = 0;
let lastBack = started;
let lastReport = started;
while (performance.now() < end) {
  await client.step(64n);
  const now = performance.now();
  if (now - lastBack > 10_000) {
    lastBack = now;
    backs++;
    await client.goTo((client.status?.generation ?? 1n) - 1n);
  }
  if (now - lastSample > 1000) {
    lastSample = now;
    sample();
  }
  if (now - lastReport > Number(readOption("--report") ?? 60) * 1000) {
    lastReport = now;
    const s = client.status;
    const nodes = nodesOf(made);
    process.stderr.write(
      `${((now - started) / 60_000).toFixed(1)} min: generation ${s?.generation}, ` +
        (nodes ? `${nodes.nodeCount} nodes after ${nodes.collections} collections, ` : "") +
        `timeline ${s?.timeline?.first}-${s?.timeline?.newest} in ${s?.timeline?.checkpoints} checkpoints ` +
        `(${((s?.timeline?.bytes ?? 0) / MiB).toFixed(1)} MiB), rss ${(process.memoryUsage().rss / MiB).toFixed(0)} MiB\n`,
    );
  }
}
sample();
const status = client.status;
const hashlife = nodesOf(made);
process.stdout.write(
  `${JSON.stringify({
    space: infinite
      ? "infinite plane, 512x512 soup, hashlife"
      : `${size}x${size} torus soup, fast kernel`,
    minutes,
    generation: status?.generation.toString(),
    population: status?.population.toString(),
    backs,
    timeline: {
      first: status?.timeline?.first.toString(),
      newest: status?.timeline?.newest.toString(),
      checkpoints: status?.timeline?.checkpoints,
      bytes: status?.timeline?.bytes,
    },
    capMiB: TIMELINE_LIMITS.maxBytes / MiB,
    capCheckpoints: TIMELINE_LIMITS.maxCheckpoints,
    peakTimelineMiB: +(peak.timelineBytes / MiB).toFixed(1),
    peakCheckpoints: peak.checkpoints,
    peakRssMiB: Math.round(peak.rss / MiB),
    peakHeapMiB: Math.round(peak.heap / MiB),
    peakArrayBuffersMiB: Math.round(peak.arrayBuffers / MiB),
    ...(hashlife && { peakNodes: peak.nodes, nodeCap: hashlife.maxNodes }),
  })}\n`,
);
client.dispose();
spaces.dispose();

/** HashLife's node store's use, when the world runs on HashLife. */
function nodesOf(universe: Universe | null) {
  if (!(universe instanceof HashLifeUniverse)) return null;
  const { nodeCount, collections } = universe.store;
  return { nodeCount, collections, maxNodes: universe.maxNodes };
}
