import type { CellRect, Universe } from "../Universe.ts";
import { CellHash } from "./hashCells.ts";

/** One generation's followed cells, in row order, with their box and hashes. */
export interface Frame {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly states: Uint8Array;
  readonly box: CellRect | null;
  /** The cells relative to their box, with the box's size: equal for the same shape anywhere. */
  readonly shapeKey: string;
  /** The cells inside `window` relative to its corner (absolute position counts): see identify. */
  readonly windowKey: string;
}

/**
 * Reads a universe's cells in the states `follow` keeps (row order, as `Universe.cells` gives
 * them), hashing them two ways in the same pass: relative to their own box (the shape, for
 * periods and motion) and, when `window` is given, those inside it relative to its corner (for
 * guns, whose whole never repeats but whose part at home does).
 */
export function readFrame(
  universe: Universe,
  follow: (state: number) => boolean,
  window: CellRect | null,
): Frame {
  let count = 0;
  let xs = new Float64Array(64);
  let ys = new Float64Array(64);
  let states = new Uint8Array(64);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [x, y, state] of universe.cells()) {
    if (!follow(state)) continue;
    if (count === xs.length) {
      xs = grow(xs);
      ys = grow(ys);
      const wider = new Uint8Array(states.length * 2);
      wider.set(states);
      states = wider;
    }
    xs[count] = x;
    ys[count] = y;
    states[count] = state;
    count++;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const kept = {
    xs: xs.subarray(0, count),
    ys: ys.subarray(0, count),
    states: states.subarray(0, count),
  };
  const box =
    count === 0 ? null : { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
  const shape = new CellHash();
  const inside = new CellHash();
  if (box) {
    shape.add(box.width);
    shape.add(box.height);
  }
  for (let i = 0; i < count; i++) {
    const x = xs[i] as number;
    const y = ys[i] as number;
    const state = states[i] as number;
    if (box) shape.addCell(x - box.x, y - box.y, state);
    if (
      window &&
      x >= window.x &&
      y >= window.y &&
      x < window.x + window.width &&
      y < window.y + window.height
    ) {
      inside.addCell(x - window.x, y - window.y, state);
    }
  }
  return { ...kept, box, shapeKey: shape.key(), windowKey: inside.key() };
}

function grow(array: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const wider = new Float64Array(array.length * 2);
  wider.set(array);
  return wider;
}

/** Whether two frames hold the same cells up to a translation (their shapes, cell by cell). */
export function sameShape(a: Frame, b: Frame): boolean {
  if (a.xs.length !== b.xs.length) return false;
  if (!a.box || !b.box) return a.box === b.box;
  if (a.box.width !== b.box.width || a.box.height !== b.box.height) return false;
  for (let i = 0; i < a.xs.length; i++) {
    if (a.states[i] !== b.states[i]) return false;
    if ((a.xs[i] as number) - a.box.x !== (b.xs[i] as number) - b.box.x) return false;
    if ((a.ys[i] as number) - a.box.y !== (b.ys[i] as number) - b.box.y) return false;
  }
  return true;
}
