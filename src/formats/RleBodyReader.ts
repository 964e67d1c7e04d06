import { fitsGridSides } from "../engine/gridLimits.ts";
import { createAreaError } from "./createAreaError.ts";
import { createCharacterError } from "./createCharacterError.ts";
import { createPlaneAreaError, createRunLimitError } from "./createPlaneErrors.ts";
import { createStateError, statesOfRule } from "./createStateError.ts";
import { FormatError } from "./FormatError.ts";
import { LiveRuns } from "./LiveRuns.ts";
import type { PatternReach } from "./PatternScan.ts";
import { readMultiStateCell } from "./readMultiStateCell.ts";
import { MAX_SPARSE_RUNS, MAX_SPARSE_SIDE } from "./SparsePattern.ts";
import { toColumn } from "./toColumn.ts";

// Saturating keeps absurd counts exact enough to be refused by the area check, never Infinity.
// On the plane the ceiling is just past MAX_SPARSE_SIDE, so no count it could hold is cut short.
const COUNT_CEILING: Readonly<Record<PatternReach, number>> = { grid: 2 ** 50, plane: 2 ** 53 };

/** The non-empty runs an RLE body describes, in a box grown to hold every non-empty cell. */
export interface RleBody {
  readonly width: number;
  readonly height: number;
  readonly runs: LiveRuns;
}

/**
 * Reads an RLE body line by line: `b` or `.` dead, `o` or `A` alive, `B`..`X` states 2 to 24 and
 * `pA`..`yO` 25 to 255 (Golly's multi-state cells, see readMultiStateCell), `$` end of row, `!`
 * end of pattern, each with an optional run count. A state is refused, as Golly refuses it, when
 * the file's rule has no such state (no rule is Life, two states); a rule this app cannot read
 * refuses every state beyond 1, naming the rule's family (see createStateError). Whitespace and line breaks are ignored anywhere, even
 * inside a count, as LifeViewer does, because some writers wrap lines at a fixed width. Live cells
 * beyond the header's box grow the box (Golly does the same), but never past MAX_GRID_SIDE when
 * `reach` is "grid", nor past MAX_SPARSE_SIDE (and MAX_SPARSE_RUNS beyond the grid) on the plane.
 */
export class RleBodyReader {
  private x = 0;
  private y = 0;
  private count = 0;
  private hasCount = false;
  // Where the pending count began, kept as text and index so the column is only counted on error.
  private countLine = "";
  private countIndex = 0;
  private countLineNumber = 0;
  private readonly runs: LiveRuns;
  // How many states the rule has, found at the first cell beyond state 1 (undefined: unknown).
  private states: number | undefined | null = null;

  /**
   * `rule` is the file's own, named in the message for a cell in a state beyond 1; `maxRuns`
   * caps the runs of a box beyond the grid's sides.
   */
  constructor(
    private width: number,
    private height: number,
    private readonly rule?: string,
    private readonly reach: PatternReach = "grid",
    private readonly maxRuns = MAX_SPARSE_RUNS,
  ) {
    this.runs = new LiveRuns(maxRuns);
  }

  /** Reads one line of the body; returns true once `!` has ended the pattern. */
  readLine(line: string, lineNumber: number): boolean {
    for (let index = 0; index < line.length; index++) {
      const code = line.charCodeAt(index);
      if (code <= 0x20) continue;
      if (code >= 0x30 && code <= 0x39) {
        this.addDigit(code - 0x30, line, index, lineNumber);
        continue;
      }
      switch (line[index]) {
        case "b":
        case ".":
          this.x += this.takeRunLength();
          break;
        case "o":
        case "A":
          this.addLiveRun(line, index, lineNumber, 1);
          break;
        case "$":
          this.y += this.takeRunLength();
          this.x = 0;
          break;
        case "!":
          this.rejectDanglingCount();
          return true;
        default: {
          const cell = readMultiStateCell(line, index);
          if (cell === undefined) throw createCharacterError(line, index, lineNumber);
          if (this.states === null) this.states = statesOfRule(this.rule);
          if (this.states === undefined || cell.state >= this.states) {
            throw createStateError(cell, line, index, lineNumber, this.rule, this.states);
          }
          this.addLiveRun(line, index, lineNumber, cell.state);
          index += cell.text.length - 1;
        }
      }
    }
    return false;
  }

  /** Ends the body (with or without `!`). */
  finish(): RleBody {
    this.rejectDanglingCount();
    return { width: this.width, height: this.height, runs: this.runs };
  }

  private addDigit(digit: number, line: string, index: number, lineNumber: number): void {
    if (!this.hasCount) {
      this.hasCount = true;
      this.countLine = line;
      this.countIndex = index;
      this.countLineNumber = lineNumber;
    }
    this.count = Math.min(this.count * 10 + digit, COUNT_CEILING[this.reach]);
  }

  private takeRunLength(): number {
    if (!this.hasCount) return 1;
    if (this.count === 0) throw this.failAtCount("run count must be at least 1");
    const length = this.count;
    this.count = 0;
    this.hasCount = false;
    return length;
  }

  private addLiveRun(line: string, index: number, lineNumber: number, state: number): void {
    const counted = this.hasCount;
    const length = this.takeRunLength();
    const width = Math.max(this.width, this.x + length);
    const height = Math.max(this.height, this.y + 1);
    if (!fitsGridSides(width, height)) {
      if (this.reach === "grid") {
        throw this.failAtToken(counted, line, index, lineNumber, (row, column) =>
          createAreaError(width, height, row, column),
        );
      }
      if (width > MAX_SPARSE_SIDE || height > MAX_SPARSE_SIDE) {
        throw this.failAtToken(counted, line, index, lineNumber, (row, column) =>
          createPlaneAreaError(width, height, row, column),
        );
      }
      if (!this.runs.widen()) {
        throw this.failAtToken(counted, line, index, lineNumber, this.runLimitError);
      }
    }
    if (!this.runs.add(this.x, this.y, length, state)) {
      throw this.failAtToken(counted, line, index, lineNumber, this.runLimitError);
    }
    this.x += length;
    this.width = width;
    this.height = height;
  }

  private readonly runLimitError = (line: number, column: number): FormatError =>
    createRunLimitError(this.maxRuns, line, column);

  /** The error `create` makes at the token's first character: its count, if it has one. */
  private failAtToken(
    counted: boolean,
    line: string,
    index: number,
    lineNumber: number,
    create: (line: number, column: number) => FormatError,
  ): FormatError {
    return counted
      ? create(this.countLineNumber, toColumn(this.countLine, this.countIndex))
      : create(lineNumber, toColumn(line, index));
  }

  private rejectDanglingCount(): void {
    if (this.hasCount) {
      throw this.failAtCount(`run count ${this.count} is not followed by "b", "o" or "$"`);
    }
  }

  private failAtCount(reason: string): FormatError {
    return new FormatError(reason, this.countLineNumber, toColumn(this.countLine, this.countIndex));
  }
}
