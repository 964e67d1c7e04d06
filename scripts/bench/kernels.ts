// npm run bench:kernels [-- --json] [--runs N] [--millis M] [--size N] [--rule RULE]
// Cell updates per second of each fast kernel on one thread, on a torus soup (1024x1024 and
// B3/S23 unless told), median of several runs with min and max, and each kernel's ratio to the
// byte-per-cell baseline measured in the same run. Runs are interleaved (bytes, bits, wasm,
// bytes, ...) so that a busy machine slows every kernel alike.

import { compileGameLogic, createStepper, type StepperKind } from "../../src/kernels/index.ts";
import { createGameLogic, parseRule } from "../../src/rules/index.ts";
import { createSoup } from "./createSoup.ts";
import { measureRate, type Summary, summarize } from "./summarize.ts";

interface Row {
  readonly kernel: StepperKind;
  readonly cellUpdatesPerSecond: Summary;
  readonly ratioToBytes: number;
}

const argv = process.argv.slice(2);
const json = argv.includes("--json");
const runs = Number(optionValue("--runs") ?? 7);
const millis = Number(optionValue("--millis") ?? 1000);
const size = Number(optionValue("--size") ?? 1024);
const rulestring = optionValue("--rule") ?? "B3/S23";
const kinds: readonly StepperKind[] = ["bytes", "bits", "wasm"];

const compiled = compileGameLogic(createGameLogic(parseRule(rulestring).rule));
if (!compiled) throw new Error(`${rulestring} does not compile`);
const cells = createSoup(size, 20261121).cells;
const steppers = kinds.map((kind) =>
  createStepper({ width: size, height: size, topology: "torus", compiled, kind, cells }),
);
for (const stepper of steppers) {
  if (stepper.kind !== kinds[steppers.indexOf(stepper)]) {
    throw new Error(`asked for ${kinds[steppers.indexOf(stepper)]}, got ${stepper.kind}`);
  }
  measureRate(() => stepper.step(), Math.min(millis, 300)); // warm up: let the JIT optimise
}

const samples = kinds.map((): number[] => []);
for (let run = 0; run < runs; run++) {
  steppers.forEach((stepper, i) => {
    samples[i]?.push(measureRate(() => stepper.step(), millis) * size * size);
  });
}
const summaries = samples.map(summarize);
const baseline = summaries[0] as Summary;
const rows: Row[] = kinds.map((kernel, i) => {
  const rate = summaries[i] as Summary;
  return { kernel, cellUpdatesPerSecond: rate, ratioToBytes: rate.median / baseline.median };
});

if (json) {
  const meta = { size, topology: "torus", rule: rulestring, runs, millisPerRun: millis };
  process.stdout.write(`${JSON.stringify({ ...meta, rows })}\n`);
} else {
  process.stdout.write(
    `${size}x${size} torus soup, ${rulestring}, one thread, ${runs} runs of ~${millis} ms each; ` +
      "cell updates/s, median [min-max]\n",
  );
  for (const r of rows) {
    const t = r.cellUpdatesPerSecond;
    process.stdout.write(
      `${r.kernel.padEnd(6)} ${t.median.toExponential(2).padStart(9)} ` +
        `[${t.min.toExponential(2)}-${t.max.toExponential(2)}]  ${r.ratioToBytes.toFixed(1).padStart(6)}x bytes\n`,
    );
  }
}

function optionValue(name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}
