// node scripts/run-ts.mjs scripts/bench/speedSettings.ts [--json] [--runs N] [--seconds S]
//   [--speeds 5,15,60,240,1000,max] [--port P]
// Builds the app, serves it with `vite preview` and, in Debian's Chromium, plays a 64x64 soup at
// each speed setting (and as fast as possible, 1 generation per frame), reading the generation
// from the page's status bar with the page's own timestamps: the generations per second
// achieved against the setting (median, min and max).
import { execSync, spawn } from "node:child_process";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium, waitForServer } from "./chromiumArgs.ts";
import { measureGenerationRate } from "./measureGenerationRate.ts";
import { readOption } from "./readOption.ts";
import { summarize } from "./summarize.ts";

const argv = process.argv.slice(2);
const json = argv.includes("--json");
const runs = Number(readOption("--runs") ?? 3);
const seconds = Number(readOption("--seconds") ?? 3);
/** Speed settings as the `speed` query parameter takes them: numbers, or "max". */
const speeds = (readOption("--speeds") ?? "5,15,60,240,1000,max").split(",");
const port = Number(readOption("--port") ?? 4181);

execSync("npx vite build --logLevel error", { stdio: "inherit" });
const server = spawn(
  "npx",
  ["vite", "preview", "--port", String(port), "--strictPort", "--host", "127.0.0.1"],
  { stdio: "ignore", detached: true },
);
try {
  await waitForServer(`http://127.0.0.1:${port}/`);
  const executablePath = findChromium();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const rows = [];
  for (const speed of speeds) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/?size=64x64&random=0.3&seed=1&speed=${speed}`);
    await page.locator("html[data-ready=true]").waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Play" }).click();
    await page.waitForTimeout(1000); // warm up: JIT, first replies
    const rates: number[] = [];
    for (let i = 0; i < runs; i++) rates.push(await measureGenerationRate(page, seconds * 1000));
    await page.getByRole("button", { name: "Pause" }).click();
    await page.close();
    rows.push({ speed, generationsPerSecond: summarize(rates) });
  }
  await browser.close();
  if (json) process.stdout.write(`${JSON.stringify({ runs, seconds, rows })}\n`);
  else {
    process.stdout.write(`Chromium, 64x64 soup, ${runs} runs of ${seconds} s; median [min-max]\n`);
    for (const { speed, generationsPerSecond: g } of rows) {
      process.stdout.write(
        `speed ${speed.padStart(5)}: ${g.median.toFixed(1)} gen/s ` +
          `[${g.min.toFixed(1)}-${g.max.toFixed(1)}]` +
          (speed === "max" ? "\n" : ` = ${((100 * g.median) / Number(speed)).toFixed(1)} %\n`),
      );
    }
  }
} finally {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}
