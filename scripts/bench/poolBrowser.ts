// node scripts/run-ts.mjs scripts/bench/poolBrowser.ts [--json] [--runs N] [--millis M]
//   [--port P] [--only universe-pool]
// The worker pool in Debian's Chromium: serves pool-page/ with Vite (cross-origin isolated, so
// SharedArrayBuffer is there), checks the pool against the interpreter on small soups in every
// mode, then prints the same figures as `npm run bench`'s pool section, measured on Chromium's
// V8 with module Web Workers. `--only universe-pool` prints instead `npm run bench`'s
// universe-pool section: the universe worker with its band workers nested inside it.
import { chromium } from "playwright-core";
import type { PoolRow } from "./benchPool.ts";
import { formatPooledUniverseRows, type PooledUniverseRow } from "./benchPooledUniverse.ts";
import { CHROMIUM_ARGS, findChromium } from "./chromiumArgs.ts";
import { formatPoolRows } from "./formatPoolRows.ts";
import { readOption } from "./readOption.ts";
import { servePoolPage } from "./servePoolPage.ts";

interface PageResult {
  readonly crossOriginIsolated: boolean;
  readonly hardwareConcurrency: number;
  readonly userAgent: string;
  readonly problems: string[];
  readonly rows: PoolRow[];
}

const argv = process.argv.slice(2);
const json = argv.includes("--json");
const runs = Number(readOption("--runs") ?? 7);
const millis = Number(readOption("--millis") ?? 1000);
const PORT = Number(readOption("--port") ?? 4181);
const only = readOption("--only");

const server = await servePoolPage(PORT);
try {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForFunction(() => "runPoolBench" in window);
    if (only === "universe-pool") {
      const rows = (await page.evaluate(
        (r) =>
          (
            window as unknown as { runUniversePoolBench: (r: number) => Promise<unknown> }
          ).runUniversePoolBench(r),
        runs,
      )) as PooledUniverseRow[];
      process.stdout.write(
        json
          ? `${JSON.stringify({ runs, universePool: rows })}\n`
          : formatPooledUniverseRows(rows, runs, "Chromium module workers"),
      );
    } else {
      const result = (await page.evaluate(
        ([r, m]) =>
          (
            window as unknown as { runPoolBench: (r: number, m: number) => Promise<unknown> }
          ).runPoolBench(r, m),
        [runs, millis] as const,
      )) as PageResult;
      if (json) {
        process.stdout.write(`${JSON.stringify({ runs, millisPerRun: millis, ...result })}\n`);
      } else {
        const version = /Chrome\/[\d.]+/.exec(result.userAgent)?.[0] ?? result.userAgent;
        process.stdout.write(
          `${version}, crossOriginIsolated ${result.crossOriginIsolated}, ` +
            `hardwareConcurrency ${result.hardwareConcurrency}; ` +
            `${result.problems.length === 0 ? "pool equals the interpreter in every mode" : result.problems.join("; ")}\n`,
        );
        process.stdout.write(formatPoolRows(result.rows, runs, millis, `Chromium module workers`));
      }
      if (result.problems.length > 0) process.exitCode = 1;
    }
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}
