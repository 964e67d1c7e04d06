import { CellSetHash } from "./hashCells.ts";
import type { Frame } from "./readFrame.ts";

/** Cells over a period past which no canonical key is made (eight hashes a cell a phase). */
export const MAX_CANONICAL_CELLS = 1 << 17;

/**
 * The set hashes of every phase of a cycle in each of the square's eight orientations, each
 * relative to its own box: an object in any phase, orientation and place has its key
 * (`orientedKey(cells, 0)`) among them. Undefined when the cycle holds too many cells to hash
 * eight times over.
 */
export function phaseKeys(frames: readonly Frame[]): Set<string> | undefined {
  let total = 0;
  for (const frame of frames) total += frame.xs.length;
  if (total > MAX_CANONICAL_CELLS) return undefined;
  const keys = new Set<string>();
  for (const frame of frames) {
    for (let orientation = 0; orientation < 8; orientation++) {
      keys.add(orientedKey(frame, orientation));
    }
  }
  return keys;
}

/** The least of a cycle's phase keys: one key for the object, whatever its phase and place. */
export function canonicalShape(keys: ReadonlySet<string>): string {
  let least = "";
  for (const key of keys) if (least === "" || key < least) least = key;
  return least;
}

/** Cells in some orientation (0-3 quarter turns, 4-7 mirrored) as a set hash relative to their box. */
export function orientedKey(
  frame: Pick<Frame, "xs" | "ys" | "states">,
  orientation: number,
): string {
  const n = frame.xs.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    let x = frame.xs[i] as number;
    let y = frame.ys[i] as number;
    if (orientation >= 4) x = -x;
    for (let turn = 0; turn < orientation % 4; turn++) [x, y] = [-y, x];
    xs[i] = x;
    ys[i] = y;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const hash = new CellSetHash();
  for (let i = 0; i < n; i++) {
    hash.addCell((xs[i] as number) - minX, (ys[i] as number) - minY, frame.states[i] as number);
  }
  return hash.key(maxX - minX + 1, maxY - minY + 1);
}
