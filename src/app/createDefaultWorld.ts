import { PackedCells } from "../engine/index.ts";
import { parsePattern } from "../formats/index.ts";
import { findPattern } from "../patterns/index.ts";
import { stampPacked } from "../universe/stampPacked.ts";

/** Where each piece goes: library pattern id, top-left column and row. */
const PIECES: readonly (readonly [id: string, x: number, y: number])[] = [
  ["gosper-glider-gun", 4, 4],
  // On the gun's glider stream (x = y + 14 from this gun position): it eats every glider.
  ["eater-1", 58, 44],
  // Spaceships in lanes below the stream, circling the torus forever.
  ["lwss", 10, 56],
  ["mwss", 60, 63],
  ["hwss", 30, 71],
];

export const DEFAULT_WIDTH = 120;
export const DEFAULT_HEIGHT = 80;

/**
 * What the app opens on: a Gosper glider gun firing gliders into an eater on a 120x80 torus,
 * with three spaceships circling below. It lives forever and never fills up, so the first
 * thing a visitor sees is Life at work.
 */
export function createDefaultWorld(): { width: number; height: number; cells: Uint8Array } {
  const width = DEFAULT_WIDTH;
  const height = DEFAULT_HEIGHT;
  const cells = new PackedCells(width, height);
  for (const [id, x, y] of PIECES) {
    const entry = findPattern(id);
    if (!entry) throw new Error(`the pattern library has no "${id}"`);
    stampPacked(cells, "torus", parsePattern(entry.rle), x, y);
  }
  return { width, height, cells: cells.toBytes() };
}
