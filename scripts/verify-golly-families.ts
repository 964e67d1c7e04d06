// node scripts/run-ts.mjs scripts/verify-golly-families.ts <Golly Patterns folder> <oracle TSV>
//   [--only SUBSTRING] [--max-gen N] [--engine auto|coroutine|…]
// Runs every pattern of the oracle list (Golly's populations for rule families: Generations,
// Larger than Life, isotropic non-totalistic, MAP, hexagonal, von Neumann, History/Super and the
// bounded-grid topologies, tubes and strips included) in this project's engines, from the file as the app opens it (rule
// and bounded grid from the header, placed where Golly places it), and prints Golly's population
// beside ours at each generation listed. Exits 1 on any mismatch. A local check: Golly's pattern
// collection and bgolly are not part of the project, so no test depends on them. The TSV's
// columns: path (relative to the Patterns folder), rule, algorithm, gen, population, live1.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAnyPattern } from "../src/formats/index.ts";
import type { Pattern } from "../src/formats/Pattern.ts";
import type { SparsePattern } from "../src/formats/SparsePattern.ts";
import { parseRule, RuleError } from "../src/rules/index.ts";
import { createUniverse, type EngineChoice } from "../src/universe/createUniverse.ts";
import { gollyPlacement, gollyTubePlacement } from "../src/universe/gollyPlacement.ts";
import { spaceOfBounds } from "../src/universe/spaceOfBounds.ts";
import { stampPattern } from "../src/universe/stampPattern.ts";
import type { Universe } from "../src/universe/Universe.ts";
import { readOption } from "./bench/readOption.ts";

const folder = process.argv[2];
const oracleFile = process.argv[3];
if (!folder || !oracleFile || folder.startsWith("--") || oracleFile.startsWith("--")) {
  process.stderr.write("usage: verify-golly-families.ts <Golly Patterns folder> <oracle TSV>\n");
  process.exit(2);
}
const only = readOption("--only");
const maxGeneration = BigInt(readOption("--max-gen") ?? 1000);
const engine = (readOption("--engine") ?? "auto") as EngineChoice;

/** Golly's populations by pattern path, by generation. */
const expected = new Map<string, Map<bigint, bigint>>();
for (const line of readFileSync(oracleFile, "utf8").split("\n").slice(1)) {
  const [path, , , generation, population] = line.split("\t");
  if (!path || !generation || !population || !/^\d+$/.test(population)) continue;
  if (only !== undefined && !path.includes(only)) continue;
  if (BigInt(generation) > maxGeneration) continue;
  const byGeneration = expected.get(path) ?? new Map<bigint, bigint>();
  byGeneration.set(BigInt(generation), BigInt(population));
  expected.set(path, byGeneration);
}

let checked = 0;
let mismatches = 0;
const skipped: string[] = [];
const failedPatterns = new Set<string>();
for (const [path, byGeneration] of expected) {
  let universe: Universe | string;
  try {
    universe = load(path);
  } catch (error) {
    universe = error instanceof Error ? error.message : String(error);
  }
  if (typeof universe === "string") {
    skipped.push(`${path}: ${universe}`);
    continue;
  }
  const started = performance.now();
  for (const [generation, population] of [...byGeneration].sort((a, b) => Number(a[0] - b[0]))) {
    universe.step(generation - universe.generation);
    const actual = universe.population();
    const ok = actual === population;
    checked++;
    if (!ok) {
      mismatches++;
      failedPatterns.add(path);
    }
    process.stdout.write(
      `${ok ? "ok  " : "FAIL"} ${path.padEnd(64)} gen ${String(generation).padStart(5)}  ` +
        `golly ${String(population).padStart(8)}  ours ${String(actual).padStart(8)}  ${universe.engine}${universe.kernel ? `/${universe.kernel}` : ""}\n`,
    );
  }
  process.stdout.write(`     ${(performance.now() - started).toFixed(0)} ms for ${path}\n`);
  universe.dispose();
}
for (const line of skipped) process.stdout.write(`skip ${line}\n`);
process.stdout.write(
  `\n${checked} populations on ${expected.size - skipped.length} patterns: ${checked - mismatches} agree, ` +
    `${mismatches} differ (${failedPatterns.size} patterns); ${skipped.length} patterns skipped\n`,
);
process.exit(mismatches === 0 ? 0 : 1);

/** The pattern in a universe as the app opens it, or why it is skipped. */
function load(path: string): Universe | string {
  let text: string;
  try {
    text = readFileSync(join(folder as string, path), "utf8");
  } catch {
    return "not found in the folder";
  }
  let pattern: Pattern | SparsePattern;
  let parsed: ReturnType<typeof parseRule>;
  try {
    pattern = parseAnyPattern(text);
    parsed = parseRule(pattern.rule ?? "B3/S23");
  } catch (error) {
    if (error instanceof RuleError || (error instanceof Error && error.name === "FormatError")) {
      return `refused: ${error.message}`;
    }
    throw error;
  }
  const { rule, bounds } = parsed;
  const space = spaceOfBounds(bounds);
  const universe = createUniverse({ space, rule, engine });
  if (space.kind === "infinite") {
    stampPattern(universe, pattern, pattern.x ?? 0, pattern.y ?? 0);
  } else if (space.kind === "tube") {
    const { x, y } = gollyTubePlacement(space, pattern);
    stampPattern(universe, pattern, x, y);
  } else {
    const x = gollyPlacement(space.width, pattern.width, pattern.x);
    const y = gollyPlacement(space.height, pattern.height, pattern.y);
    stampPattern(universe, pattern, x, y);
  }
  return universe;
}
