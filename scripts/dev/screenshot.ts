// Dev aid: screenshots of the built app (npm run build && npm run preview first).
// node scripts/run-ts.mjs scripts/dev/screenshot.ts [URL] [OUT_DIR]
import { execSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../bench/chromiumArgs.ts";

const url = process.argv[2] ?? "http://127.0.0.1:4173/";
const out = process.argv[3] ?? "screenshots";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: execSync("command -v chromium", { encoding: "utf8", shell: "/bin/sh" }).trim(),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
});
page.on("console", (m) => console.log("console:", m.text()));
page.on("pageerror", (e) => console.log("pageerror:", e.message));
await page.goto(url);
await page.waitForTimeout(1500);
await page.screenshot({ path: `${out}/app.png` });
const canvas = page.getByLabel(/Game of Life grid/);
const box = await canvas.boundingBox();
if (box) {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/zoomed-in.png` });
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 300);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/zoomed-out.png` });
}
console.log(await page.getByTestId("counters").textContent());
await browser.close();
