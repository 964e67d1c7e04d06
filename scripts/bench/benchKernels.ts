import { createStepper, type StepperKind } from "../../src/kernels/index.ts";
import { parseRule } from "../../src/rules/index.ts";
import { compileRuleOf } from "../../src/universe/compileRuleOf.ts";
import { createSoup } from "./createSoup.ts";
import { measureRate, type Summary, summarize } from "./summarize.ts";

export interface KernelRow {
  readonly kernel: StepperKind;
  readonly cellUpdatesPerSecond: Summary;
  readonly ratioToBytes: number;
}

export interface KernelBench {
  readonly size: number;
  readonly rule: string;
  readonly rows: readonly KernelRow[];
}

const KINDS: readonly StepperKind[] = ["bytes", "bits", "wasm", "wasm-table"];

/**
 * Cell updates per second of each fast kernel on one thread, on a torus soup, with each
 * kernel's ratio to the byte-per-cell baseline measured in the same run: `wasm` is life.wat's
 * bit-sliced count and masks, `wasm-table` the rule's own circuit (what grids run by default).
 * Runs are interleaved (bytes, bits, wasm, wasm-table, bytes, ...) so that a busy machine slows
 * every kernel alike.
 */
export function benchKernels(
  runs: number,
  millis: number,
  size = 1024,
  rulestring = "B3/S23",
): KernelBench {
  const compiled = compileRuleOf(parseRule(rulestring).rule);
  if (!compiled) throw new Error(`${rulestring} does not compile`);
  const cells = createSoup(size, 20261121).cells;
  const steppers = KINDS.map((kind) =>
    createStepper({ width: size, height: size, topology: "torus", compiled, kind, cells }),
  );
  steppers.forEach((stepper, i) => {
    if (stepper.kind !== KINDS[i]) throw new Error(`asked for ${KINDS[i]}, got ${stepper.kind}`);
    measureRate(() => stepper.step(), Math.min(millis, 300)); // warm up: let the JIT optimise
  });
  const samples = KINDS.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    steppers.forEach((stepper, i) => {
      samples[i]?.push(measureRate(() => stepper.step(), millis) * size * size);
    });
  }
  for (const stepper of steppers) stepper.dispose();
  const summaries = samples.map(summarize);
  const baseline = summaries[0] as Summary;
  const rows = KINDS.map((kernel, i) => {
    const rate = summaries[i] as Summary;
    return { kernel, cellUpdatesPerSecond: rate, ratioToBytes: rate.median / baseline.median };
  });
  return { size, rule: rulestring, rows };
}

/** The byte-per-cell kernel's median cell updates per second: the baseline of the other figures. */
export function byteKernelRate(bench: KernelBench): number | undefined {
  return bench.rows.find((r) => r.kernel === "bytes")?.cellUpdatesPerSecond.median;
}

/** A ratio to the byte kernel as printed beside a figure: three decimals below 1, else one. */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(ratio < 1 ? 3 : 1)}x`;
}

/** The table `npm run bench` and `npm run bench:kernels` print. */
export function formatKernelRows(bench: KernelBench, runs: number, millis: number): string {
  const lines = [
    `${bench.size}x${bench.size} torus soup, ${bench.rule}, fast kernels on one thread, ${runs} runs of ~${millis} ms each; ` +
      "cell updates/s, median [min-max]",
  ];
  for (const r of bench.rows) {
    const t = r.cellUpdatesPerSecond;
    lines.push(
      `${r.kernel.padEnd(10)} ${t.median.toExponential(2).padStart(9)} ` +
        `[${t.min.toExponential(2)}-${t.max.toExponential(2)}]  ${r.ratioToBytes.toFixed(1).padStart(6)}x the byte-per-cell kernel`,
    );
  }
  return `${lines.join("\n")}\n`;
}
