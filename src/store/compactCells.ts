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
  const { words } = cells;
  const out: number[] = [];
  let i = 0;
  while (i < words.length) {
    const zeroStart = i;
    while (i < words.length && words[i] === 0) i++;
    const literalStart = i;
    while (i < words.length && words[i] !== 0) i++;
    out.push(literalStart - zeroStart, i - literalStart);
    for (let j = literalStart; j < i; j++) out.push(words[j] as number);
  }
  return { width: cells.width, height: cells.height, runs: Uint32Array.from(out) };
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
