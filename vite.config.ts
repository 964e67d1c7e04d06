import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Cross-origin isolation lets workers share memory (SharedArrayBuffer). A static host must
// send the same two headers; see README.
const isolation = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

export default defineConfig({
  plugins: [react()],
  server: { headers: isolation },
  preview: { headers: isolation },
  // The Inspector reads the page's own code as it runs (see src/engine/trace): function names
  // survive (V8 stack frames read a function's `name`, and the frames' source is found by it),
  // and the minifier only renames and drops whitespace, without compressing: compression may
  // inline `const n = yield* count(); yield f(n)` into `yield f(yield* count())`, putting a
  // function's yields out of their source order, by which the Inspector finds the current one.
  build: {
    rolldownOptions: { output: { keepNames: true, minify: { compress: false, mangle: true } } },
  },
  worker: { format: "es", rolldownOptions: { output: { keepNames: true } } },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "tests/cli/**/*.test.ts"],
    testTimeout: 20_000,
    environment: "node",
    globalSetup: ["tests/support/buildWasm.ts"],
  },
});
