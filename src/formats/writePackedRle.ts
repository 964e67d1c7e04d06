import type { PackedCells } from "../engine/PackedCells.ts";
import type { PatternComment } from "./Pattern.ts";
import { writePackedRleBody } from "./writePackedRleBody.ts";
import { type RlePlaceOptions, writeRleHead } from "./writeRle.ts";

/** Options for writePackedRle; `position` and `generation` write a `#CXRLE` line, as writeRle. */
export interface PackedRleOptions extends RlePlaceOptions {
  readonly rule?: string;
  readonly comments?: readonly PatternComment[];
  /** Size of the body's chunks (1 MiB by default). */
  readonly chunkBytes?: number;
  /** Told how many of the grid's rows are written, now and then. */
  readonly onProgress?: (rowsDone: number, rows: number) => void;
}

/**
 * A whole grid as an RLE file, the same text as writeRle gives for the same cells, as ASCII
 * chunks: the head (comments and header line) first, then the body a chunk at a time, then the
 * final line break. For grids too big to hold as one string or a byte per cell.
 */
export function writePackedRle(
  cells: PackedCells,
  onChunk: (bytes: Uint8Array) => void,
  options: PackedRleOptions = {},
): void {
  const head = writeRleHead(
    { width: cells.width, height: cells.height, comments: options.comments ?? [] },
    options.rule,
    options,
  );
  onChunk(utf8Of(`${head}\n`));
  writePackedRleBody(cells, {
    onChunk,
    ...(options.chunkBytes !== undefined && { chunkBytes: options.chunkBytes }),
    ...(options.onProgress && { onProgress: options.onProgress }),
  });
  onChunk(utf8Of("\n"));
}

/** Text as UTF-8 (comments may hold any text; TextEncoder is not in the pure core's library). */
function utf8Of(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000)
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
  }
  return Uint8Array.from(bytes);
}
