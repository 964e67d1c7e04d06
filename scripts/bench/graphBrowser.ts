// node scripts/run-ts.mjs scripts/bench/graphBrowser.ts [--json] [--runs N] [--points P]
// The population graph's drawing in Debian's Chromium: graphPage.ts bundled with esbuild into
// a blank page, a million points redrawn on a canvas the panel's size (see graphPage.ts).
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./chromiumArgs.ts";
import { readOption } from "./readOption.ts";
import type { Summary } from "./summarize.ts";

const json = process.argv.includes("--json");
const runs = Number(readOption("--runs") ?? 9);
const points = Number(readOption("--points") ?? 1_000_000);

const bundled = await build({
  // Run from the repository root, as npm runs scripts.
  entryPoints: ["scripts/bench/graphPage.ts"],
  bundle: true,
  write: false,
  format: "iife",
  target: "es2022",
});
const code = bundled.outputFiles[0]?.text ?? "";
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.setContent("<!doctype html><html><body></body></html>");
  await page.addScriptTag({ content: code });
  const rows = (await page.evaluate(
    ([r, p]) =>
      (window as unknown as { runGraphBench: (r: number, p: number) => unknown }).runGraphBench(
        r,
        p,
      ),
    [runs, points] as const,
  )) as { task: string; millis: Summary }[];
  if (json) process.stdout.write(`${JSON.stringify({ runs, points, rows })}\n`);
  else {
    let text = `\nPopulation graph drawing in Chromium (${await browser.version()}), 640x240 canvas, ${runs} redraws; ms median [min-max]\n`;
    for (const { task, millis } of rows) {
      text += `${task.padEnd(44)} ${millis.median.toFixed(2).padStart(7)} [${millis.min.toFixed(2)}-${millis.max.toFixed(2)}]\n`;
    }
    process.stdout.write(text);
  }
} finally {
  await browser.close();
}
