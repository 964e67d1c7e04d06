import { parsePattern } from "../../src/formats/parsePattern.ts";
import { PATTERN_LIBRARY } from "../../src/patterns/index.ts";
import { parseRule } from "../../src/rules/index.ts";
import { isMultiState } from "../../src/rules/Rule.ts";
import { createUniverse } from "../../src/universe/createUniverse.ts";
import { describeIdentify, identifyCells } from "../../src/universe/identify/index.ts";
import { type Summary, summarize } from "./summarize.ts";

export interface IdentifyRow {
  readonly id: string;
  readonly rule: string;
  readonly answer: string;
  /** Generations Identify ran (to the first repeat and one more period to confirm it). */
  readonly generations: number;
  /** Milliseconds for `identifyCells`, from the cells to the answer. */
  readonly millis: Summary;
  /**
   * Baseline, same run: milliseconds to make the same universe, step it as many generations one
   * at a time and list its cells after each, with no hashing or analysis.
   */
  readonly baseline: Summary;
}

/** What the issue asks of Identify: an answer for every library oscillator and ship within this. */
export const IDENTIFY_BUDGET_MS = 200;

/**
 * Identify on every oscillator and spaceship of the pattern library (the categories, and the
 * other rules' entries that have a period), `runs` times each, on the infinite plane as the
 * app's codec worker runs it, beside stepping and listing the same generations bare.
 */
export function benchIdentify(runs: number): IdentifyRow[] {
  // The cells listed, kept so the listing is not optimised away.
  let sink = 0;
  const rows: IdentifyRow[] = [];
  const items = PATTERN_LIBRARY.filter(
    (item) =>
      item.category === "oscillator" ||
      item.category === "spaceship" ||
      (item.category === "rule-specific" && item.period !== undefined),
  );
  for (const item of items) {
    const rule = parseRule(item.rule).rule;
    const pattern = parsePattern(item.rle);
    const cells: number[] = [];
    const states: number[] = [];
    pattern.cells.forEach((state, i) => {
      if (state === 0) return;
      cells.push(i % pattern.width, Math.floor(i / pattern.width));
      states.push(state);
    });
    const input = {
      space: { kind: "infinite" } as const,
      rule,
      cells: Float64Array.from(cells),
      states: Uint8Array.from(states),
    };
    const first = identifyCells(input); // warm up
    const times: number[] = [];
    const baseline: number[] = [];
    for (let r = 0; r < runs; r++) {
      let start = performance.now();
      identifyCells(input);
      times.push(performance.now() - start);
      start = performance.now();
      const universe = createUniverse({
        space: input.space,
        rule,
        engine: isMultiState(rule) ? "auto" : "tiles",
      });
      for (let i = 0; i < states.length; i++) {
        universe.set(cells[2 * i] as number, cells[2 * i + 1] as number, states[i] as number);
      }
      let listed = 0;
      for (let g = 0; g < first.generations; g++) {
        universe.step(1n);
        for (const _cell of universe.cells()) listed++;
      }
      universe.dispose();
      baseline.push(performance.now() - start);
      sink += listed;
    }
    rows.push({
      id: item.id,
      rule: item.rule,
      answer: describeIdentify(first),
      generations: first.generations,
      millis: summarize(times),
      baseline: summarize(baseline),
    });
  }
  if (sink < 0) throw new Error("unreachable");
  return rows;
}

export function formatIdentifyRows(rows: readonly IdentifyRow[], runs: number): string {
  let text = `\nIdentify on every library oscillator and spaceship, infinite plane, ${runs} runs each; ms median [min-max], beside making the universe and stepping and listing the same generations bare (baseline)\n`;
  for (const row of rows) {
    const t = row.millis;
    const b = row.baseline;
    text +=
      `${row.id.padEnd(26)} ${String(row.generations).padStart(4)} gens ${t.median.toFixed(1).padStart(6)} [${t.min.toFixed(1)}-${t.max.toFixed(1)}]` +
      `  baseline ${b.median.toFixed(1)} [${b.min.toFixed(1)}-${b.max.toFixed(1)}]  ${row.answer}\n`;
  }
  const slowest = rows.reduce((a, b) => (b.millis.median > a.millis.median ? b : a));
  const over = rows.filter((row) => row.millis.max >= IDENTIFY_BUDGET_MS);
  text += `slowest: ${slowest.id}, median ${slowest.millis.median.toFixed(1)} ms (max ${slowest.millis.max.toFixed(1)}); `;
  text +=
    over.length === 0
      ? `every run under ${IDENTIFY_BUDGET_MS} ms\n`
      : `OVER ${IDENTIFY_BUDGET_MS} ms: ${over.map((row) => row.id).join(", ")}\n`;
  return text;
}
