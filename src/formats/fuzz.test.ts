import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import { fitsGridSides } from "../engine/gridLimits.ts";
import { decodePatternBytes } from "./decodePatternBytes.ts";
import { FormatError } from "./FormatError.ts";
import { MAX_PATTERN_AREA, type Pattern } from "./Pattern.ts";
import { PatternBytesError } from "./PatternBytesError.ts";
import { parseAnyPattern } from "./parseAnyPattern.ts";
import { parseCells } from "./parseCells.ts";
import { parseLife105 } from "./parseLife105.ts";
import { parseLife106 } from "./parseLife106.ts";
import { parsePattern } from "./parsePattern.ts";
import { parseRle } from "./parseRle.ts";
import { randomPattern } from "./randomPattern.ts";
import {
  isSparsePattern,
  MAX_SPARSE_RUNS,
  MAX_SPARSE_SIDE,
  type SparsePattern,
} from "./SparsePattern.ts";
import { writeCells } from "./writeCells.ts";
import { writeLife106 } from "./writeLife106.ts";
import { writeRle } from "./writeRle.ts";

type Random = () => number;

type Parser = (text: string) => Pattern | SparsePattern;

const PARSERS: readonly [string, Parser][] = [
  ["parseRle", parseRle],
  ["parseCells", parseCells],
  ["parseLife106", parseLife106],
  ["parseLife105", parseLife105],
  ["parsePattern", parsePattern],
  ["parseAnyPattern", parseAnyPattern],
];

// A fixed seed keeps a known set of cases in every run; the clock seed (or TEST_SEED) adds new ones.
const SEEDS = [1, pickSeed()];
const CASES = 250;
// Generous for a slow CI machine; a parser that loops or allocates without bound takes far longer.
const PROMPT_MS = 1_500;

// Characters the formats care about, then a few they do not, so random text gets past the header.
const FORMAT_CHARS = "0123456789bo$!.O*A#xy=, \n\r\t-+rule:BS/TPNCDRLife1.06.05CXRLEPos=Gen=";
const OTHER_CHARS = ["z", "é", "🙂", "\u0000", "\uFEFF", "\u2028", "\\", '"'];

const HUGE_NUMBERS = [
  "99999999999999999999",
  "268435457",
  "16385",
  "4294967296",
  "1e9",
  "00000000007",
  "2000000000",
  "9007199254740991",
];

const GOSPER =
  "#N Gosper glider gun\nx = 36, y = 9, rule = B3/S23\n24bo$22bobo$12b2o6b2o12b2o$11bo3bo4b2o12b2o$2o8bo5bo3b2o$2o8bo3bob2o4b\nobo$10bo5bo7bo$11bo3bo$12b2o!\n";
const FIXED_SAMPLES = [
  GOSPER,
  "x = 3, y = 3\nbo$2bo$3o!",
  "#C old style\n#r 23/3\nx = 0, y = 0\n2o$2o!",
  "!Name: Glider\n.O\n..O\nOOO\n",
  "#Life 1.06\n#N Glider\n0 -1\n1 0\n-1 1\n0 1\n1 1\n",
  "#Life 1.05\n#D Two blocks\n#R 23/3\n#P -3 -2\n**\n*.\n#P\n.*\n#P 2 1\n***\n",
  "#P -1 0\n.*\n..*\n***\n",
  "#CXRLE Pos=-7,3 Gen=99999999999999999999\n#N G\nx = 3, y = 3\nbo$2bo$3o!",
  "x = 2000000000, y = 1\no1999999998bo!",
  "#Life 1.06\n5000000 -3\n-7 2\n",
];

/**
 * Every call either returns a well-formed pattern (dense within the area limit, or sparse within
 * its own) or throws FormatError.
 */
function checkParser(name: string, parse: Parser, text: string, where: string) {
  const context = `${name} on ${where}: ${JSON.stringify(text.slice(0, 200))}`;
  const started = performance.now();
  let pattern: Pattern | SparsePattern | undefined;
  try {
    pattern = parse(text);
  } catch (error) {
    if (!(error instanceof FormatError)) {
      expect.fail(`${context} threw ${String(error)}, not a FormatError`);
    }
    expect(Number.isInteger(error.line) && error.line >= 1, context).toBe(true);
    expect(Number.isInteger(error.column) && error.column >= 1, context).toBe(true);
  }
  expect(performance.now() - started, context).toBeLessThan(PROMPT_MS);
  if (pattern === undefined) return;
  checkPlace(pattern, context);
  if (isSparsePattern(pattern)) {
    checkSparse(pattern, context);
    return;
  }
  const { width, height, cells } = pattern;
  expect(Number.isInteger(width) && width >= 0, context).toBe(true);
  expect(Number.isInteger(height) && height >= 0, context).toBe(true);
  expect(cells, context).toBeInstanceOf(Uint8Array);
  expect(cells.length, context).toBe(width * height);
  expect(cells.length, context).toBeLessThanOrEqual(MAX_PATTERN_AREA);
  expect(
    cells.every((cell) => cell === 0 || cell === 1),
    context,
  ).toBe(true);
}

