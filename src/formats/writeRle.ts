import { flattenComments } from "./flattenComments.ts";
import type { Pattern, PatternComment } from "./Pattern.ts";
import type { PatternRuns } from "./SparsePattern.ts";

/** Options for writeRle. */
export interface WriteRleOptions extends RlePlaceOptions {
  /** The rule for the header; defaults to the pattern's own rule. */
  readonly rule?: string;
  /**
   * How many states the rule's cells have. Above 2 the body is Golly's multi-state RLE (`.` for
   * 0, `A`..`X`, `pA`..`yO`), as Golly writes every pattern of such a rule, even one whose cells
   * are all in state 1; at 2 a cell above 1 is a RangeError. By default the body is multi-state
   * exactly when some cell is in a state above 1.
   */
  readonly states?: number;
}

/**
 * Where the pattern lies and at what generation, for Golly's `#CXRLE` line. Given explicitly
 * (not taken from the pattern), so that a pattern read with a position is written without one
 * unless the caller asks.
 */
export interface RlePlaceOptions {
  /** The box's top-left cell on the infinite plane: safe integers, negative allowed. */
  readonly position?: { readonly x: number; readonly y: number };
  /** The generation, >= 0; written only when above 0, as Golly does. */
  readonly generation?: bigint;
}

/** Golly and LifeWiki keep RLE body lines within 70 characters. */
export const MAX_RLE_LINE_LENGTH = 70;

/**
 * Writes a pattern as RLE: `#` comments, the `x = W, y = H, rule = R` header (the rule part only
 * when there is a rule), then run-length encoded rows that omit counts of 1, trailing dead cells
 * and trailing empty rows, merge empty rows into `n$` and end with `!`. Body lines are at most
 * 70 characters and never split a run. The text ends with a newline. With a `position` or a
 * generation above 0, the first line is Golly's `#CXRLE Pos=x,y Gen=n` (see writeCxrleLine).
 * Cells in states above 1 are written as Golly's writer does (see WriteRleOptions.states and
 * MultiStateLineWrapper).
 */
export function writeRle(pattern: Pattern, options: WriteRleOptions = {}): string {
  const lines = [writeRleHead(pattern, options.rule ?? pattern.rule, options)];
  const multiState = isMultiState(options.states, maxOf(pattern.cells));
  const body = new LineWrapper(multiState);
  encodeCells(pattern, multiState, (count, tag) => body.add(count, tag));
  body.add(1, "!");
  for (const line of body.finish()) lines.push(line);
  return `${lines.join("\n")}\n`;
}

/**
 * Writes RLE from a pattern's runs (see PatternRuns: row order, no overlaps) rather than from a
 * dense box: what the infinite plane writes, where a pattern 2^40 cells wide with a handful of
 * live cells is a few lines (runs of empty cells are counts, never cells). Otherwise the same
 * text as writeRle gives for the same cells and options. Adjacent runs of one state are written
 * as one.
 */
export function writeRunsRle(
  pattern: PatternRuns & { readonly comments?: readonly PatternComment[]; readonly rule?: string },
  options: WriteRleOptions = {},
): string {
  const lines = [
    writeRleHead(
      { width: pattern.width, height: pattern.height, comments: pattern.comments ?? [] },
      options.rule ?? pattern.rule,
      options,
    ),
  ];
  const { xs, ys, lengths, states } = pattern;
  const multiState = isMultiState(options.states, maxOf(states));
  const body = new LineWrapper(multiState);
  let row = 0;
  // Where the written cells of the row end.
  let column = 0;
  // The run being gathered: adjacent runs of one state are one token.
  let start = 0;
  let length = 0;
  let state = 0;
  const flush = () => {
    if (length > 0) body.add(length, cellTag(state, multiState));
    column = start + length;
    length = 0;
  };
  for (let i = 0; i < xs.length; i++) {
    const y = ys[i] as number;
    const x = xs[i] as number;
    const runState = states[i] as number;
    if (length > 0 && (y !== row || x !== start + length || runState !== state)) flush();
    if (y > row) {
      body.add(y - row, "$");
      row = y;
      column = 0;
    }
    if (length === 0) {
      if (x > column) body.add(x - column, cellTag(0, multiState));
      start = x;
      state = runState;
    }
    length += lengths[i] as number;
  }
  flush();
  body.add(1, "!");
  for (const line of body.finish()) lines.push(line);
  return `${lines.join("\n")}\n`;
}

/**
 * The `#CXRLE` line when `place` asks for one, the comment lines and the `x = W, y = H, rule = R`
 * header, without a final line break.
 */
export function writeRleHead(
  pattern: Pick<Pattern, "width" | "height" | "comments">,
  rule: string | undefined,
  place: RlePlaceOptions = {},
): string {
  const cxrle = writeCxrleLine(place);
  const lines = cxrle === undefined ? [] : [cxrle];
  for (const comment of flattenComments(pattern.comments)) lines.push(formatComment(comment));
  lines.push(formatHeader(pattern, rule));
  return lines.join("\n");
}

