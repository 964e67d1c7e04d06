import type { CellRect, Universe } from "../Universe.ts";
import { CellHash, CellSetHash } from "./hashCells.ts";

/**
 * How a space's edges join, as Identify sees it: the width and height after which x and y wrap
 * round (a torus's), or undefined for an axis that does not.
 */
export interface Wrap {
  readonly width?: number | undefined;
  readonly height?: number | undefined;
}

/** One generation's followed cells, in row order, with their box and hashes. */
export interface Frame {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly states: Uint8Array;
  /** The cells' bounds in the world's coordinates. */
  readonly box: CellRect | null;
  /**
   * The shape's box: `box`, except across an edge that wraps, where it starts after the widest
   * run of empty columns (or rows), so that a shape straddling the edge is still one shape; it
   * may then reach past the grid's edge.
   */
  readonly shape: CellRect | null;
  /** The cells relative to `shape`, with its size: equal for the same shape anywhere. */
  readonly shapeKey: string;
  /** The cells inside `window` relative to its corner (absolute position counts): see identify. */
  readonly windowKey: string;
}

/**
 * Reads a universe's cells in the states `follow` keeps (row order, as `Universe.cells` gives
 * them), hashing them two ways in the same pass: relative to their shape's box (for periods
 * and motion) and, when `window` is given, those inside it relative to its corner (for guns,
 * whose whole never repeats but whose part at home does).
 */
export function readFrame(
  universe: Universe,
  follow: (state: number) => boolean,
  window: CellRect | null,
  wrap: Wrap = {},
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
  const across = box && wrap.width ? cyclicSpan(kept.xs, wrap.width) : null;
  const down = box && wrap.height ? cyclicSpan(kept.ys, wrap.height) : null;
  const shape = box && {
    x: across ? across.from : box.x,
    y: down ? down.from : box.y,
    width: across ? across.size : box.width,
    height: down ? down.size : box.height,
  };
  const shapeHash = new CellSetHash();
  const inside = new CellHash();
  for (let i = 0; i < count; i++) {
    const x = xs[i] as number;
    const y = ys[i] as number;
    const state = states[i] as number;
    if (shape) {
      shapeHash.addCell(
        offset(x, shape.x, wrap.width, across),
        offset(y, shape.y, wrap.height, down),
        state,
      );
    }
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
  return {
    ...kept,
    box,
    shape,
    shapeKey: shapeHash.key(shape?.width ?? 0, shape?.height ?? 0),
    windowKey: inside.key(),
  };
}

/** `v` relative to `from`, taken round the edge when the axis wraps. */
function offset(v: number, from: number, size: number | undefined, cyclic: unknown): number {
  return cyclic && size ? (v - from + size) % size : v - from;
}

/**
 * The shortest stretch of a wrapping axis of `size` holding every coordinate: it starts after
 * the longest run of empty places (the first place when every place is taken).
 */
function cyclicSpan(values: Float64Array, size: number): { from: number; size: number } {
  const taken = new Uint8Array(size);
  for (const v of values) taken[v] = 1;
  let bestGap = 0;
  let from = 0;
  for (let start = 0; start < size; start++) {
    if (!taken[start] || taken[(start + size - 1) % size]) continue;
    // `start` is taken and the place before it is empty: measure the gap before it.
    let gap = 0;
    while (gap < size && !taken[(start - 1 - gap + 2 * size) % size]) gap++;
    if (gap > bestGap) {
      bestGap = gap;
      from = start;
    }
  }
  return { from, size: size - bestGap };
}

function grow(array: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const wider = new Float64Array(array.length * 2);
  wider.set(array);
  return wider;
}

/**
 * Whether two frames hold the same cells up to a translation (round the edges where `wrap`
 * says), compared cell by cell.
 */
export function sameShape(a: Frame, b: Frame, wrap: Wrap = {}): boolean {
  if (a.xs.length !== b.xs.length) return false;
  if (!a.shape || !b.shape) return a.shape === b.shape;
  if (a.shape.width !== b.shape.width || a.shape.height !== b.shape.height) return false;
  const one = normalised(a, wrap);
  const other = normalised(b, wrap);
  return one.every((cell, i) => cell === other[i]);
}

/** A frame's cells relative to its shape, as sorted numbers (y, x and state in one). */
function normalised(frame: Frame, wrap: Wrap): number[] {
  const shape = frame.shape as CellRect;
  const cells: number[] = [];
  for (let i = 0; i < frame.xs.length; i++) {
    const x = offset(frame.xs[i] as number, shape.x, wrap.width, wrap.width);
    const y = offset(frame.ys[i] as number, shape.y, wrap.height, wrap.height);
    cells.push((y * shape.width + x) * 256 + (frame.states[i] as number));
  }
  return cells.sort((p, q) => p - q);
}
