import { execSync } from "node:child_process";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS } from "./scripts/bench/chromiumArgs.ts";

/** Debian's Chromium: Playwright never downloads a browser here. */
function findChromium(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync("command -v chromium", { encoding: "utf8", shell: "/bin/sh" }).trim();
  } catch {
    throw new Error(
      "Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH",
    );
  }
}

/** E2E_PORT lets two checkouts run their browser tests side by side. */
const PORT = Number(process.env.E2E_PORT) || 4317;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1100, height: 720 },
    // The app follows the OS's light or dark preference until a theme is picked, and Playwright
    // emulates light by default: the tests read the dark theme's pixels.
    colorScheme: "dark",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite build --logLevel warn && npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
