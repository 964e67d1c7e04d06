// Dev aid: the plane scenarios of `npm run bench:browser` on two builds served side by side,
// taking turns (A, B, A, B, ...) so that both meet the same load on a shared machine.
// node scripts/run-ts.mjs $PWD/scripts/dev/compareLongTasks.ts URL_A URL_B [ROUNDS] [ONLY]
// Each URL serves a build (npx vite preview --outDir D --port P). Prints, per scenario and
// build, each round's long tasks (count, longest) and frames per second, with the load average.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { measurePlane, PLANE_SCENARIOS, type PlaneResult } from "../bench/benchPlane.ts";
import { CHROMIUM_ARGS, findChromium } from "../bench/chromiumArgs.ts";

const [urlA = "", urlB = "", roundsText = "3", only = ""] = process.argv.slice(2);
const rounds = Number(roundsText);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
for (const scenario of PLANE_SCENARIOS.filter((s) => s.name.includes(only))) {
  const results: Record<string, PlaneResult[]> = { A: [], B: [] };
  for (let round = 0; round < rounds; round++) {
    for (const [name, url] of [
      ["A", urlA],
      ["B", urlB],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${url}?${scenario.query}`);
      await page.locator("html[data-ready=true]").waitFor({ timeout: 120_000 });
      const before = loadAverage();
      const result = await measurePlane(page, scenario, 5, 3);
      await page.close();
      results[name]?.push(result);
      const f = result.framesPerSecond;
      console.log(
        `${scenario.name.slice(0, 40)} ${name} round ${round}: long tasks ${result.longTasks}, ` +
          `longest ${result.longestTaskMillis.toFixed(0)} ms, frames/s ${f.median.toFixed(1)} ` +
          `[${f.min.toFixed(1)}-${f.max.toFixed(1)}], load ${before} -> ${loadAverage()}`,
      );
    }
  }
}
await browser.close();
