import { execSync } from "node:child_process";

/** Flags for Debian's headless Chromium in this sandbox: no GPU, no sandbox, no network chatter. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Debian's Chromium (or CHROMIUM_PATH): the benchmarks never use a browser of Playwright's. */
export function findChromium(): string {
  return (
    process.env.CHROMIUM_PATH ??
    execSync("command -v chromium", { encoding: "utf8", shell: "/bin/sh" }).trim()
  );
}

/** Resolves once `url` answers (a preview server just started), or throws after 10 s. */
export async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the preview server did not start at ${url}`);
}
