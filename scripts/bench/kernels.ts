// npm run bench:kernels [-- --json] [--runs N] [--millis M] [--size N] [--rule RULE]
// The fast kernels alone (also a section of `npm run bench`): cell updates per second on one
// thread, each beside its ratio to the byte-per-cell kernel measured in the same run.
import { benchKernels, formatKernelRows } from "./benchKernels.ts";
import { readOption } from "./readOption.ts";

const argv = process.argv.slice(2);
const json = argv.includes("--json");
const runs = Number(readOption("--runs") ?? 7);
const millis = Number(readOption("--millis") ?? 1000);
const bench = benchKernels(
  runs,
  millis,
  Number(readOption("--size") ?? 1024),
  readOption("--rule") ?? "B3/S23",
);
process.stdout.write(
  json
    ? `${JSON.stringify({ runs, millisPerRun: millis, ...bench })}\n`
    : formatKernelRows(bench, runs, millis),
);
