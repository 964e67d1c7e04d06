import { Grid } from "../engine/index.ts";
import {
  FormatError,
  MACROCELL_HEADER,
  type Macrocell,
  type Pattern,
  parseAnyPattern,
  parseMacrocell,
  patternRuns,
  type SparsePattern,
  writeCells,
  writeMacrocell,
  writeRle,
  writeRunsRle,
} from "../formats/index.ts";
import { formatRule, isTube, type ParsedRule, parseRule, RuleError } from "../rules/index.ts";
import type { UserRule } from "../rules/Rule.ts";
import { quoteValue } from "../share/quoteValue.ts";
import { gollyPlacement, gollyPosition, gollyTubePlacement } from "../universe/gollyPlacement.ts";
import {
  type CellRect,
  createUniverse,
  ENGINES_FOR,
  type Space,
  type Universe,
  type UniverseContents,
  type UniverseSnapshot,
} from "../universe/index.ts";
import { isGridSpace } from "../universe/isGridSpace.ts";
import { macrocellOf, universeFromMacrocell } from "../universe/macrocells.ts";
import { patternOf } from "../universe/patternOf.ts";
import { spaceOfBounds } from "../universe/spaceOfBounds.ts";
import { stampPattern } from "../universe/stampPattern.ts";
import { surfaceOfSpace } from "../universe/surfaceOfSpace.ts";
import type { GridSpace } from "../universe/Universe.ts";
import { NO_RUNS, universeRuns } from "../universe/universeRuns.ts";
import { CliError } from "./CliError.ts";
import { checkColumnsSize } from "./checkColumnsSize.ts";
import { MAX_BOUNDED_GENERATIONS, MAX_LISTED_AREA, MAX_LISTED_CELLS } from "./cliLimits.ts";
import { formatColumns } from "./formatColumns.ts";
import type { RunArgs } from "./parseRunArgs.ts";

/**
 * A user's rule that did not compile (`--rule-file`): the rule, and how a bounded grid of it is
 * made (stepped where user code may run: the CLI's user-rule thread).
 */
export interface UserRuleRun {
  readonly rule: UserRule;
  createUniverse(space: GridSpace): Universe;
}

/**
 * `life run`: reads a pattern, puts it in a universe, runs it and renders the result. Pure
 * apart from its arguments: the caller reads the file and prints what this returns. `source`
 * names the input in messages ("-" for standard input). `startProgress`, if given, is told the
 * number of cells stepped per generation (a bounded grid's area; the pattern's for the infinite
 * plane) and returns a callback that hears of the generations done as the run goes.
 *
 * The space is Golly's choice: `--size` or the rule's `:T`/`:P` suffix give a bounded grid (a
 * torus unless the suffix says plane); neither gives the infinite plane.
 */
