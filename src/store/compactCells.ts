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
  // Counted first in one tight loop, so a full grid is one typed-array copy per run of literals
  // and never a JavaScript array of millions of numbers, and an empty one is a scan and two words.
  const { words } = cells;
  let literals = 0;
  let literalRuns = 0;
  let inLiteral = false;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== 0) {
      literals++;
      if (!inLiteral) literalRuns++;
      inLiteral = true;
    } else inLiteral = false;
  }
  // Every literal run has its pair of counts; so do trailing zeros (or an all-zero grid).
  const trailingZeros = words.length > 0 && !inLiteral ? 1 : 0;
  const runs = new Uint32Array(2 * (literalRuns + trailingZeros) + literals);
  if (literals === 0) {
    if (trailingZeros) runs[0] = words.length;
    return { width: cells.width, height: cells.height, runs };
  }
  let at = 0;
  let i = 0;
  while (i < words.length) {
    const zeroStart = i;
    while (i < words.length && words[i] === 0) i++;
    const literalStart = i;
    while (i < words.length && words[i] !== 0) i++;
    runs[at] = literalStart - zeroStart;
    runs[at + 1] = i - literalStart;
    runs.set(words.subarray(literalStart, i), at + 2);
    at += 2 + i - literalStart;
  }
  return { width: cells.width, height: cells.height, runs };
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
