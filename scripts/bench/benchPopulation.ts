import { parsePattern } from "../../src/formats/index.ts";
import { findPattern } from "../../src/patterns/index.ts";
import { parseRule } from "../../src/rules/index.ts";
import { createUniverse, type EngineChoice } from "../../src/universe/createUniverse.ts";
import type { Space, Universe } from "../../src/universe/Universe.ts";
import { downsampleColumns } from "../../src/view/graph/downsampleColumns.ts";
import { populationCsv } from "../../src/view/graph/populationCsv.ts";
import { createPopulationRecorder } from "../../src/worker/universe/createPopulationRecorder.ts";
import { type Summary, summarize } from "./summarize.ts";

export interface RecordingRow {
  readonly task: string;
  readonly engine: string;
  /** Generations a chunk asks for, as the universe host's chunks do. */
  readonly chunk: number;
  /** Generations/s stepped as the host steps a chunk without a record (the baseline)... */
  readonly plain: Summary;
  /** ...and with the population graph's record of every generation computed. */
  readonly recorded: Summary;
}

export interface GraphDataRow {
  readonly task: string;
  readonly millis: Summary;
}

interface RecordingCase {
  readonly task: string;
  readonly space: Space;
  readonly rule: string;
  readonly engine: EngineChoice;
  readonly cells: () => Iterable<readonly [number, number, number]>;
  readonly generations: number;
  readonly chunk: number;
}

const INFINITE: Space = { kind: "infinite" };

/** A seeded soup of `size` x `size` at density 1/2, in states 1 (and, for `states` > 2, more). */
function* soup(size: number, seed = 20261130): Iterable<readonly [number, number, number]> {
  let state = seed >>> 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      if (state >>> 31) yield [x, y, 1];
    }
  }
}

/** A library pattern's live cells. */
function* library(id: string): Iterable<readonly [number, number, number]> {
  const pattern = parsePattern(findPattern(id)?.rle ?? "");
  for (let y = 0; y < pattern.height; y++) {
    for (let x = 0; x < pattern.width; x++) {
      if (pattern.cells[y * pattern.width + x]) yield [x, y, 1];
    }
  }
}

const CASES: readonly RecordingCase[] = [
  {
    task: "1024² torus soup",
    space: { kind: "torus", width: 1024, height: 1024 },
    rule: "B3/S23",
    engine: "fast",
    cells: () => soup(1024),
    generations: 256,
    chunk: 32,
  },
  {
    task: "512² torus soup, LifeHistory",
    space: { kind: "torus", width: 512, height: 512 },
    rule: "LifeHistory",
    engine: "fast",
    cells: () => soup(512),
    generations: 128,
    chunk: 16,
  },
  {
    task: "512² soup, infinite plane",
    space: INFINITE,
    rule: "B3/S23",
    engine: "tiles",
    cells: () => soup(512),
    generations: 256,
    chunk: 32,
  },
  {
    task: "R-pentomino to 1103",
    space: INFINITE,
    rule: "B3/S23",
    engine: "tiles",
    cells: () => library("r-pentomino"),
    generations: 1103,
    chunk: 64,
  },
  {
    task: "R-pentomino to 1103",
    space: INFINITE,
    rule: "B3/S23",
    engine: "coroutine",
    cells: () => library("r-pentomino"),
    generations: 1103,
    chunk: 64,
  },
  {
    task: "20-cell breeder to 4096",
    space: INFINITE,
    rule: "B3/S23",
    engine: "hashlife",
    cells: () => library("twenty-cell-quadratic-growth"),
    generations: 4096,
    chunk: 256,
  },
];

function make(c: RecordingCase): Universe {
  const universe = createUniverse({
    space: c.space,
    rule: parseRule(c.rule).rule,
    engine: c.engine,
  });
  for (const [x, y, state] of c.cells()) universe.set(x, y, state);
  // As the host's status after a load: tiles take in cells set by hand when they are counted.
  universe.population();
  return universe;
}