export function runLife(
  args: RunArgs,
  input: string,
  source: string,
  startProgress?: (cells: number) => (generation: bigint) => void,
  userRule?: UserRuleRun,
): string {
  if (input.trimStart().startsWith(MACROCELL_HEADER)) {
    if (userRule)
      throw new CliError("a macrocell file runs on HashLife, which needs a rule that compiles");
    return runMacrocell(args, input, source);
  }
  const pattern = readPattern(input, source);
  const { rule, bounds }: ParsedRule = userRule
    ? { rule: userRule.rule }
    : readRule(args, pattern, source);
  const space: Space = args.size
    ? {
        kind: bounds?.topology ?? "torus",
        width: args.size.width,
        height: args.size.height,
        ...(bounds && !isTube(bounds) && bounds.twist !== undefined && { twist: bounds.twist }),
        ...(bounds && !isTube(bounds) && bounds.shift !== undefined && { shift: bounds.shift }),
      }
    : spaceOfBounds(bounds);
  if (space.kind !== "infinite" && args.generations > MAX_BOUNDED_GENERATIONS) {
    throw new CliError(
      `--gens ${quoteValue(String(args.generations))} is over the limit of ${MAX_BOUNDED_GENERATIONS} generations for a bounded grid or a tube (the infinite plane takes up to 2^60)`,
    );
  }
  const grid = isGridSpace(space) ? space : null;
  if (args.format === "columns" && grid) {
    checkColumnsSize(grid.width, grid.height, Number(args.generations));
  }
  if (userRule && !isGridSpace(space)) {
    throw new CliError(
      `${args.ruleFile ?? "the rule"}: ${userRule.rule.reason}, so it runs on the interpreter, which needs a bounded grid: give --size WxH`,
    );
  }
  const universe =
    userRule && isGridSpace(space)
      ? userRule.createUniverse(space)
      : createUniverseOrFail(space, rule, args.engine, contentsOf(pattern));
  const at = placePattern(universe, pattern, args.at);

  const start: CellRect = {
    x: at.x,
    y: at.y,
    width: pattern.width,
    height: pattern.height,
  };
  const history: UniverseSnapshot[] = [];
  const cellsPerGeneration = grid
    ? grid.width * grid.height
    : space.kind === "tube"
      ? space.size * (space.axis === "x" ? pattern.width : pattern.height)
      : pattern.width * pattern.height;
  const chunk = args.format === "columns" ? 1n : chunkFor(args.generations);
  const progress = startProgress?.(cellsPerGeneration * Number(chunk));
  if (args.format === "columns") {
    history.push(universe.snapshot());
    for (let i = 1n; i <= args.generations; i++) {
      universe.step(1n);
      history.push(universe.snapshot());
      progress?.(i);
    }
  } else {
    runInChunks(universe, args.generations, chunk, progress);
  }

  // The default torus goes unwritten; every other grid, and a tube, is written as Golly writes it.
  const ruleText = formatRule(
    rule,
    space.kind === "tube"
      ? space
      : !grid || (grid.kind === "torus" && grid.shift === undefined)
        ? undefined
        : { ...surfaceOfSpace(grid), width: grid.width, height: grid.height },
  );
  const box = grid ? { x: 0, y: 0, ...grid } : universe.bounds();
  switch (args.format) {
    case "columns":
      return formatColumns(columnsOf(universe, history, grid ? box : start));
    case "stats":
      return `${JSON.stringify({
        generation: exact(universe.generation),
        population: exact(universe.population()),
        ...(!grid && { x: box?.x ?? 0, y: box?.y ?? 0 }),
        width: box?.width ?? 0,
        height: box?.height ?? 0,
        rule: formatRule(rule),
        topology: space.kind,
        engine: engineLabel(universe),
      })}\n`;
    case "cells":
      return writeCells(patternOf(universe, box));
    case "rle":
      return !grid
        ? writeInfiniteRle(universe, ruleText)
        : writeRle(patternOf(universe, box), { rule: ruleText });
    case "mc":
      if (space.kind !== "infinite") {
        throw new CliError(
          "--format mc writes the infinite plane; a bounded grid or a tube is written as rle",
        );
      }
      return writeMacrocell(macrocellOf(universe, rule, { rule: ruleText }));
  }
}

/**
 * A macrocell (`.mc`) file: HashLife takes its nodes as they are, on the infinite plane, at
 * the file's `#G` generation, so a pattern trillions of cells wide runs without ever becoming
 * a list of cells. It prints as `--format mc` or `stats`; other formats list cells, which only
 * a pattern of modest extent can afford.
 */
