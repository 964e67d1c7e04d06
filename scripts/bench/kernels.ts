// npm run bench:kernels [-- --json] [--runs N] [--millis M] [--size N] [--rule RULE]
// The fast kernels alone (also a section of `npm run bench`): cell updates per second on one
// thread, each beside its ratio to the byte-per-cell kernel measured in the same run.
import { benchKernels, formatKernelRows } from "./benchKernels.ts";

const argv = process.argv.slice(2);
const json = argv.includes("--json");
const runs = Number(optionValue("--runs") ?? 7);
const millis = Number(optionValue("--millis") ?? 1000);
const bench = benchKernels(
  runs,
  millis,
  Number(optionValue("--size") ?? 1024),
  optionValue("--rule") ?? "B3/S23",
);
process.stdout.write(
  json
    ? `${JSON.stringify({ runs, millisPerRun: millis, ...bench })}\n`
    : formatKernelRows(bench, runs, millis),
);

function optionValue(name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}
