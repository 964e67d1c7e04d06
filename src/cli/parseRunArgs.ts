import { fitsGridSides, MAX_GRID_SIDE } from "../engine/index.ts";
import { quoteValue } from "../share/quoteValue.ts";
import type { EngineChoice } from "../universe/index.ts";
import { CliError } from "./CliError.ts";
import { MAX_GENERATIONS } from "./cliLimits.ts";

export type OutputFormat = "rle" | "cells" | "stats" | "columns" | "mc";
export type { EngineChoice } from "../universe/index.ts";

/** What `life run` was asked to do, before any file is read. */
export interface RunArgs {
  /** A path, or "-" for standard input. */
  readonly file: string;
  readonly rule?: string;
  /** A file holding a user's rule in JavaScript (gameLogic or a cell coroutine). */
  readonly ruleFile?: string;
  readonly size?: { readonly width: number; readonly height: number };
  /** Where the pattern's top-left cell goes; `given` is false for the default 0,0. */
  readonly at: { readonly y: number; readonly x: number; readonly given: boolean };
  /** Up to 2^60 (the limit for a bounded grid is checked once its space is known). */
  readonly generations: bigint;
  readonly engine: EngineChoice;
  readonly format: OutputFormat;
}

const FORMATS: readonly OutputFormat[] = ["rle", "cells", "stats", "columns", "mc"];
const ENGINES: readonly EngineChoice[] = ["auto", "hashlife", "tiles", "fast", "coroutine"];

/** Reads the arguments after `run`; throws CliError naming the first bad one. */
export function parseRunArgs(args: readonly string[]): RunArgs {
  let file: string | undefined;
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith("--")) {
      const [name, inline] = splitOption(arg);
      if (!VALUE_OPTIONS.has(name)) throw new CliError(`unknown option ${quoteValue(name)}`);
      const value = inline ?? args[++i];
      if (value === undefined) throw new CliError(`option ${name} needs a value`);
      options.set(name, value);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new CliError(`unexpected argument ${quoteValue(arg)}: only one pattern file is read`);
    }
  }
  const rule = options.get("--rule");
  const ruleFile = options.get("--rule-file");
  if (rule !== undefined && ruleFile !== undefined) {
    throw new CliError("--rule and --rule-file both name the rule: give one");
  }
  const size = options.get("--size");
  return {
    file: file ?? "-",
    ...(rule !== undefined && { rule }),
    ...(ruleFile !== undefined && { ruleFile }),
    ...(size !== undefined && { size: parseSize(size) }),
    at: parseAt(options.get("--at")),
    generations: parseGenerations(options.get("--gens") ?? "0"),
    engine: parseChoice("--engine", options.get("--engine") ?? "auto", ENGINES),
    format: parseChoice("--format", options.get("--format") ?? "rle", FORMATS),
  };
}

const VALUE_OPTIONS = new Set([
  "--rule",
  "--rule-file",
  "--size",
  "--at",
  "--gens",
  "--engine",
  "--format",
]);

function splitOption(arg: string): [string, string | undefined] {
  const eq = arg.indexOf("=");
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

function parseSize(text: string): { width: number; height: number } {
  const match = /^(\d+)x(\d+)$/i.exec(text.trim());
  if (!match) throw new CliError(`--size ${quoteValue(text)} is not WIDTHxHEIGHT, e.g. 64x48`);
  const width = Number(match[1]);
  const height = Number(match[2]);
  if (width < 1 || height < 1)
    throw new CliError(`--size ${quoteValue(text)}: both sides must be at least 1`);
  if (!fitsGridSides(width, height)) {
    throw new CliError(
      `--size ${quoteValue(text)} is over the limit of ${MAX_GRID_SIDE} cells a side`,
    );
  }
  return { width, height };
}

function parseAt(text: string | undefined): { y: number; x: number; given: boolean } {
  if (text === undefined) return { y: 0, x: 0, given: false };
  // Negative places are for the infinite plane; a bounded grid refuses what does not fit.
  const match = /^(-?\d+),(-?\d+)$/.exec(text.trim());
  const y = Number(match?.[1]);
  const x = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(x) || !Number.isSafeInteger(y)) {
    throw new CliError(`--at ${quoteValue(text)} is not ROW,COLUMN, e.g. 10,20`);
  }
  return { y, x, given: true };
}

function parseGenerations(text: string): bigint {
  if (!/^\d+$/.test(text.trim())) {
    throw new CliError(`--gens ${quoteValue(text)} is not a whole number of generations`);
  }
  const n = BigInt(text.trim());
  if (n > MAX_GENERATIONS) {
    throw new CliError(
      `--gens ${quoteValue(text)} is over the limit of 2^60 = ${MAX_GENERATIONS} generations`,
    );
  }
  return n;
}

function parseChoice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  const found = choices.find((choice) => choice === value);
  if (found === undefined) {
    throw new CliError(`${name} ${quoteValue(value)} is not one of ${choices.join(", ")}`);
  }
  return found;
}
