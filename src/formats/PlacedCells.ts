import { fitsGridSides } from "../engine/gridLimits.ts";
import { createAreaError } from "./createAreaError.ts";
import { createPlaneAreaError, createRunLimitError } from "./createPlaneErrors.ts";
import { FormatError } from "./FormatError.ts";
import { LiveRuns } from "./LiveRuns.ts";
import type { PatternComment } from "./Pattern.ts";
import type { PatternReach, PatternScan } from "./PatternScan.ts";
import { MAX_SPARSE_RUNS, MAX_SPARSE_SIDE } from "./SparsePattern.ts";
import { toColumn } from "./toColumn.ts";

/**
 * Live cells at absolute coordinates, as Life 1.05 and 1.06 give them, and their bounding box,
 * refused as soon as the box is larger than `reach` allows. Runs are kept relative to the first
 * cell, so that a box within the grid's sides fits 32-bit runs wherever it lies.
 */
export class PlacedCells {
  private readonly runs: LiveRuns;
  private originX = 0;
  private originY = 0;
  private minX = 0;
  private minY = 0;
  private maxX = -1;
  private maxY = -1;

  /** `maxRuns` caps the runs of a box beyond the grid's sides. */
  constructor(
    private readonly reach: PatternReach,
    private readonly maxRuns = MAX_SPARSE_RUNS,
  ) {
    this.runs = new LiveRuns(maxRuns);
  }

  /**
   * Adds `length` live cells from (x, y) rightwards, safe integers; a refusal is reported at
   * `text[index]`, line `line` (the column is only counted then).
   */
  add(x: number, y: number, length: number, text: string, index: number, line: number): void {
    // Compared so that no sum is rounded: x + length - 1 could round back to a safe integer.
    if (length - 1 > Number.MAX_SAFE_INTEGER - x) {
      const right = BigInt(x) + BigInt(length - 1);
      throw new FormatError(`x ${right} is too far from the origin`, line, toColumn(text, index));
    }
    const right = x + length - 1;
    if (!Number.isSafeInteger(y)) {
      throw new FormatError(`y ${y} is too far from the origin`, line, toColumn(text, index));
    }
    const empty = this.maxX < this.minX;
    if (empty) {
      this.originX = x;
      this.originY = y;
    }
    const minX = empty ? x : Math.min(this.minX, x);
    const maxX = empty ? right : Math.max(this.maxX, right);
    const minY = empty ? y : Math.min(this.minY, y);
    const maxY = empty ? y : Math.max(this.maxY, y);
    // Exact while the true side is below 2^53, and at least 2^53 when it is not.
    const width = maxX - minX + 1;
    const height = maxY - minY + 1;
    if (!fitsGridSides(width, height)) {
      const column = toColumn(text, index);
      if (this.reach === "grid") throw createAreaError(width, height, line, column);
      if (width > MAX_SPARSE_SIDE || height > MAX_SPARSE_SIDE) {
        throw createPlaneAreaError(width, height, line, column);
      }
      if (!this.runs.widen()) throw createRunLimitError(this.maxRuns, line, column);
    }
    if (!this.runs.add(x - this.originX, y - this.originY, length)) {
      throw createRunLimitError(this.maxRuns, line, toColumn(text, index));
    }
    this.minX = minX;
    this.maxX = maxX;
    this.minY = minY;
    this.maxY = maxY;
  }

  /** The cells as a scan: the box's top-left is the pattern's `x`, `y` (none when empty). */
  scan(comments: readonly PatternComment[], rule: string | undefined): PatternScan {
    const empty = this.maxX < this.minX;
    return {
      width: this.maxX - this.minX + 1,
      height: this.maxY - this.minY + 1,
      runs: this.runs,
      left: this.minX - this.originX,
      top: this.minY - this.originY,
      rule,
      comments,
      x: empty ? undefined : this.minX,
      y: empty ? undefined : this.minY,
    };
  }
}
