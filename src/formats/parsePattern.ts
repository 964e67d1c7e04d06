import { FormatError } from "./FormatError.ts";
import { findContentStart } from "./findContentStart.ts";
import { iterateLines } from "./iterateLines.ts";
import type { Pattern } from "./Pattern.ts";
import { parseCells } from "./parseCells.ts";
import { LIFE_105_HEADER, parseLife105 } from "./parseLife105.ts";
import { LIFE_106_HEADER, parseLife106 } from "./parseLife106.ts";
import { parseRle } from "./parseRle.ts";
import { toColumn } from "./toColumn.ts";

/** The first lines of a text, trimmed at the start, which is all a format needs to be told apart. */
interface Preview {
  /** The first non-blank line. */
  readonly firstLine: string;
  /** The first non-blank line that is not a `#` comment, if any. */
  readonly firstDataLine: string | undefined;
}

/** The formats parsePattern tells apart. */
export type PatternFormatName = "life106" | "life105" | "rle" | "cells";

interface PatternFormat {
  readonly name: PatternFormatName;
  readonly matches: (preview: Preview) => boolean;
}

// Tried in order. Life 1.06 and 1.05 go before RLE, whose test skips `#` lines such as their
// headers; a headerless Life 1.05 file (a first `#P` line) goes after it, as an RLE file may
// start with XLife's `#P x y` comment.
const FORMATS: readonly PatternFormat[] = [
  { name: "life106", matches: (preview) => preview.firstLine.startsWith(LIFE_106_HEADER) },
  { name: "life105", matches: (preview) => preview.firstLine.startsWith(LIFE_105_HEADER) },
  { name: "rle", matches: (preview) => preview.firstDataLine?.startsWith("x") === true },
  { name: "life105", matches: (preview) => /^#P(?:\s|$)/.test(preview.firstLine) },
  { name: "cells", matches: (preview) => /^(?:!|[.O*]+\s*$)/.test(preview.firstLine) },
];

const PARSERS: Readonly<Record<PatternFormatName, (text: string) => Pattern>> = {
  life106: parseLife106,
  life105: parseLife105,
  rle: parseRle,
  cells: parseCells,
};

const UNKNOWN_FORMAT =
  'unknown pattern format: expected an RLE header "x = <width>, y = <height>" or plaintext rows of "." and "O"';

/**
 * Reads a pattern in whichever format the text is in: Life 1.06 or 1.05 when the first line is
 * its `#Life 1.06` or `#Life 1.05` header, RLE when the first line after the `#` comments starts
 * with `x`, Life 1.05 without its header when the first line is a `#P` line, plaintext `.cells`
 * when it starts with `!` or is a row of `.`, `O` and `*`. Throws FormatError for text in none of
 * these formats, and for a pattern the format rejects (a box over MAX_GRID_SIDE a side among
 * them: parseAnyPattern opens those on the infinite plane).
 */
export function parsePattern(text: string): Pattern {
  return PARSERS[detectPatternFormat(text)](text);
}

/** Which format `text` is in (see parsePattern); FormatError when it is in none. */
export function detectPatternFormat(text: string): PatternFormatName {
  const preview = previewText(text);
  if (preview === undefined) throw new FormatError("the text holds no pattern", 1, 1);
  const format = FORMATS.find((candidate) => candidate.matches(preview));
  if (format === undefined) throw failUnknownFormat(text);
  return format.name;
}

function previewText(text: string): Preview | undefined {
  let firstLine: string | undefined;
  for (const line of iterateLines(text)) {
    const content = line.slice(findContentStart(line));
    if (content === "") continue;
    firstLine ??= content;
    if (!content.startsWith("#")) return { firstLine, firstDataLine: content };
  }
  return firstLine === undefined ? undefined : { firstLine, firstDataLine: undefined };
}

/** Points at the first line that is not a comment, or past the last comment if there is none. */
function failUnknownFormat(text: string): FormatError {
  let lineNumber = 0;
  let lastLine = "";
  for (const line of iterateLines(text)) {
    lineNumber++;
    lastLine = line;
    const start = findContentStart(line);
    if (start < line.length && line[start] !== "#") {
      return new FormatError(UNKNOWN_FORMAT, lineNumber, toColumn(line, start));
    }
  }
  return new FormatError(UNKNOWN_FORMAT, lineNumber, toColumn(lastLine, lastLine.length));
}
