import type { Pattern } from "./Pattern.ts";
import { type PatternReach, type PatternScan, toAnyPattern } from "./PatternScan.ts";
import { parseCells } from "./parseCells.ts";
import { scanLife105 } from "./parseLife105.ts";
import { scanLife106 } from "./parseLife106.ts";
import { detectPatternFormat } from "./parsePattern.ts";
import { scanRle } from "./parseRle.ts";
import { MAX_SPARSE_RUNS, type SparsePattern } from "./SparsePattern.ts";

/**
 * Reads a pattern in any format parsePattern reads, for the infinite plane: the dense Pattern,
 * exactly as parsePattern gives it, when the box fits the grid's sides (MAX_GRID_SIDE, so at most
 * MAX_PATTERN_AREA cells), else a SparsePattern of its runs, for RLE, Life 1.06 and Life 1.05
 * (plaintext `.cells` spells out every dead cell, so it stays dense and bounded). A sparse box may
 * reach MAX_SPARSE_SIDE a side and hold MAX_SPARSE_RUNS runs; past either, or for anything
 * parsePattern refuses for another reason, this throws the same kind of FormatError.
 * `patternRuns` turns either result into the runs a universe is stamped with.
 */
export function parseAnyPattern(
  text: string,
  options: ParseAnyPatternOptions = {},
): Pattern | SparsePattern {
  const format = detectPatternFormat(text);
  if (format === "cells") return parseCells(text);
  const maxRuns = Math.min(options.maxRuns ?? MAX_SPARSE_RUNS, MAX_SPARSE_RUNS);
  return toAnyPattern(SCANNERS[format](text, "plane", maxRuns));
}

/** Options for parseAnyPattern. */
export interface ParseAnyPatternOptions {
  /** A lower cap than MAX_SPARSE_RUNS on a sparse pattern's runs, for a caller short of memory. */
  readonly maxRuns?: number;
}

type Scanner = (text: string, reach: PatternReach, maxRuns: number) => PatternScan;

const SCANNERS: Readonly<Record<"rle" | "life106" | "life105", Scanner>> = {
  rle: scanRle,
  life106: scanLife106,
  life105: scanLife105,
};