/** Position and generation: both coordinates or neither, safe integers; a generation >= 0. */
function checkPlace(pattern: Pattern | SparsePattern, context: string): void {
  const { x, y, generation } = pattern;
  expect(x === undefined, context).toBe(y === undefined);
  if (x !== undefined)
    expect(Number.isSafeInteger(x) && Number.isSafeInteger(y), context).toBe(true);
  if (generation !== undefined) expect(generation >= 0n, context).toBe(true);
}

/** A sparse box beyond the grid's sides, its runs inside it, in row order, not overlapping. */
function checkSparse(pattern: SparsePattern, context: string): void {
  const { width, height, xs, ys, lengths, states } = pattern;
  expect(fitsGridSides(width, height), context).toBe(false);
  expect(width <= MAX_SPARSE_SIDE && height <= MAX_SPARSE_SIDE, context).toBe(true);
  expect(xs.length, context).toBeLessThanOrEqual(MAX_SPARSE_RUNS);
  expect([ys.length, lengths.length, states.length], context).toEqual([
    xs.length,
    xs.length,
    xs.length,
  ]);
  let endOfLast = -1;
  let lastY = -1;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] ?? -1;
    const y = ys[i] ?? -1;
    const length = lengths[i] ?? 0;
    const inside = x >= 0 && y >= 0 && length >= 1 && x + length <= width && y < height;
    const ordered = y > lastY || (y === lastY && x > endOfLast);
    if (!inside || !ordered || states[i] !== 1) {
      expect.fail(`${context}: run ${i} (${x}, ${y}, ${length}, ${states[i]}) is out of place`);
    }
    endOfLast = x + length;
    lastY = y;
  }
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function randomInt(random: Random, below: number): number {
  return Math.floor(random() * below);
}

function randomText(random: Random): string {
  const length = randomInt(random, 120);
  let text = "";
  for (let i = 0; i < length; i++) {
    text += random() < 0.9 ? pick(random, [...FORMAT_CHARS]) : pick(random, OTHER_CHARS);
  }
  // Half the time, start like a real file so the parser reads past its first line.
  const starts = [
    "",
    "x = 5, y = 4\n",
    "#Life 1.06\n",
    "!Name: x\n",
    "#N a\nx = 0, y = 0, rule = B3/S23\n",
    "#Life 1.05\n",
    "#Life 1.05\n#P -2000000000 5\n",
    "#P 0 0\n",
    "#CXRLE Pos=-3,4 Gen=99999999999999999999\nx = 20000, y = 2\n",
  ];
  return pick(random, starts) + text;
}

/** Random bytes read as latin1: every code from 0 to 255, control characters included. */
function randomLatin1(random: Random): string {
  const codes = Array.from({ length: randomInt(random, 200) }, () => randomInt(random, 256));
  return String.fromCharCode(...codes);
}

function validSample(random: Random, seed: number): string {
  if (random() < 0.4) return pick(random, FIXED_SAMPLES);
  const pattern = randomPattern(seed, { maxSide: 30 });
  const writeCxrle = (p: Pattern) =>
    writeRle(p, { position: { x: -seed, y: seed }, generation: 5n });
  return pick(random, [writeRle, writeCells, writeLife106, writeCxrle])(pattern);
}