function runMacrocell(args: RunArgs, input: string, source: string): string {
  if (args.size) {
    throw new CliError("--size: a macrocell file runs on the infinite plane, not on a grid");
  }
  let macrocell: Macrocell;
  try {
    macrocell = parseMacrocell(input);
  } catch (error) {
    if (error instanceof FormatError) throw new CliError(`${nameOf(source)}: ${error.message}`);
    throw error;
  }
  const { rule, bounds } = readRule(args, macrocell, source);
  if (bounds)
    throw new CliError("a macrocell file runs on the infinite plane: drop the rule's :T/:P suffix");
  let universe: Universe;
  try {
    universe = universeFromMacrocell(macrocell, rule, args.engine);
  } catch (error) {
    if (error instanceof RangeError)
      throw new CliError(`--engine ${args.engine}: ${error.message}`);
    throw error;
  }
  runInChunks(universe, args.generations, chunkFor(args.generations), undefined);
  const ruleText = formatRule(rule);
  const box = universe.bounds();
  switch (args.format) {
    case "mc":
      return writeMacrocell(macrocellOf(universe, rule, { rule: ruleText }));
    case "stats":
      return `${JSON.stringify({
        generation: exact(universe.generation),
        population: exact(universe.population()),
        x: box?.x ?? 0,
        y: box?.y ?? 0,
        width: box?.width ?? 0,
        height: box?.height ?? 0,
        rule: ruleText,
        topology: "infinite",
        engine: engineLabel(universe),
      })}\n`;
    case "rle":
      if (universe.population() > BigInt(MAX_LISTED_CELLS)) {
        throw new CliError(
          `--format rle: the pattern has ${universe.population()} live cells, too many to list; use --format mc or stats`,
        );
      }
      return writeInfiniteRle(universe, ruleText);
    case "cells":
      if (box && box.width * box.height > MAX_LISTED_AREA) {
        throw new CliError(
          `--format cells: the pattern's box is ${box.width}x${box.height} cells, too big to draw; use --format mc, rle or stats`,
        );
      }
      return writeCells(patternOf(universe, box));
    case "columns":
      throw new CliError("--format columns: not for a macrocell file; use mc, rle, cells or stats");
  }
}

/**
 * The step a run of `generations` is made in: a power of two between a 512th and a 256th of
 * them, so that a long run can report its progress and an engine that steps in powers of two
 * (HashLife) keeps its stride.
 */
function chunkFor(generations: bigint): bigint {
  let chunk = 1n;
  while (chunk * 512n <= generations) chunk *= 2n;
  return chunk;
}

function runInChunks(
  universe: Universe,
  generations: bigint,
  chunk: bigint,
  progress: ((generation: bigint) => void) | undefined,
): void {
  let done = 0n;
  while (done < generations) {
    const next = generations - done < chunk ? generations - done : chunk;
    universe.step(next);
    done += next;
    progress?.(done);
  }
}

/** The generation in `history` as grids of `box`, for `--format columns`. */
function columnsOf(
  universe: Universe,
  history: readonly UniverseSnapshot[],
  box: CellRect | null,
): Grid[] {
  let rect = box ?? { x: 0, y: 0, width: 0, height: 0 };
  if (!isGridSpace(universe.space)) {
    // The plane (or a tube along) has no edge to draw: show the pattern's own box, grown to
    // hold every generation.
    for (const snapshot of history) {
      universe.restore(snapshot);
      const live = universe.bounds();
      if (live) rect = union(rect, live);
    }
    if (rect.width === 0 || rect.height === 0) {
      throw new CliError(
        "--format columns: the pattern has no live cells in any generation, so there is nothing to draw; use --format stats or rle",
      );
    }
    checkColumnsSize(rect.width, rect.height, history.length - 1);
  }
  return history.map((snapshot) => {
    universe.restore(snapshot);
    const { cells } = patternOf(universe, rect);
    return new Grid(rect.height, rect.width, "plane", cells);
  });
}

function union(a: CellRect, b: CellRect): CellRect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/**
 * The infinite plane's live cells as RLE, their bounding box with Golly's `#CXRLE` line giving
 * its top-left cell and the generation, so Golly and this command put it back where it was.
 */
function writeInfiniteRle(universe: Universe, rule: string): string {
  const found = universeRuns(universe);
  const { space } = universe;
  if (isGridSpace(space)) throw new Error("a bounded grid is written whole");
  return writeRunsRle(found?.runs ?? NO_RUNS, {
    rule,
    position: gollyPosition(space, found?.box.x ?? 0, found?.box.y ?? 0),
    generation: universe.generation,
  });
}

/** A count as a JSON number while it is exact as one, else as its exact decimal string. */
function exact(count: bigint): number | string {
  return count <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(count) : count.toString();
}

