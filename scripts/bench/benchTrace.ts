import { CoroutineEngine } from "../../src/engine/index.ts";
import { GenerationWalk, gridWorld, traceCell } from "../../src/engine/trace/index.ts";
import { cellProgramOf } from "../../src/rules/cellProgramOf.ts";
import { parseRule } from "../../src/rules/index.ts";
import { createSoup } from "./createSoup.ts";
import { measureRate, type Summary, summarize } from "./summarize.ts";

export interface TraceRow {
  readonly what: string;
  /** Instructions (queries and transitions) a second. */
  readonly instructionsPerSecond: Summary;
}

/**
 * The Inspector's and Watch mode's interpreter on a 64x64 torus soup, in instructions a second:
 * one generation on `CoroutineEngine` (the baseline), the same generation walked by
 * `GenerationWalk` (no frames, as Watch mode runs it), and single cells traced with their frames
 * as the Inspector traces them, B3/S23 and Larger than Life at ranges 5 and 50.
 */
export function benchTrace(runs: number, millis: number): TraceRow[] {
  const size = 64;
  const soup = createSoup(size, 20261129);
  const world = gridWorld(soup.surface, size, size, (y, x) => soup.query(y, x));
  const life = cellProgramOf(parseRule("B3/S23").rule);
  const perGeneration = size * size * 10;
  const rate = (tick: () => void, instructions: number) =>
    summarize(Array.from({ length: runs }, () => measureRate(tick, millis) * instructions));
  const engine = new CoroutineEngine(soup, life);
  const rows: TraceRow[] = [
    {
      what: "CoroutineEngine, B3/S23 (baseline)",
      instructionsPerSecond: rate(() => engine.step(), perGeneration),
    },
    {
      what: "GenerationWalk, B3/S23, no frames",
      instructionsPerSecond: rate(() => {
        new GenerationWalk(life, world, { x: 0, y: 0, width: size, height: size }).finish();
      }, perGeneration),
    },
  ];
  for (const [rule, label] of [
    ["B3/S23", "traceCell with frames, B3/S23"],
    ["R5,C0,M1,S34..58,B34..45,NM", "traceCell with frames, range 5"],
    ["R50,C0,M1,S3400..5800,B3400..4500,NM", "traceCell with frames, range 50"],
  ] as const) {
    const program = cellProgramOf(parseRule(rule).rule);
    const steps = traceCell(program, world, 10, 10).steps.length;
    rows.push({
      what: label,
      instructionsPerSecond: rate(() => traceCell(program, world, 10, 10), steps),
    });
  }
  return rows;
}

export function formatTraceRows(rows: readonly TraceRow[], runs: number, millis: number): string {
  let out = `\nTracing on a 64x64 torus soup, ${runs} runs of ~${millis} ms; instructions/s, median [min-max]\n`;
  const baseline = rows[0]?.instructionsPerSecond.median ?? 1;
  for (const row of rows) {
    const r = row.instructionsPerSecond;
    out += `${row.what.padEnd(40)} ${(r.median / 1e6).toFixed(3).padStart(8)} M/s [${(r.min / 1e6).toFixed(3)}-${(r.max / 1e6).toFixed(3)}]  ${(1e6 / r.median).toFixed(2).padStart(7)} µs each  ${(r.median / baseline).toFixed(3)}x baseline\n`;
  }
  return out;
}
