// npm run bench:heavy [-- --port N] [--only REGEXP] [--wait MS]
// Issue #10's heavy cases: builds the app, serves it with `vite preview`, opens each case in a
// fresh Chromium page and reports the longest main-thread task (PerformanceObserver long tasks,
// observed from before the page's own scripts run) and how the case ended.
import { type ChildProcess, execSync, spawn } from "node:child_process";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, findChromium, waitForServer } from "./chromiumArgs.ts";
import { HEAVY_LINKS } from "./heavyLinks.ts";
import { readOption } from "./readOption.ts";

interface Case {
  readonly name: string;
  readonly path: string;
  /** What to do once the page is ready; resolves to a short outcome. */
  readonly act?: (page: Page) => Promise<string>;
}

const SOUP = "/?size=16384x16384&random=0.5&seed=1&speed=max&step=1000&autoplay";
/** The same soup, not playing: what Download RLE and Share are given. */
const STILL_SOUP = "/?size=16384x16384&random=0.5&seed=1";
const PORT = Number(readOption("--port") ?? 4418);
const settle = Number(readOption("--wait") ?? 4000);
/** A regular expression: runs the cases whose name it matches. */
const only = readOption("--only");
const pick = only === undefined ? undefined : new RegExp(only);

const CASES: readonly Case[] = [
  // What opening the app costs anyway: the baseline for the refused links, which open this.
  { name: "default page, no link (baseline)", path: "/" },
  { name: "1x268435456 link", path: `/${HEAVY_LINKS.oneByHuge}` },
  { name: "20000x100 link", path: `/${HEAVY_LINKS.wide}` },
  { name: "16384² link, 5 cells", path: `/${HEAVY_LINKS.fiveCells}` },
  { name: "16384² link, all alive", path: `/${HEAVY_LINKS.allAlive}` },
  { name: "16384² soup, step 1000, autoplay", path: SOUP },
  {
    name: "Download RLE of the 16384² soup",
    path: STILL_SOUP,
    act: async (page) => {
      const started = Date.now();
      const download = page.waitForEvent("download", { timeout: 400_000 });
      download.catch(() => undefined);
      await page.getByText("Save", { exact: true }).click({ timeout: 120_000 });
      await page.getByRole("button", { name: "Download RLE" }).click({ timeout: 120_000 });
      const file = await download;
      const path = await file.path();
      const size = path ? Number(execSync(`stat -c %s ${path}`, { encoding: "utf8" })) : 0;
      return `${(size / 1e6).toFixed(0)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`;
    },
  },
  {
    name: "Share of the 16384² soup",
    path: STILL_SOUP,
    act: async (page) => {
      const started = Date.now();
      await page.getByRole("button", { name: "Share", exact: true }).click({ timeout: 120_000 });
      const alert = page.getByRole("alert");
      await alert.filter({ hasText: /link/ }).waitFor({ timeout: 400_000 });
      const text = (await alert.textContent()) ?? "";
      return `${((Date.now() - started) / 1000).toFixed(1)} s: ${text.slice(0, 90)}`;
    },
  },
];

execSync("npx vite build --logLevel error", { stdio: "inherit" });
const server = spawn(
  "npx",
  ["vite", "preview", "--port", String(PORT), "--strictPort", "--host", "127.0.0.1"],
  { stdio: "ignore", detached: true },
);
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  process.stdout.write("case | longest main-thread task | long tasks | outcome\n");
  for (const c of CASES.filter((c) => !pick || pick.test(c.name))) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: "longtask", buffered: true });
    });
    let outcome = "";
    let opening: number[] | undefined;
    try {
      await page.goto(`http://127.0.0.1:${PORT}${c.path}`, { timeout: 120_000 });
      await page.locator("html[data-ready=true]").waitFor({ timeout: 120_000 });
      await page.waitForTimeout(settle);
      if (c.act) {
        // An action's own long tasks, apart from those of opening the page.
        opening = await takeLongTasks(page);
        outcome = await c.act(page);
      } else outcome = await summarizePage(page);
      await page.waitForTimeout(500);
    } catch (error) {
      outcome = `failed: ${String(error).split("\n")[0]}`;
    }
    const tasks = await takeLongTasks(page).catch(() => [] as number[]);
    const longest = (list: number[]) => `${Math.max(0, ...list).toFixed(0)} ms`;
    process.stdout.write(
      `${c.name} | ${longest(tasks)}${opening ? ` (opening the page: ${longest(opening)})` : ""}` +
        ` | ${tasks.length} | ${outcome}\n`,
    );
    await page.close();
  }
  await browser.close();
} finally {
  stop(server);
}

/** The long tasks recorded so far, forgetting them. */
function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    const tasks = w.__longTasks;
    w.__longTasks = [];
    return tasks;
  });
}

async function summarizePage(page: Page): Promise<string> {
  const alerts = page.getByRole("alert");
  const alert = (await alerts.count()) > 0 ? ((await alerts.first().textContent()) ?? "") : "";
  const status = (await page.getByTestId("counters").textContent()) ?? "";
  const population = /Population (\d+)/.exec(status)?.[1] ?? "?";
  const generation = /Generation (\d+)/.exec(status)?.[1] ?? "?";
  return `generation ${generation}, population ${population}${alert ? `; alert: ${alert.slice(0, 100)}` : ""}`;
}

function stop(child: ChildProcess) {
  try {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}
