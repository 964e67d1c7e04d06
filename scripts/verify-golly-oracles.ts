// node scripts/run-ts.mjs scripts/verify-golly-oracles.ts <Golly Patterns folder> [--oracles FILE]
//   [--max-nodes N]  (HashLife's node cap; default 2^24, 624 MiB: some of these patterns are
//   HashLife-unfriendly and run much slower when the cap forces collections)
// Runs HashLife on every Life (B3/S23) pattern of the oracle list that is RLE, Life 1.06 or a
// plain macrocell, to the generations the list gives (1024 and 65536 from generation 0 of the
// file), and prints Golly's population beside ours; for macrocells it also checks that writing
// the loaded tree back gives Golly's node lines byte for byte. Exits 1 on any mismatch. A local check:
// Golly's pattern collection is not part of the project, so no test depends on it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FormatError, parseMacrocell, parsePattern, writeMacrocell } from "../src/formats/index.ts";
import { formatRule, parseRule } from "../src/rules/index.ts";
import { compileRuleOf } from "../src/universe/compileRuleOf.ts";
import {
  createHashLife,
  hashLifeFromMacrocell,
  macrocellFromHashLife,
} from "../src/universe/hashlife/index.ts";
import type { Universe } from "../src/universe/Universe.ts";
import { readOption } from "./bench/readOption.ts";

const folder = process.argv[2];
if (folder === undefined || folder.startsWith("--")) {
  process.stderr.write("usage: verify-golly-oracles.ts <Golly Patterns folder> [--oracles FILE]\n");
  process.exit(2);
}
const oracleFile = readOption("--oracles") ?? "/work/shared/oracles/golly-populations.tsv";
const maxNodes = Number(readOption("--max-nodes") ?? 2 ** 24);
const LIFE = "B3/S23";
const life = compileRuleOf(parseRule(LIFE).rule);
if (life === undefined) throw new Error("Life did not compile");

/** Expected populations by pattern path, by generation. */
const expected = new Map<string, Map<bigint, bigint>>();
for (const line of readFileSync(oracleFile, "utf8").split("\n").slice(1)) {
  const [path, generation, population] = line.split("\t");
  if (!path || !generation || !population) continue;
  const byGeneration = expected.get(path) ?? new Map<bigint, bigint>();
  byGeneration.set(BigInt(generation), BigInt(population));
  expected.set(path, byGeneration);
}

let checked = 0;
let mismatches = 0;
const skipped: string[] = [];
for (const [path, byGeneration] of expected) {
  const universe = load(path);
  if (typeof universe === "string") {
    skipped.push(`${path}: ${universe}`);
    continue;
  }
  const start = universe.generation;
  const started = performance.now();
  for (const [generation, population] of [...byGeneration].sort((a, b) => Number(a[0] - b[0]))) {
    universe.step(start + generation - universe.generation);
    const actual = universe.population();
    const ok = actual === population;
    checked++;
    if (!ok) mismatches++;
    process.stdout.write(
      `${ok ? "ok  " : "FAIL"} ${path.padEnd(52)} gen ${String(generation).padStart(6)}  ` +
        `golly ${String(population).padStart(9)}  hashlife ${String(actual).padStart(9)}\n`,
    );
  }
  process.stdout.write(`     ${(performance.now() - started).toFixed(0)} ms for ${path}\n`);
}
for (const line of skipped) process.stdout.write(`skip ${line}\n`);
process.stdout.write(
  `\n${checked} checks (populations, and macrocells written back) on ${expected.size - skipped.length} patterns: ` +
    `${checked - mismatches} agree, ${mismatches} differ; ${skipped.length} patterns skipped\n`,
);
process.exit(mismatches === 0 ? 0 : 1);

