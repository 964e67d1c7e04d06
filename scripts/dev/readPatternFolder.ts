// Dev aid: reads every pattern file under a folder (such as Golly's Patterns) with
// decodePatternBytes and parseAnyPattern, and tallies what opens dense, what opens sparse and
// why the rest is refused. Nothing of the folder is kept.
// node scripts/run-ts.mjs scripts/dev/readPatternFolder.ts FOLDER
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodePatternBytes } from "../../src/formats/decodePatternBytes.ts";
import { parseAnyPattern } from "../../src/formats/parseAnyPattern.ts";
import { isSparsePattern } from "../../src/formats/SparsePattern.ts";

const folder = process.argv[2];
if (folder === undefined) {
  process.stderr.write("usage: node scripts/run-ts.mjs scripts/dev/readPatternFolder.ts FOLDER\n");
  process.exit(2);
}
const PATTERN_FILE = /\.(?:rle|lif|life|cells)(?:\.gz)?$/i;
const tally = new Map<string, string[]>();
const note = (key: string, file: string) => tally.set(key, [...(tally.get(key) ?? []), file]);

for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !PATTERN_FILE.test(entry.name)) continue;
  const path = join(entry.parentPath, entry.name);
  const file = path.slice(folder.length + 1);
  try {
    const pattern = parseAnyPattern(await decodePatternBytes(readFileSync(path)));
    const place = pattern.x === undefined ? "" : " with a position";
    const size = `${pattern.width} x ${pattern.height}`;
    note(isSparsePattern(pattern) ? `sparse${place}` : `dense${place}`, `${file} (${size})`);
  } catch (error) {
    const reason =
      error instanceof Error ? error.message.replace(/^line \d+, column \d+: /, "") : String(error);
    note(`refused: ${reason.replace(/"[^"]*" is state \d+/, "…").slice(0, 110)}`, file);
  }
}
for (const [key, files] of [...tally].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${files.length}\t${key}`);
  for (const file of files.slice(0, key.startsWith("sparse") ? 20 : 3)) console.log(`\t\t${file}`);
}
