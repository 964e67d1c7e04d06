// Runs a TypeScript entry point under plain Node: bundles it with esbuild (about 20 ms) and
// imports the bundle. Unlike a loader hook (tsx), the code then runs at full speed, which
// matters for `npm run bench` and for long `life run` jobs.
import { mkdirSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write("usage: node scripts/run-ts.mjs ENTRY.ts [ARGS...]\n");
  process.exit(2);
}
const outDir = resolve("node_modules/.cache/run-ts");
mkdirSync(outDir, { recursive: true });
const outfile = resolve(outDir, `${basename(entry, ".ts")}.mjs`);
await build({
  entryPoints: [entry],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outfile,
  logLevel: "error",
});
process.argv = [process.argv[0] ?? "node", resolve(entry), ...rest];
await import(pathToFileURL(outfile).href);
