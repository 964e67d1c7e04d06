import { execFileSync } from "node:child_process";

/**
 * Vitest's global setup: builds the wasm kernel module (src/kernels/wasm/generated/, not
 * committed) so that every way of running the unit tests works on a fresh clone, `npx vitest`
 * included, not only the npm scripts whose pre-hooks build it.
 */
export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build-wasm.mjs"], { stdio: "inherit" });
}
