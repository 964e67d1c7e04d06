import { formatRatio } from "./benchKernels.ts";
import type { PoolRow } from "./benchPool.ts";

/**
 * The pool's figures as text, one configuration a line, for `npm run bench`; with `bytesRate`,
 * the byte-per-cell kernel's cell updates per second measured in the same run, each line also
 * gives its cell updates per second as a multiple of that.
 */
export function formatPoolRows(
  rows: readonly PoolRow[],
  runs: number,
  millis: number,
  where = "Node worker threads",
  bytesRate?: number,
): string {
  const lines = [
    `Worker pool on ${where}, B3/S23 torus soups, ${runs} runs of ~${millis} ms each, ` +
      "interleaved; generations/s, median [min-max]",
  ];
  for (const r of rows) {
    const g = r.generationsPerSecond;
    const p = r.pairedRatio;
    const ratio =
      r.ratioToOneWorker === undefined || !p
        ? ""
        : `  ${r.ratioToOneWorker.toFixed(2)}x 1 worker` +
          ` (paired by run ${p.median.toFixed(2)}x [${p.min.toFixed(2)}-${p.max.toFixed(2)}])`;
    const updates = g.median * r.size * r.size;
    const bytes = bytesRate === undefined ? "" : `  = ${formatRatio(updates / bytesRate)} bytes`;
    lines.push(
      `${`${r.size}x${r.size}`.padEnd(10)} ${r.kernel.padEnd(10)} ${r.setup.padEnd(30)}` +
        `${g.median.toFixed(1).padStart(8)} [${g.min.toFixed(1)}-${g.max.toFixed(1)}]` +
        `  ${r.generationsPerCall} gen/call${bytes}${ratio}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
