// npm run bench:long -- FILE [--minutes M] [--step K] [--engine hashlife|tiles]
// Runs a pattern file on the infinite plane as fast as it goes for M minutes (default 10),
// 2^K generations a step (default 10), keeping a snapshot every 64 steps as the app's undo
// does, and prints the generation reached and the peak memory: the process's resident set,
// the JS heap and, for HashLife, the nodes in use against the cap. It shows that a long run
// stays within the node cap however far it goes.
import { readFileSync } from "node:fs";
import { decodePatternBytes, parseAnyPattern, patternRuns } from "../../src/formats/index.ts";
import { parseRule } from "../../src/rules/index.ts";
import { HashLifeUniverse } from "../../src/universe/hashlife/HashLifeUniverse.ts";
import {
  createUniverse,
  type EngineChoice,
  type UniverseSnapshot,
} from "../../src/universe/index.ts";
import { stampPattern } from "../../src/universe/stampPattern.ts";
import { readOption } from "./readOption.ts";

const file = process.argv[2];
if (!file || file.startsWith("--")) {
  process.stderr.write("usage: npm run bench:long -- FILE [--minutes M] [--step K] [--engine E]\n");
  process.exit(2);
}
const minutes = Number(readOption("--minutes") ?? 10);
const stepExponent = BigInt(readOption("--step") ?? 10);
const engine = (readOption("--engine") ?? "hashlife") as EngineChoice;

const pattern = parseAnyPattern(await decodePatternBytes(readFileSync(file)));
const { rule } = parseRule(pattern.rule ?? "B3/S23");
const universe = createUniverse({ space: { kind: "infinite" }, rule, engine });
stampPattern(universe, pattern, pattern.x ?? 0, pattern.y ?? 0);
const population0 = patternRuns(pattern).lengths.reduce((a, b) => a + b, 0);

const MiB = 1024 * 1024;
let peakRss = 0;
let peakHeap = 0;
let peakNodes = 0;
const kept: UniverseSnapshot[] = [];
const started = performance.now();
const end = started + minutes * 60_000;
let steps = 0;
let lastReport = started;
while (performance.now() < end) {
  universe.step(2n ** stepExponent);
  steps++;
  if (steps % 64 === 0) {
    kept.push(universe.snapshot());
    if (kept.length > 16) kept.shift(); // the undo history's depth, roughly
  }
  const memory = process.memoryUsage();
  peakRss = Math.max(peakRss, memory.rss);
  peakHeap = Math.max(peakHeap, memory.heapUsed);
  if (universe instanceof HashLifeUniverse)
    peakNodes = Math.max(peakNodes, universe.store.nodeCount);
  if (performance.now() - lastReport > 30_000) {
    lastReport = performance.now();
    process.stderr.write(
      `${((lastReport - started) / 1000).toFixed(0)} s: generation ${universe.generation}, population ${universe.population()}, rss ${(memory.rss / MiB).toFixed(0)} MiB\n`,
    );
  }
}
const cap = universe instanceof HashLifeUniverse ? universe.store.maxNodes : undefined;
process.stdout.write(
  `${JSON.stringify({
    file,
    engine: universe.engine,
    minutes,
    step: `2^${stepExponent}`,
    population0,
    generation: universe.generation.toString(),
    population: universe.population().toString(),
    peakRssMiB: Math.round(peakRss / MiB),
    peakHeapMiB: Math.round(peakHeap / MiB),
    ...(cap !== undefined && { peakNodes, nodeCap: cap }),
  })}\n`,
);
