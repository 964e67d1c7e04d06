import { PackedCells } from "../engine/index.ts";

/**
 * Cells with their runs of empty words squeezed out: [zero words, literal words, ...literals]
 * repeated. Undo keeps its snapshots this way, so an empty or sparse big grid costs next to
 * nothing (a glider on a 16384x16384 torus: a few dozen words instead of 32 MiB).
 */
export interface CompactCells {
  readonly width: number;
  readonly height: number;
  readonly runs: Uint32Array;
}

export function compactCells(cells: PackedCells): CompactCells {
  // Two passes over the words, the first only counting, so a full grid is one typed-array copy
  // per run of literals and never a JavaScript array of millions of numbers.
  const { words } = cells;
  let size = 0;
  forEachRun(words, (_zeros, start, end) => {
    size += 2 + end - start;
  });
  const runs = new Uint32Array(size);
  let at = 0;
  forEachRun(words, (zeros, start, end) => {
    runs[at] = zeros;
    runs[at + 1] = end - start;
    runs.set(words.subarray(start, end), at + 2);
    at += 2 + end - start;
  });
  return { width: cells.width, height: cells.height, runs };
}

/** Each run of zero words and the run of non-zero words [start, end) after it. */
function forEachRun(
  words: Uint32Array,
  visit: (zeros: number, start: number, end: number) => void,
): void {
  let i = 0;
  while (i < words.length) {
    const zeroStart = i;
    while (i < words.length && words[i] === 0) i++;
    const literalStart = i;
    while (i < words.length && words[i] !== 0) i++;
    visit(literalStart - zeroStart, literalStart, i);
  }
}

export function expandCells(compact: CompactCells): PackedCells {
  const cells = new PackedCells(compact.width, compact.height);
  const { runs } = compact;
  let at = 0;
  let i = 0;
  while (i < runs.length) {
    at += runs[i] as number;
    const literals = runs[i + 1] as number;
    cells.words.set(runs.subarray(i + 2, i + 2 + literals), at);
    at += literals;
    i += 2 + literals;
  }
  return cells;
}
