import { ALIVE, Grid } from "../engine/index.ts";
import { FormatError, type Pattern, parsePattern, writeCells, writeRle } from "../formats/index.ts";
import { formatRule, type ParsedRule, parseRule, RuleError } from "../rules/index.ts";
import { CliError } from "./CliError.ts";
import { checkColumnsSize } from "./checkColumnsSize.ts";
import { createRunner } from "./createRunner.ts";
import { formatColumns } from "./formatColumns.ts";
import type { RunArgs } from "./parseRunArgs.ts";

/**
 * `life run`: reads a pattern, places it on a grid, runs it and renders the result.
 * Pure apart from its arguments: the caller reads the file and prints what this returns.
 * `source` names the input in messages ("-" for standard input). `startProgress`, if given, is
 * told the grid's cell count once it is made, and the callback it returns hears of every
 * generation as it is done.
 */
export function runLife(
  args: RunArgs,
  input: string,
  source: string,
  startProgress?: (cells: number) => (generation: number) => void,
): string {
  const pattern = readPattern(input, source);
  const { rule, bounds } = readRule(args, pattern, source);
  const width = args.size?.width ?? bounds?.width ?? pattern.width;
  const height = args.size?.height ?? bounds?.height ?? pattern.height;
  const topology = bounds?.topology ?? "torus";
  if (args.format === "columns") checkColumnsSize(width, height, args.generations);
  const grid = createGridOrFail(height, width, topology);
  placePattern(grid, pattern, args.at);

  const runner = createRunner(grid, rule, args.engine);
  const progress = startProgress?.(width * height);
  const history = args.format === "columns" ? [runner.grid().clone()] : [];
  for (let i = 1; i <= args.generations; i++) {
    runner.step();
    if (args.format === "columns") history.push(runner.grid().clone());
    progress?.(i);
  }

  const result = runner.grid();
  const ruleText = formatRule(rule, topology === "plane" ? { topology, width, height } : undefined);
  switch (args.format) {
    case "columns":
      return formatColumns(history);
    case "stats":
      return `${JSON.stringify({
        generation: args.generations,
        population: result.population(),
        width,
        height,
        rule: formatRule(rule),
        topology,
        engine: runner.engine,
      })}\n`;
    case "cells":
      return writeCells(toPattern(result));
    case "rle":
      return writeRle(toPattern(result), { rule: ruleText });
  }
}

function readPattern(input: string, source: string): Pattern {
  try {
    return parsePattern(input);
  } catch (error) {
    if (error instanceof FormatError) throw new CliError(`${nameOf(source)}: ${error.message}`);
    throw error;
  }
}

function readRule(args: RunArgs, pattern: Pattern, source: string): ParsedRule {
  const text = args.rule ?? pattern.rule ?? "B3/S23";
  try {
    return parseRule(text);
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    const where = args.rule !== undefined ? "--rule" : `${nameOf(source)}: rule in header`;
    throw new CliError(`${where}: ${error.message}`);
  }
}

function createGridOrFail(height: number, width: number, topology: "torus" | "plane"): Grid {
  if (width === 0 || height === 0) {
    throw new CliError("the pattern is empty (x = 0 or y = 0): give the grid a size with --size");
  }
  try {
    return new Grid(height, width, topology);
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(error.message);
    throw error;
  }
}

function placePattern(grid: Grid, pattern: Pattern, at: { y: number; x: number }): void {
  for (let py = 0; py < pattern.height; py++) {
    for (let px = 0; px < pattern.width; px++) {
      if (pattern.cells[py * pattern.width + px] !== ALIVE) continue;
      const y = at.y + py;
      const x = at.x + px;
      if (y >= grid.height || x >= grid.width) {
        throw new CliError(
          `the ${pattern.width}x${pattern.height} pattern placed at ${at.y},${at.x} ` +
            `does not fit the ${grid.width}x${grid.height} grid (live cell at row ${y}, column ${x})`,
        );
      }
      grid.assign(y, x, ALIVE);
    }
  }
}

function toPattern(grid: Grid): Pattern {
  return { width: grid.width, height: grid.height, cells: grid.cells, comments: [] };
}

function nameOf(source: string): string {
  return source === "-" ? "stdin" : source;
}
