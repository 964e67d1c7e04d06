import { FormatError } from "./FormatError.ts";
import { toColumn } from "./toColumn.ts";

/** The tag that starts Golly's extended RLE line. */
export const CXRLE_TAG = "#CXRLE";

/** What a `#CXRLE` line gives: the box's top-left cell and the generation, each if present. */
export interface CxrlePlace {
  readonly x?: number;
  readonly y?: number;
  readonly generation?: bigint;
}

const TOKEN = /\S+/g;
const POSITION = /^([+-]?\d+),([+-]?\d+)$/;
const DIGITS = /^\d+$/;

/** Whether the line (from `start`) is a `#CXRLE` line rather than another `#C` comment. */
export function isCxrleLine(line: string, start: number): boolean {
  if (!line.startsWith(CXRLE_TAG, start)) return false;
  const next = line.charCodeAt(start + CXRLE_TAG.length);
  return Number.isNaN(next) || next <= 0x20;
}

/**
 * Reads Golly's `#CXRLE Pos=x,y Gen=n` (the line starting at `line[start]`): Pos is the top-left
 * cell of the pattern's box, integers that may be negative; Gen a generation of any size, kept as
 * a bigint. Keys Golly does not write are skipped, as Golly skips them; a Pos or Gen it could not
 * read in full is a FormatError here rather than a silent 0.
 */
export function parseCxrleLine(line: string, start: number, lineNumber: number): CxrlePlace {
  let place: CxrlePlace = {};
  TOKEN.lastIndex = start + CXRLE_TAG.length;
  for (let match = TOKEN.exec(line); match !== null; match = TOKEN.exec(line)) {
    const token = match[0];
    const equals = token.indexOf("=");
    if (equals < 0) continue;
    const key = token.slice(0, equals);
    const value = token.slice(equals + 1);
    const fail = (reason: string) =>
      new FormatError(reason, lineNumber, toColumn(line, match.index + equals + 1));
    if (key === "Pos") {
      const position = POSITION.exec(value);
      const x = Number(position?.[1]);
      const y = Number(position?.[2]);
      if (position === null) {
        throw fail(`Pos must be two integers "x,y", got ${JSON.stringify(value)}`);
      }
      if (!Number.isSafeInteger(x) || !Number.isSafeInteger(y)) {
        throw fail(`Pos ${value} is too far from the origin`);
      }
      place = { ...place, x, y };
    } else if (key === "Gen") {
      if (!DIGITS.test(value)) {
        throw fail(`Gen must be a non-negative integer, got ${JSON.stringify(value)}`);
      }
      place = { ...place, generation: BigInt(value) };
    }
  }
  return place;
}