/** The engine as the statistics name it: "hashlife", or "fast (wasm)" with its kernel. */
function engineLabel(universe: Universe): string {
  return universe.kernel ? `${universe.engine} (${universe.kernel})` : universe.engine;
}

/** A pattern's live cells and box area, from which `auto` chooses the infinite plane's engine. */
function contentsOf(pattern: Pattern | SparsePattern): UniverseContents {
  const { lengths } = patternRuns(pattern);
  let population = 0;
  for (const length of lengths) population += length;
  return { population, area: pattern.width * pattern.height };
}

function createUniverseOrFail(
  space: Space,
  rule: ParsedRule["rule"],
  engine: RunArgs["engine"],
  contents: UniverseContents,
) {
  try {
    return createUniverse({ space, rule, engine, contents });
  } catch (error) {
    if (error instanceof RangeError) {
      const where = space.kind === "infinite" ? "the infinite plane" : `a ${space.kind}`;
      const engines = ENGINES_FOR[space.kind].join(", ");
      throw new CliError(`--engine ${engine} on ${where}: ${error.message} (engines: ${engines})`);
    }
    throw error;
  }
}

/**
 * Puts the pattern in the universe: on a bounded grid with its top-left cell at --at (it must
 * fit), else where Golly puts it (`gollyPlacement`: centred when it fits); on the infinite plane at --at when given, else where the file put it (`#CXRLE Pos`,
 * Life 1.05/1.06 coordinates), else at the origin.
 */
function placePattern(
  universe: Universe,
  pattern: Pattern | SparsePattern,
  asked: RunArgs["at"],
): { x: number; y: number } {
  let at = asked;
  const { space } = universe;
  if (space.kind === "infinite") {
    const x = at.given ? at.x : (pattern.x ?? 0);
    const y = at.given ? at.y : (pattern.y ?? 0);
    stampPattern(universe, pattern, x, y);
    return { x, y };
  }
  if (space.kind === "tube") {
    // Across the tube as Golly puts it on a grid of its side; along it as on the plane.
    const { x, y } = at.given ? at : gollyTubePlacement(space, pattern);
    stampPattern(universe, pattern, x, y);
    return { x, y };
  }
  if (!at.given) {
    at = {
      x: gollyPlacement(space.width, pattern.width, pattern.x),
      y: gollyPlacement(space.height, pattern.height, pattern.y),
      given: false,
    };
  }
  if (at.x < 0 || at.y < 0) {
    throw new CliError(`--at ${at.y},${at.x} is outside the ${space.width}x${space.height} grid`);
  }
  if (at.x + pattern.width > space.width || at.y + pattern.height > space.height) {
    // Name the first live cell that falls outside, as a user would look for it.
    const runs = patternRuns(pattern);
    for (let i = 0; i < runs.xs.length; i++) {
      const y = at.y + (runs.ys[i] as number);
      const first = at.x + (runs.xs[i] as number);
      const last = first + (runs.lengths[i] as number) - 1;
      if (y < space.height && last < space.width) continue;
      const x = y >= space.height ? first : Math.max(first, space.width);
      throw new CliError(
        `the ${pattern.width}x${pattern.height} pattern placed at ${at.y},${at.x} ` +
          `does not fit the ${space.width}x${space.height} grid (live cell at row ${y}, column ${x})`,
      );
    }
  }
  stampPattern(universe, pattern, at.x, at.y);
  return at;
}

function readPattern(input: string, source: string): Pattern | SparsePattern {
  try {
    return parseAnyPattern(input);
  } catch (error) {
    if (error instanceof FormatError) throw new CliError(`${nameOf(source)}: ${error.message}`);
    throw error;
  }
}

function readRule(
  args: RunArgs,
  pattern: { readonly rule?: string | undefined },
  source: string,
): ParsedRule {
  const text = args.rule ?? pattern.rule ?? "B3/S23";
  try {
    return parseRule(text);
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    const where = args.rule !== undefined ? "--rule" : `${nameOf(source)}: rule in header`;
    throw new CliError(`${where}: ${error.message}`);
  }
}

function nameOf(source: string): string {
  return source === "-" ? "stdin" : source;
}