/**
 * Golly's extended RLE line, as its writer gives it: `#CXRLE Pos=x,y`, then ` Gen=n` when the
 * generation is above 0; Gen alone when there is no position; undefined when there is neither.
 * Throws RangeError for a position that is not two safe integers or a negative generation.
 */
export function writeCxrleLine(place: RlePlaceOptions): string | undefined {
  const { position, generation } = place;
  if (
    position !== undefined &&
    !(Number.isSafeInteger(position.x) && Number.isSafeInteger(position.y))
  ) {
    throw new RangeError(`the position (${position.x}, ${position.y}) is not two safe integers`);
  }
  if (generation !== undefined && generation < 0n) {
    throw new RangeError(`the generation ${generation} is negative`);
  }
  const parts: string[] = [];
  if (position !== undefined) parts.push(`Pos=${position.x},${position.y}`);
  if (generation !== undefined && generation > 0n) parts.push(`Gen=${generation}`);
  return parts.length === 0 ? undefined : `#CXRLE ${parts.join(" ")}`;
}

function formatComment(comment: PatternComment): string {
  return comment.text === "" ? `#${comment.kind}` : `#${comment.kind} ${comment.text}`;
}

function formatHeader(
  pattern: Pick<Pattern, "width" | "height">,
  rule: string | undefined,
): string {
  const size = `x = ${pattern.width}, y = ${pattern.height}`;
  return rule === undefined || rule === "" ? size : `${size}, rule = ${rule}`;
}

/**
 * Emits the body tokens (`3o`, `b`, `2$`, ...; `3A`, `.`, `pB` when `multiState`) row by row,
 * without the final `!`. In two states any non-zero cell is `o`, as it always was.
 */
function encodeCells(
  pattern: Pattern,
  multiState: boolean,
  emit: (count: number, tag: string) => void,
): void {
  const { width, height, cells } = pattern;
  const stateOf = multiState
    ? (index: number) => cells[index] ?? 0
    : (index: number) => ((cells[index] ?? 0) === 0 ? 0 : 1);
  // Row ends owed before the next row with a live cell; dropped if none follows.
  let pendingRowEnds = 0;
  for (let y = 0; y < height; y++) {
    const rowStart = y * width;
    let end = width;
    while (end > 0 && (cells[rowStart + end - 1] ?? 0) === 0) end--;
    if (end === 0) {
      pendingRowEnds++;
      continue;
    }
    if (pendingRowEnds > 0) emit(pendingRowEnds, "$");
    for (let x = 0; x < end; ) {
      const state = stateOf(rowStart + x);
      let run = 1;
      while (x + run < end && stateOf(rowStart + x + run) === state) run++;
      emit(run, cellTag(state, multiState));
      x += run;
    }
    pendingRowEnds = 1;
  }
}

/** Whether to write multi-state RLE: see WriteRleOptions.states. */
function isMultiState(states: number | undefined, highest: number): boolean {
  if (states !== undefined && states <= 2 && highest > 1) {
    throw new RangeError(`a cell in state ${highest} cannot be written for a two-state rule`);
  }
  return states === undefined ? highest > 1 : states > 2;
}

function maxOf(values: Uint8Array): number {
  let highest = 0;
  for (const value of values) if (value > highest) highest = value;
  return highest;
}

/**
 * The letters of a cell in `state`: `b` and `o` in two states; Golly's `.`, `A`..`X` for 1 to
 * 24, and `p`..`y` before a letter for each further 24 (`pA` 25, `yO` 255) in multi-state RLE.
 */
export function cellTag(state: number, multiState: boolean): string {
  if (!multiState) return state === 0 ? "b" : "o";
  if (state === 0) return ".";
  const prefix = Math.floor((state - 1) / 24);
  const letter = String.fromCharCode(0x41 + ((state - 1) % 24));
  return prefix === 0 ? letter : String.fromCharCode(0x70 + prefix - 1) + letter;
}

/**
 * Packs tokens into lines of at most MAX_RLE_LINE_LENGTH characters without splitting one. In
 * multi-state RLE it breaks where Golly's writer does: before a token when the line, the
 * token's count and two characters would pass 70, whether the cell is one letter or two (so a
 * line of one-letter cells ends at 69).
 */
class LineWrapper {
  private readonly lines: string[] = [];
  private current = "";

  constructor(private readonly multiState = false) {}

  add(count: number, tag: string): void {
    const token = count === 1 ? tag : `${count}${tag}`;
    const width = this.multiState ? token.length - tag.length + 2 : token.length;
    if (this.current !== "" && this.current.length + width > MAX_RLE_LINE_LENGTH) {
      this.lines.push(this.current);
      this.current = "";
    }
    this.current += token;
  }

  finish(): string[] {
    if (this.current !== "") this.lines.push(this.current);
    return this.lines;
  }
}