/** One to four edits: insert, delete, replace, huge run count, huge number, repeated slice. */
function mutate(random: Random, text: string): string {
  let result = text;
  const edits = 1 + randomInt(random, 4);
  for (let i = 0; i < edits; i++) {
    const at = randomInt(random, result.length + 1);
    const kind = randomInt(random, 6);
    if (kind === 0) {
      result = result.slice(0, at) + pick(random, [...FORMAT_CHARS]) + result.slice(at);
    } else if (kind === 1) {
      result = result.slice(0, at) + result.slice(at + 1 + randomInt(random, 3));
    } else if (kind === 2) {
      result = `${result.slice(0, at)}${pick(random, [...FORMAT_CHARS, ...OTHER_CHARS])}${result.slice(at + 1)}`;
    } else if (kind === 3) {
      const run = pick(random, HUGE_NUMBERS) + pick(random, ["o", "b", "$", "O", ""]);
      result = result.slice(0, at) + run + result.slice(at);
    } else if (kind === 4) {
      // Replace one number (a header size, a run count, a coordinate) with a huge one.
      const numbers = [...result.matchAll(/\d+/g)];
      const target = numbers.length > 0 ? pick(random, numbers) : undefined;
      if (target !== undefined) {
        const start = target.index;
        const sign = random() < 0.3 ? "-" : "";
        result = `${result.slice(0, start)}${sign}${pick(random, HUGE_NUMBERS)}${result.slice(start + target[0].length)}`;
      }
    } else {
      const length = randomInt(random, 20);
      result = result.slice(0, at) + result.slice(at, at + length).repeat(2) + result.slice(at);
    }
  }
  return result;
}

describe.each(PARSERS)("%s under fuzzing", (name, parse) => {
  it.each(SEEDS)("returns a pattern or throws FormatError on random text (seed %i)", (seed) => {
    const random = createRandom(seed);
    for (let i = 0; i < CASES; i++)
      checkParser(name, parse, randomText(random), `seed ${seed} case ${i}`);
  });

  it.each(SEEDS)(
    "returns a pattern or throws FormatError on random latin1 bytes (seed %i)",
    (seed) => {
      const random = createRandom(seed);
      for (let i = 0; i < CASES; i++) {
        checkParser(name, parse, randomLatin1(random), `seed ${seed} case ${i}`);
      }
    },
  );

  it.each(SEEDS)(
    "returns a pattern or throws FormatError on mutated valid files (seed %i)",
    (seed) => {
      const random = createRandom(seed);
      for (let i = 0; i < CASES; i++) {
        const text = mutate(random, validSample(random, seed + i));
        checkParser(name, parse, text, `seed ${seed} case ${i}`);
      }
    },
  );
});

describe("parsers on huge sizes", () => {
  it.each([
    "x = 268435456, y = 2\n!",
    "x = 99999999999999999999, y = 1\no!",
    "x = 1, y = 1\n268435457o!",
    "x = 1, y = 1\n16384o268435456$o!",
    "#Life 1.06\n0 0\n16384 16384\n",
    "#Life 1.06\n-9007199254740991 0\n9007199254740991 0\n",
  ])("refuses %j with a FormatError instead of allocating it", (text) => {
    for (const [name, parse] of PARSERS) checkParser(name, parse, text, "a huge size");
    expect(() => parsePattern(text)).toThrow(FormatError);
  });
});

describe("decodePatternBytes under fuzzing", () => {
  /** Gives text, or throws PatternBytesError; the text then reads or throws FormatError. */
  async function checkBytes(bytes: Uint8Array, context: string): Promise<void> {
    let text: string | undefined;
    try {
      text = await decodePatternBytes(bytes);
    } catch (error) {
      if (!(error instanceof PatternBytesError)) {
        expect.fail(`${context} threw ${String(error)}, not a PatternBytesError`);
      }
    }
    if (text !== undefined) checkParser("parseAnyPattern", parseAnyPattern, text, context);
  }

  async function gzip(text: string): Promise<Uint8Array> {
    const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  it.each(SEEDS)("decodes or refuses random bytes behind gzip's magic (seed %i)", async (seed) => {
    const random = createRandom(seed);
    for (let i = 0; i < CASES / 5; i++) {
      const tail = Array.from({ length: randomInt(random, 60) }, () => randomInt(random, 256));
      await checkBytes(Uint8Array.of(0x1f, 0x8b, ...tail), `seed ${seed} case ${i}`);
    }
  });

  it.each(SEEDS)("decodes or refuses mutated gzip files (seed %i)", async (seed) => {
    const random = createRandom(seed);
    for (let i = 0; i < CASES / 5; i++) {
      const bytes = await gzip(validSample(random, seed + i));
      const spoiled = bytes.slice(0, 2 + randomInt(random, bytes.length - 1));
      for (let edit = randomInt(random, 4); edit > 0; edit--) {
        const at = 2 + randomInt(random, Math.max(1, spoiled.length - 2));
        if (at < spoiled.length) spoiled[at] = randomInt(random, 256);
      }
      await checkBytes(spoiled, `seed ${seed} case ${i}`);
    }
  });
});
