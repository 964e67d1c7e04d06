import { fillRandom, PackedCells, type Surface } from "../../src/engine/index.ts";
import { createStepper } from "../../src/kernels/createStepper.ts";
import type { StepperKind } from "../../src/kernels/Stepper.ts";
import { parseRule } from "../../src/rules/index.ts";
import { compileRuleOf } from "../../src/universe/compileRuleOf.ts";
import { measureRate, type Summary, summarize } from "./summarize.ts";

export interface SurfaceRow {
  readonly kernel: StepperKind;
  readonly size: number;
  readonly surface: string;
  readonly ticksPerSecond: Summary;
  /** The plain torus of the same size and kernel, measured in the same run (the baseline). */
  readonly torus: Summary;
}

const SEED = 20261129;

const SURFACES: readonly (readonly [string, Surface])[] = [
  [":T+7 (shifted torus)", { topology: "torus", shift: { edges: "horizontal", by: 7 } }],
  [
    ":K*+1 (Klein bottle)",
    { topology: "klein", twist: "vertical", shift: { edges: "vertical", by: 1 } },
  ],
  [":C (cross-surface)", { topology: "cross" }],
  [":S (sphere)", { topology: "sphere" }],
];

/**
 * Golly's other surfaces on the fast kernels (a plane band whose halos and ghost columns are
 * filled from the edges before each step) against the plain torus of the same size and kernel,
 * on a B3/S23 soup of density 1/2, runs interleaved: what filling the border costs a step.
 */
export function benchSurfaces(
  runs: number,
  millis: number,
  cases: readonly (readonly [StepperKind, number])[] = [
    ["wasm", 1024],
    ["wasm", 4096],
    ["bits", 1024],
    ["bytes", 1024],
  ],
): SurfaceRow[] {
  const compiled = compileRuleOf(parseRule("B3/S23").rule);
  if (!compiled) throw new Error("B3/S23 does not compile");
  const rows: SurfaceRow[] = [];
  for (const [kernel, size] of cases) {
    const packed = new PackedCells(size, size);
    fillRandom(packed, 0.5, SEED);
    const words = new Int32Array(packed.words.buffer);
    const make = (surface: Surface) => {
      const stepper = createStepper({
        width: size,
        height: size,
        ...surface,
        compiled,
        kind: kernel,
      });
      stepper.writeRows(words);
      stepper.step(2);
      return stepper;
    };
    const torus = make({ topology: "torus" });
    for (const [name, surface] of SURFACES) {
      const other = make(surface);
      const times: number[] = [];
      const baseline: number[] = [];
      for (let r = 0; r < runs; r++) {
        times.push(measureRate(() => other.step(), millis));
        baseline.push(measureRate(() => torus.step(), millis));
      }
      other.dispose();
      rows.push({
        kernel,
        size,
        surface: name,
        ticksPerSecond: summarize(times),
        torus: summarize(baseline),
      });
    }
    torus.dispose();
  }
  return rows;
}

export function formatSurfaceRows(
  rows: readonly SurfaceRow[],
  runs: number,
  millis: number,
): string {
  let text = `\nGolly's surfaces on the fast kernels against the plain torus, B3/S23 soup, ${runs} runs of ~${millis} ms; ticks/s median [min-max]\n`;
  for (const row of rows) {
    const t = row.ticksPerSecond;
    const b = row.torus;
    text +=
      `${row.kernel.padEnd(6)} ${`${row.size}x${row.size}`.padEnd(10)} ${row.surface.padEnd(22)} ` +
      `${t.median.toFixed(1).padStart(8)} [${t.min.toFixed(1)}-${t.max.toFixed(1)}]  torus ${b.median.toFixed(1)} ` +
      `[${b.min.toFixed(1)}-${b.max.toFixed(1)}]  ${(t.median / b.median).toFixed(3)}x\n`;
  }
  return text;
}
