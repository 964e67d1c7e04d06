import { parseRule } from "../../src/rules/index.ts";
import { createUniverse } from "../../src/universe/createUniverse.ts";
import type { GridSpace, TubeSpace, Universe } from "../../src/universe/Universe.ts";
import { measureRate, type Summary, summarize } from "./summarize.ts";

export interface TubeRow {
  readonly rule: string;
  readonly tube: string;
  /** Generations a `step` call asks for. */
  readonly perCall: number;
  readonly kernel: string;
  readonly generationsPerSecond: Summary;
  /** A bounded torus as long as the tube's grid grows to, same soup, same run (the baseline). */
  readonly torus: Summary;
}

/** The tube's side, and the pattern's length along it (the tube's grid is twice that). */
const ACROSS = 512;
const SOUP = 512;

/**
 * A tube (`:T0,512`, the bounded kernels on a grid that grows along it) against a bounded torus
 * of the size its grid makes round the pattern (1024x512), both holding the same 512x512
 * lattice of blinkers (which never grows, so both step the same cells), runs interleaved: what
 * measuring the border costs a step, at one generation a call (as the app's slow speeds ask)
 * and at 16; for B3/S23 (wasm) and LifeHistory (a byte a cell).
 */
export function benchTubes(runs: number, millis: number): TubeRow[] {
  const rows: TubeRow[] = [];
  for (const text of ["B3/S23", "LifeHistory"]) {
    const rule = parseRule(text).rule;
    for (const perCall of [1, 16]) {
      const tube: TubeSpace = { kind: "tube", topology: "torus", axis: "x", size: ACROSS };
      const grid: GridSpace = { kind: "torus", width: 2 * SOUP, height: ACROSS };
      const onTube = blinkersIn(createUniverse({ space: tube, rule }), 0);
      const onTorus = blinkersIn(createUniverse({ space: grid, rule }), SOUP / 2);
      // Warm up, and let the tube's grid grow round the pattern before measuring.
      onTube.step(32n);
      onTorus.step(32n);
      const times: number[] = [];
      const baseline: number[] = [];
      const n = BigInt(perCall);
      for (let r = 0; r < runs; r++) {
        times.push(perCall * measureRate(() => onTube.step(n), millis));
        baseline.push(perCall * measureRate(() => onTorus.step(n), millis));
      }
      rows.push({
        rule: text,
        tube: `:T0,${ACROSS}`,
        perCall,
        kernel: onTube.kernel ?? "",
        generationsPerSecond: summarize(times),
        torus: summarize(baseline),
      });
      onTube.dispose();
      onTorus.dispose();
    }
  }
  return rows;
}

/** A blinker in every 4x4 square of SOUP cells along from `from`, all the way across. */
function blinkersIn(universe: Universe, from: number): Universe {
  for (let y = 0; y < ACROSS; y += 4) {
    for (let x = 0; x < SOUP; x += 4) {
      for (let dy = 0; dy < 3; dy++) universe.set(from + x + 1, y + dy, 1);
    }
  }
  return universe;
}

export function formatTubeRows(rows: readonly TubeRow[], runs: number, millis: number): string {
  let text = `\nTubes on the fast kernels against a bounded torus of the size the tube's grid makes round the pattern (${2 * SOUP}x${ACROSS}), ${SOUP}x${ACROSS} blinkers, ${runs} runs of ~${millis} ms; generations/s median [min-max]\n`;
  for (const row of rows) {
    const t = row.generationsPerSecond;
    const b = row.torus;
    text +=
      `${row.rule.padEnd(12)} ${row.tube.padEnd(8)} ${`${row.perCall} a call`.padEnd(9)} ${row.kernel.padEnd(18)} ` +
      `${t.median.toFixed(1).padStart(8)} [${t.min.toFixed(1)}-${t.max.toFixed(1)}]  torus ${b.median.toFixed(1)} ` +
      `[${b.min.toFixed(1)}-${b.max.toFixed(1)}]  ${(t.median / b.median).toFixed(3)}x\n`;
  }
  return text;
}
