import type { Pattern } from "./Pattern.ts";
import { type PatternScan, toAnyPattern } from "./PatternScan.ts";
import { parseCells } from "./parseCells.ts";
import { scanLife105 } from "./parseLife105.ts";
import { scanLife106 } from "./parseLife106.ts";
import { detectPatternFormat } from "./parsePattern.ts";
import { scanRle } from "./parseRle.ts";
import type { SparsePattern } from "./SparsePattern.ts";

/**
 * Reads a pattern in any format parsePattern reads, for the infinite plane: the dense Pattern,
 * exactly as parsePattern gives it, when the box fits the grid's sides (MAX_GRID_SIDE, so at most
 * MAX_PATTERN_AREA cells), else a SparsePattern of its runs, for RLE, Life 1.06 and Life 1.05
 * (plaintext `.cells` spells out every dead cell, so it stays dense and bounded). A sparse box may
 * reach MAX_SPARSE_SIDE a side and hold MAX_SPARSE_RUNS runs; past either, or for anything
 * parsePattern refuses for another reason, this throws the same kind of FormatError.
 * `patternRuns` turns either result into the runs a universe is stamped with.
 */
export function parseAnyPattern(text: string): Pattern | SparsePattern {
  const format = detectPatternFormat(text);
  if (format === "cells") return parseCells(text);
  return toAnyPattern(SCANNERS[format](text));
}

const SCANNERS: Readonly<Record<"rle" | "life106" | "life105", (text: string) => PatternScan>> = {
  rle: (text) => scanRle(text, "plane"),
  life106: (text) => scanLife106(text, "plane"),
  life105: (text) => scanLife105(text, "plane"),
};
