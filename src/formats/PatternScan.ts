import { fitsGridSides } from "../engine/gridLimits.ts";
import type { LiveRuns } from "./LiveRuns.ts";
import type { Pattern, PatternComment } from "./Pattern.ts";
import type { SparsePattern } from "./SparsePattern.ts";

/**
 * How far a reader lets a pattern's box grow: "grid" refuses a side over MAX_GRID_SIDE with
 * createAreaError, as the bounded grid needs; "plane" lets it grow to MAX_SPARSE_SIDE, for the
 * infinite plane, and holds the runs as numbers once the box leaves the grid's sides.
 */
export type PatternReach = "grid" | "plane";

/** What a reader found, before it is made a dense Pattern or a SparsePattern. */
export interface PatternScan {
  readonly width: number;
  readonly height: number;
  /** The live cells, in the reader's coordinates: the box's top-left is (left, top) there. */
  readonly runs: LiveRuns;
  readonly left: number;
  readonly top: number;
  readonly rule?: string | undefined;
  readonly comments: readonly PatternComment[];
  readonly x?: number | undefined;
  readonly y?: number | undefined;
  readonly generation?: bigint | undefined;
}

/** The scan as a dense Pattern; the caller has made sure the box fits the grid's sides. */
export function toDensePattern(scan: PatternScan): Pattern {
  const { width, height } = scan;
  const cells = new Uint8Array(width * height);
  scan.runs.paint(cells, width, scan.left, scan.top);
  return { width, height, cells, ...metadataOf(scan) };
}

/** The scan as a SparsePattern, whatever its size. */
export function toSparsePattern(scan: PatternScan): SparsePattern {
  const runs = scan.runs.toPatternRuns(scan.width, scan.height, scan.left, scan.top);
  return { ...runs, ...metadataOf(scan) };
}

/** The dense Pattern when the box fits the grid's sides, else the SparsePattern. */
export function toAnyPattern(scan: PatternScan): Pattern | SparsePattern {
  return fitsGridSides(scan.width, scan.height) ? toDensePattern(scan) : toSparsePattern(scan);
}

/** Rule, comments, position and generation, each only when the file gave it. */
function metadataOf(scan: PatternScan): Omit<Pattern, "width" | "height" | "cells"> {
  return {
    ...(scan.rule !== undefined && { rule: scan.rule }),
    comments: scan.comments,
    ...(scan.x !== undefined && scan.y !== undefined && { x: scan.x, y: scan.y }),
    ...(scan.generation !== undefined && { generation: scan.generation }),
  };
}