/** CPU milliseconds to run `c` from its start in chunks, recorded or not (a fresh universe each). */
function timeRun(c: RecordingCase, recorded: boolean): number {
  const universe = make(c);
  const recorder = createPopulationRecorder(() => ({ universe, base: 0n }));
  recorder.handled({
    kind: "load",
    epoch: 1,
    rule: parseRule(c.rule).rule,
    engine: "auto",
    cells: new Float64Array(0),
    generation: 0n,
  });
  const chunk = BigInt(c.chunk);
  // CPU time, steadier than the clock on a machine shared with other work.
  const start = process.cpuUsage();
  for (let done = 0; done < c.generations; done += c.chunk) {
    if (recorded) recorder.step(universe, chunk, 0n);
    else universe.step(chunk);
  }
  const used = process.cpuUsage(start);
  universe.dispose();
  return (used.user + used.system) / 1000;
}

/**
 * What recording every generation's population costs a run: each case run from its start in
 * the host's way (chunks of many generations), plain and recorded alternately, a fresh universe
 * each run, after a warm-up of both; generations per CPU second, median [min-max] of `runs`
 * runs each.
 */
export function benchRecording(runs: number): RecordingRow[] {
  const rows: RecordingRow[] = [];
  for (const c of CASES) {
    timeRun(c, false);
    timeRun(c, true);
    const plain: number[] = [];
    const recorded: number[] = [];
    for (let r = 0; r < runs; r++) {
      plain.push((1000 * c.generations) / timeRun(c, false));
      recorded.push((1000 * c.generations) / timeRun(c, true));
    }
    rows.push({
      task: `${c.task} (${c.rule})`,
      engine: c.engine,
      chunk: c.chunk,
      plain: summarize(plain),
      recorded: summarize(recorded),
    });
  }
  return rows;
}

/**
 * The graph's data work on a million points in Node: reducing them to 1,200 and 2,400 columns
 * (a plot on a 1x and a 2x screen), the whole range and a tenth of it, and writing the CSV;
 * milliseconds, median [min-max] of `runs` runs.
 */
export function benchGraphData(runs: number): GraphDataRow[] {
  const length = 1_000_000;
  const generations = new Float64Array(length);
  const populations = new Float64Array(length);
  let state = 7;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    generations[i] = i;
    populations[i] = 1000 + (state >>> 22) + Math.round(500 * Math.sin(i / 5000));
  }
  const tasks: [string, () => void][] = [
    [
      "1M points into 1,200 columns",
      () => downsampleColumns(generations, populations, length, 0, length - 1, 1200),
    ],
    [
      "1M points into 2,400 columns",
      () => downsampleColumns(generations, populations, length, 0, length - 1, 2400),
    ],
    [
      "a tenth of 1M points into 1,200 columns",
      () => downsampleColumns(generations, populations, length, 450_000, 550_000, 1200),
    ],
    ["CSV of 1M points", () => populationCsv(generations, populations, length)],
  ];
  return tasks.map(([task, run]) => {
    run();
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      run();
      times.push(performance.now() - start);
    }
    return { task, millis: summarize(times) };
  });
}

const range = (s: Summary, digits: number) =>
  `${s.median.toFixed(digits).padStart(9)} [${s.min.toFixed(digits)}-${s.max.toFixed(digits)}]`;

export function formatPopulationRows(
  recording: readonly RecordingRow[],
  data: readonly GraphDataRow[],
  runs: number,
): string {
  let text = `\nPopulation graph: recording every generation's population, plain and recorded runs alternated, ${runs} runs each; generations per CPU second, median [min-max]\n`;
  for (const row of recording) {
    const cost = 1 - row.recorded.median / row.plain.median;
    text +=
      `${row.task.padEnd(38)} ${row.engine.padEnd(10)} chunk ${String(row.chunk).padEnd(4)} ` +
      `plain ${range(row.plain, 0)}  recorded ${range(row.recorded, 0)}  cost ${(100 * cost).toFixed(1)} %\n`;
  }
  text += `\nPopulation graph data in Node, ${runs} runs; ms median [min-max]\n`;
  for (const row of data) text += `${row.task.padEnd(40)} ${range(row.millis, 2)}\n`;
  return text;
}
