import { fitsGridSides } from "../engine/gridLimits.ts";
import { createAreaError } from "./createAreaError.ts";
import { createPlaneAreaError } from "./createPlaneErrors.ts";
import { FormatError } from "./FormatError.ts";
import type { PatternReach } from "./PatternScan.ts";
import { MAX_SPARSE_SIDE } from "./SparsePattern.ts";
import { toColumn } from "./toColumn.ts";

/** The size and rule given by an RLE header line. */
export interface RleHeader {
  readonly width: number;
  readonly height: number;
  readonly rule?: string;
}

export const MISSING_HEADER = 'expected the RLE header "x = <width>, y = <height>"';

/**
 * Reads `x = 3, y = 3, rule = B3/S23`; spaces are optional anywhere and the rule part may be
 * left out. The rule is everything after `rule =`, trimmed and not validated here, because
 * rulestrings such as `B3/S23:T64,48` hold commas. Refuses a box with a side over MAX_GRID_SIDE
 * before anyone allocates it, or over MAX_SPARSE_SIDE when `reach` is "plane".
 */
export function parseRleHeader(
  line: string,
  lineNumber: number,
  reach: PatternReach = "grid",
): RleHeader {
  const scanner = new HeaderScanner(line, lineNumber);
  const start = scanner.expect("x", MISSING_HEADER);
  scanner.expect("=", 'expected "=" after "x"');
  const width = scanner.readSize("x");
  scanner.expect(",", 'expected "," after the width');
  scanner.expect("y", 'expected "y =" after the width');
  scanner.expect("=", 'expected "=" after "y"');
  const height = scanner.readSize("y");
  // An empty side still has to fit: a 0-high box must not carry an absurd width along.
  if (reach === "grid" && !fitsGridSides(width, height)) {
    throw createAreaError(width, height, lineNumber, toColumn(line, start));
  }
  if (width > MAX_SPARSE_SIDE || height > MAX_SPARSE_SIDE) {
    throw createPlaneAreaError(width, height, lineNumber, toColumn(line, start));
  }
  if (scanner.isAtEnd()) return { width, height };
  scanner.expect(",", 'expected "," or the end of the line after the height');
  scanner.expect("rule", 'expected "rule =" after the height');
  scanner.expect("=", 'expected "=" after "rule"');
  const rule = scanner.readRest();
  return rule === "" ? { width, height } : { width, height, rule };
}

/** A cursor over the header line that skips spaces before every token. */
class HeaderScanner {
  private index = 0;

  constructor(
    private readonly line: string,
    private readonly lineNumber: number,
  ) {}

  /** Consumes `text` or throws `reason` at the current position; returns where `text` began. */
  expect(text: string, reason: string): number {
    this.skipSpaces();
    if (!this.line.startsWith(text, this.index)) throw this.fail(reason);
    const start = this.index;
    this.index += text.length;
    return start;
  }

  /** Reads a non-negative decimal integer that ends at a space, a comma or the end of the line. */
  readSize(name: string): number {
    this.skipSpaces();
    const start = this.index;
    let end = start;
    while (end < this.line.length && isDigit(this.line.charCodeAt(end))) end++;
    const next = this.line.charCodeAt(end);
    const endsWell = end === this.line.length || next <= 0x20 || next === 0x2c;
    if (end === start || !endsWell) throw this.fail(`${name} must be a non-negative integer`);
    this.index = end;
    return Number(this.line.slice(start, end));
  }

  isAtEnd(): boolean {
    this.skipSpaces();
    return this.index >= this.line.length;
  }

  readRest(): string {
    const rest = this.line.slice(this.index).trim();
    this.index = this.line.length;
    return rest;
  }

  private skipSpaces(): void {
    while (this.index < this.line.length && this.line.charCodeAt(this.index) <= 0x20) this.index++;
  }

  private fail(reason: string): FormatError {
    return new FormatError(reason, this.lineNumber, toColumn(this.line, this.index));
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
