import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { build } from "esbuild";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

const SANDBOX_RUNTIME = "virtual:rule-sandbox-runtime";

/**
 * The rule sandbox's worker as one self-contained script, as a string (`import code from
 * "virtual:rule-sandbox-runtime"`): the sandbox's iframe starts it as a blob: worker, which
 * can import nothing from the app's origin. Bundled by esbuild the same way in dev and build.
 */
function ruleSandboxRuntime(): Plugin {
  return {
    name: "rule-sandbox-runtime",
    resolveId: (source) => (source === SANDBOX_RUNTIME ? `\0${SANDBOX_RUNTIME}` : undefined),
    async load(id) {
      if (id !== `\0${SANDBOX_RUNTIME}`) return undefined;
      const result = await build({
        entryPoints: ["src/worker/sandbox/sandboxRuntime.ts"],
        bundle: true,
        format: "iife",
        target: "es2022",
        // Names kept and syntax left as written, as for the page's build below: the Inspector
        // names the engine's coroutines a user's rule composes by their names in the sandbox,
        // and finds their current `yield` by its order in the code that runs there.
        minifyWhitespace: true,
        minifyIdentifiers: true,
        keepNames: true,
        write: false,
        metafile: true,
        logLevel: "error",
      });
      for (const input of Object.keys(result.metafile.inputs)) this.addWatchFile(resolve(input));
      return `export default ${JSON.stringify(result.outputFiles[0]?.text ?? "")};`;
    },
  };
}

// Cross-origin isolation lets workers share memory (SharedArrayBuffer). A static host must
// send the same two headers; see README.
const isolation = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

export default defineConfig({
  plugins: [react(), ruleSandboxRuntime()],
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
