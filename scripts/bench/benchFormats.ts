import { parseAnyPattern } from "../../src/formats/parseAnyPattern.ts";
import { parseRle } from "../../src/formats/parseRle.ts";
import { patternRuns } from "../../src/formats/patternRuns.ts";
import { writeRle } from "../../src/formats/writeRle.ts";
import { createSoup } from "./createSoup.ts";
import { type Summary, summarize } from "./summarize.ts";

export interface FormatRow {
  readonly task: string;
  readonly millis: Summary;
  readonly ratioToBaseline: number;
}

export interface FormatBench {
  readonly size: number;
  readonly rleBytes: number;
  readonly rows: readonly FormatRow[];
}

/**
 * Milliseconds to read the RLE of a `size` x `size` soup (density 1/2): parseRle (the baseline,
 * the bounded grid's reader), parseAnyPattern on the same text (dense result), parseAnyPattern
 * on the same cells in a box one cell too wide for the grid (sparse result, runs as numbers),
 * and patternRuns of the dense pattern. Tasks are interleaved run by run, so a busy machine
 * slows each alike.
 */
export function benchFormats(runs: number, size = 2048): FormatBench {
  const soup = createSoup(size, 20261129);
  const rle = writeRle({ width: size, height: size, cells: soup.cells, comments: [] });
  const wide = rle.replace(/^x = \d+/, "x = 16385");
  const dense = parseRle(rle);
  const tasks: [string, () => unknown][] = [
    ["parseRle (baseline)", () => parseRle(rle)],
    ["parseAnyPattern, dense", () => parseAnyPattern(rle)],
    ["parseAnyPattern, sparse", () => parseAnyPattern(wide)],
    ["patternRuns of the dense pattern", () => patternRuns(dense)],
  ];
  const samples = tasks.map((): number[] => []);
  for (const [, task] of tasks) task(); // warm up
  for (let run = 0; run < runs; run++) {
    tasks.forEach(([, task], i) => {
      const start = performance.now();
      task();
      samples[i]?.push(performance.now() - start);
    });
  }
  const summaries = samples.map(summarize);
  const baseline = summaries[0]?.median ?? 1;
  return {
    size,
    rleBytes: rle.length,
    rows: tasks.map(([task], i) => {
      const millis = summaries[i] as Summary;
      return { task, millis, ratioToBaseline: millis.median / baseline };
    }),
  };
}

export function formatFormatRows(bench: FormatBench, runs: number): string {
  const megabytes = (bench.rleBytes / 1e6).toFixed(1);
  const lines = [
    `Reading the RLE of a ${bench.size}x${bench.size} soup (${megabytes} MB), ${runs} runs; median [min-max]\n`,
  ];
  for (const { task, millis, ratioToBaseline } of bench.rows) {
    lines.push(
      `${task.padEnd(34)} ${millis.median.toFixed(1).padStart(8)} ms [${millis.min.toFixed(1)}-${millis.max.toFixed(1)}]  ${ratioToBaseline.toFixed(2)}x baseline\n`,
    );
  }
  return lines.join("");
}
