import type { Box, PackedCells } from "../engine/PackedCells.ts";
import { MAX_RLE_LINE_LENGTH } from "./writeRle.ts";

export interface PackedRleBodyOptions {
  /** The cells to write; the whole grid by default. */
  readonly box?: Box;
  /** Longest body line; the default is RLE's 70, Infinity writes one line. */
  readonly lineLength?: number;
  /** Size of the chunks handed to `onChunk`: 1 MiB by default. */
  readonly chunkBytes?: number;
  /** Stop, returning false, as soon as the body is longer than this many bytes. */
  readonly maxBytes?: number;
  /** Receives the body as ASCII bytes, in order; each chunk is the callee's to keep. */
  readonly onChunk: (bytes: Uint8Array) => void;
  /** Told how many of the box's rows are written, after each chunk. */
  readonly onProgress?: (rowsDone: number, rows: number) => void;
}

const ALIVE = 0x6f; // o
const DEAD = 0x62; // b
const ROW_END = 0x24; // $
const END = 0x21; // !
const NEWLINE = 0x0a;

/**
 * The RLE body of packed cells, byte for byte what writeRle writes for the same cells (runs
 * without counts of 1, no trailing dead cells or empty rows, `n$` for empty rows, lines of at
 * most 70 characters that never split a run, `!` at the end; no final line break). It walks
 * the words run by run, 32 cells at a step where a run goes on, and writes ASCII bytes into
 * chunks, so a 16384 x 16384 soup takes seconds and never a byte per cell or a string per run.
 * Returns false when it stopped at `maxBytes`, true when the whole body was written.
 */
export function writePackedRleBody(cells: PackedCells, options: PackedRleBodyOptions): boolean {
  const box = options.box ?? { x: 0, y: 0, width: cells.width, height: cells.height };
  const out = new AsciiChunks(
    options.chunkBytes ?? 1024 * 1024,
    options.lineLength ?? MAX_RLE_LINE_LENGTH,
    options.onChunk,
  );
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const { words, stride } = cells;
  const x0 = box.x;
  const x1 = box.x + box.width;
  let pendingRowEnds = 0;
  let reported = 0;
  for (let r = 0; r < box.height; r++) {
    const base = (box.y + r) * stride;
    const end = lastLive(words, base, x0, x1) + 1;
    if (end === 0) {
      pendingRowEnds++;
      continue;
    }
    if (pendingRowEnds > 0) out.token(pendingRowEnds, ROW_END);
    for (let x = x0; x < end; ) {
      const alive = ((words[base + (x >> 5)] as number) >>> (x & 31)) & 1;
      const next = nextChange(words, base, x, end, alive);
      out.token(next - x, alive ? ALIVE : DEAD);
      x = next;
    }
    pendingRowEnds = 1;
    if (out.length > maxBytes) return false;
    if (out.chunks !== reported) {
      reported = out.chunks;
      options.onProgress?.(r + 1, box.height);
    }
  }
  out.token(1, END);
  out.flush();
  options.onProgress?.(box.height, box.height);
  return out.length <= maxBytes;
}

/** The last live column in [x0, x1) of the row at word `base`, or -1 when there is none. */
function lastLive(words: Uint32Array, base: number, x0: number, x1: number): number {
  if (x1 <= x0) return -1;
  const first = x0 >> 5;
  for (let w = (x1 - 1) >> 5; w >= first; w--) {
    let word = words[base + w] as number;
    if (w === (x1 - 1) >> 5 && (x1 & 31) !== 0) word &= ~(~0 << (x1 & 31));
    if (w === first) word &= ~0 << (x0 & 31);
    if (word !== 0) return w * 32 + 31 - Math.clz32(word);
  }
  return -1;
}

/** The first column in [x, end) whose state is not `alive`, or `end`. */
function nextChange(
  words: Uint32Array,
  base: number,
  x: number,
  end: number,
  alive: number,
): number {
  let w = x >> 5;
  let word = words[base + w] as number;
  let changes = (alive ? ~word : word) & (~0 << (x & 31));
  while (changes === 0) {
    w++;
    if (w * 32 >= end) return end;
    word = words[base + w] as number;
    changes = alive ? ~word : word;
  }
  return Math.min(end, w * 32 + 31 - Math.clz32(changes & -changes));
}

/** ASCII written into fixed-size chunks, with RLE's line wrapping between runs. */
class AsciiChunks {
  private readonly buffer: Uint8Array;
  private at = 0;
  private line = 0;
  /** Bytes written so far, flushed or not. */
  length = 0;
  /** Chunks handed over so far. */
  chunks = 0;

  constructor(
    private readonly chunkBytes: number,
    private readonly lineLength: number,
    private readonly onChunk: (bytes: Uint8Array) => void,
  ) {
    this.buffer = new Uint8Array(chunkBytes + 32);
  }

  /** `count` then `tag`, the count left out when it is 1; on a new line if it would not fit. */
  token(count: number, tag: number): void {
    let digits = 0;
    if (count > 1) for (let c = count; c > 0; c = Math.floor(c / 10)) digits++;
    const size = digits + 1;
    if (this.line !== 0 && this.line + size > this.lineLength) {
      this.buffer[this.at++] = NEWLINE;
      this.length++;
      this.line = 0;
    }
    for (let i = digits - 1, c = count; i >= 0; i--, c = Math.floor(c / 10)) {
      this.buffer[this.at + i] = 0x30 + (c % 10);
    }
    this.buffer[this.at + digits] = tag;
    this.at += size;
    this.length += size;
    this.line += size;
    if (this.at > this.chunkBytes) this.flush();
  }

  flush(): void {
    if (this.at === 0) return;
    this.onChunk(this.buffer.slice(0, this.at));
    this.at = 0;
    this.chunks++;
  }
}