/** The pattern as a HashLife universe, or why it is skipped. */
function load(path: string): Universe | string {
  if (path.endsWith(".mc.gz")) return "gzip is not read here";
  let text: string;
  try {
    text = readFileSync(join(folder as string, path), "utf8");
  } catch {
    return "not found in the folder";
  }
  if (path.endsWith(".mc")) {
    const macrocell = parseMacrocell(text);
    if (!isLife(macrocell.rule)) return `rule ${macrocell.rule} is not ${LIFE}`;
    const universe = hashLifeFromMacrocell(macrocell, life as NonNullable<typeof life>, {
      maxNodes,
    });
    const written = writeMacrocell(macrocellFromHashLife(universe));
    const same = nodeLines(written).join("\n") === nodeLines(text).join("\n");
    checked++;
    if (!same) mismatches++;
    process.stdout.write(
      `${same ? "ok  " : "FAIL"} ${path.padEnd(52)} written back as Golly wrote it\n`,
    );
    return universe;
  }
  let pattern: ReturnType<typeof parsePattern>;
  try {
    pattern = parsePattern(text);
  } catch (error) {
    // parsePattern is dense and bounded; an RLE too large for it is read cell by cell here.
    if (error instanceof FormatError && /larger than the limit/.test(error.reason)) {
      return loadLargeRle(text);
    }
    if (text.startsWith("#Life 1.05")) return loadLife105(text);
    throw error;
  }
  if (!isLife(pattern.rule)) return `rule ${pattern.rule} is not ${LIFE}`;
  const universe = createHashLife(life as NonNullable<typeof life>, { maxNodes });
  for (let y = 0; y < pattern.height; y++) {
    for (let x = 0; x < pattern.width; x++) {
      if (pattern.cells[y * pattern.width + x] !== 0) universe.set(x, y, 1);
    }
  }
  return universe;
}

/** Life 1.05: `#P x y` blocks of `.` and `*` rows (parsePattern reads 1.06 only). */
function loadLife105(text: string): Universe | string {
  const universe = createHashLife(life as NonNullable<typeof life>, { maxNodes });
  let left = 0;
  let y = 0;
  for (const line of text.split(/\r?\n/)) {
    const block = /^#P\s+(-?\d+)\s+(-?\d+)/.exec(line);
    if (block) {
      left = Number(block[1]);
      y = Number(block[2]);
    } else if (line.startsWith("#N")) continue;
    else if (line.startsWith("#R")) {
      if (!isLife(line.slice(2).trim())) return `rule ${line.slice(2).trim()} is not ${LIFE}`;
    } else if (!line.startsWith("#") && line.trim() !== "") {
      [...line.trim()].forEach((c, x) => {
        if (c === "*") universe.set(left + x, y, 1);
      });
      y++;
    }
  }
  return universe;
}

/** A two-state RLE read straight into HashLife, without a dense grid. */
function loadLargeRle(text: string): Universe | string {
  const lines = text.split(/\r?\n/).filter((line) => !line.startsWith("#"));
  const header = lines.shift() ?? "";
  const rule = /rule\s*=\s*([^,\s]+)/.exec(header)?.[1];
  if (!isLife(rule)) return `rule ${rule} is not ${LIFE}`;
  const universe = createHashLife(life as NonNullable<typeof life>, { maxNodes });
  let x = 0;
  let y = 0;
  let count = "";
  for (const c of lines.join("")) {
    if (c >= "0" && c <= "9") {
      count += c;
      continue;
    }
    const n = count === "" ? 1 : Number(count);
    count = "";
    if (c === "!") break;
    if (c === "$") {
      y += n;
      x = 0;
    } else if (c === "b" || c === ".") x += n;
    else if (c === "o" || c === "A") {
      for (let i = 0; i < n; i++) universe.set(x++, y, 1);
    } else if (c.trim() !== "") return `unexpected "${c}" in a large RLE`;
  }
  return universe;
}

/** A macrocell's node lines, without header, comments or blank lines. */
function nodeLines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line !== "" && !/^[#[]/.test(line));
}

function isLife(rule: string | undefined): boolean {
  if (rule === undefined) return true;
  try {
    const parsed = parseRule(rule);
    return parsed.bounds === undefined && formatRule(parsed.rule) === LIFE;
  } catch {
    return false;
  }
}
