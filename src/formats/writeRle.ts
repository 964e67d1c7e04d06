import { flattenComments } from "./flattenComments.ts";
import type { Pattern, PatternComment } from "./Pattern.ts";
import type { PatternRuns } from "./SparsePattern.ts";

/** Options for writeRle. */
export interface WriteRleOptions extends RlePlaceOptions {
  /** The rule for the header; defaults to the pattern's own rule. */
  readonly rule?: string;
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
 */
export function writeRle(pattern: Pattern, options: WriteRleOptions = {}): string {
  const lines = [writeRleHead(pattern, options.rule ?? pattern.rule, options)];
  const body = new LineWrapper();
  encodeCells(pattern, (token) => body.add(token));
  body.add("!");
  for (const line of body.finish()) lines.push(line);
  return `${lines.join("\n")}\n`;
}

/**
 * Writes RLE from a pattern's runs (see PatternRuns: row order, no overlaps) rather than from a
 * dense box: what the infinite plane writes, where a pattern 2^40 cells wide with a handful of
 * live cells is a few lines (runs of empty cells are counts, never cells). Otherwise the same
 * text as writeRle gives for the same cells. Two-state only: a run in another state than 1 is
 * a RangeError.
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
  const body = new LineWrapper();
  const { xs, ys, lengths, states } = pattern;
  let row = 0;
  let column = 0;
  for (let i = 0; i < xs.length; i++) {
    if (states[i] !== 1)
      throw new RangeError(`a run in state ${states[i]} needs a multi-state writer`);
    const y = ys[i] as number;
    const x = xs[i] as number;
    if (y > row) {
      body.add(formatToken(y - row, "$"));
      row = y;
      column = 0;
    }
    if (x > column) body.add(formatToken(x - column, "b"));
    body.add(formatToken(lengths[i] as number, "o"));
    column = x + (lengths[i] as number);
  }
  body.add("!");
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

/** Emits the body tokens (`3o`, `b`, `2$`, ...) row by row, without the final `!`. */
function encodeCells(pattern: Pattern, emit: (token: string) => void): void {
  const { width, height, cells } = pattern;
  // Row ends owed before the next row with a live cell; dropped if none follows.
  let pendingRowEnds = 0;
  for (let y = 0; y < height; y++) {
    const rowStart = y * width;
    let end = width;
    while (end > 0 && !isAlive(cells, rowStart + end - 1)) end--;
    if (end === 0) {
      pendingRowEnds++;
      continue;
    }
    if (pendingRowEnds > 0) emit(formatToken(pendingRowEnds, "$"));
    for (let x = 0; x < end; ) {
      const alive = isAlive(cells, rowStart + x);
      let run = 1;
      while (x + run < end && isAlive(cells, rowStart + x + run) === alive) run++;
      emit(formatToken(run, alive ? "o" : "b"));
      x += run;
    }
    pendingRowEnds = 1;
  }
}

function isAlive(cells: Uint8Array, index: number): boolean {
  return (cells[index] ?? 0) !== 0;
}

function formatToken(count: number, tag: string): string {
  return count === 1 ? tag : `${count}${tag}`;
}

/** Packs tokens into lines of at most MAX_RLE_LINE_LENGTH characters without splitting one. */
class LineWrapper {
  private readonly lines: string[] = [];
  private current = "";

  add(token: string): void {
    if (this.current !== "" && this.current.length + token.length > MAX_RLE_LINE_LENGTH) {
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
