/**
 * Where a set of cells of a tile lies, as the tiled stepper's skipping needs it: bit 0 when the
 * set is not empty, then one bit for each of the eight directions (see `DIRECTIONS`) when the
 * set touches the tile's edge or corner cell on that side. Computed for a tile's live cells (is
 * a neighbour needed there?) and for the cells that changed (must a neighbour be stepped?);
 * `life.wat`'s `edgeBits` computes the same.
 */
export const ANYWHERE = 1;

/**
 * The eight neighbours of a tile: north, south, west, east, then the corners north-west,
 * north-east, south-west, south-east. Direction d's edge bit is `2 << d`.
 */
export const DIRECTIONS: readonly (readonly [dx: number, dy: number])[] = [
  [0, -1],
  [0, 1],
  [-1, 0],
  [1, 0],
  [-1, -1],
  [1, -1],
  [-1, 1],
  [1, 1],
];

/** The direction back: the neighbour to the north sees this tile to its south. */
export const OPPOSITE: readonly number[] = [1, 0, 3, 2, 7, 6, 5, 4];

/** All eight edge bits. */
export const EDGES = 0x1fe;

/** Every bit: a tile whose history is unknown is taken to have changed everywhere. */
export const EVERYWHERE = 0x1ff;

/** The edge bit of direction d. */
export function edgeBit(d: number): number {
  return 2 << d;
}

/**
 * The edge bits of `a ^ b` for two tile buffers of `rows` rows of four words each, at word
 * offsets `a` of `heap` and `b` of `other`; with an all-zero `b`, the edge bits of `a`'s live
 * cells.
 */
export function edgeBitsOfDifference(
  heap: Int32Array,
  a: number,
  other: Int32Array,
  b: number,
  rows: number,
): number {
  let all0 = 0;
  let all1 = 0;
  let all2 = 0;
  let all3 = 0;
  for (let i = 0; i < 4 * rows; i += 4) {
    all0 |= (heap[a + i] as number) ^ (other[b + i] as number);
    all1 |= (heap[a + i + 1] as number) ^ (other[b + i + 1] as number);
    all2 |= (heap[a + i + 2] as number) ^ (other[b + i + 2] as number);
    all3 |= (heap[a + i + 3] as number) ^ (other[b + i + 3] as number);
  }
  const last = 4 * (rows - 1);
  const first0 = (heap[a] as number) ^ (other[b] as number);
  const first3 = (heap[a + 3] as number) ^ (other[b + 3] as number);
  const firstAny =
    first0 |
    first3 |
    ((heap[a + 1] as number) ^ (other[b + 1] as number)) |
    ((heap[a + 2] as number) ^ (other[b + 2] as number));
  const last0 = (heap[a + last] as number) ^ (other[b + last] as number);
  const last3 = (heap[a + last + 3] as number) ^ (other[b + last + 3] as number);
  const lastAny =
    last0 |
    last3 |
    ((heap[a + last + 1] as number) ^ (other[b + last + 1] as number)) |
    ((heap[a + last + 2] as number) ^ (other[b + last + 2] as number));
  return (
    ((all0 | all1 | all2 | all3) !== 0 ? ANYWHERE : 0) |
    (firstAny !== 0 ? 2 : 0) |
    (lastAny !== 0 ? 4 : 0) |
    ((all0 & 1) << 3) |
    ((all3 >>> 31) << 4) |
    ((first0 & 1) << 5) |
    ((first3 >>> 31) << 6) |
    ((last0 & 1) << 7) |
    ((last3 >>> 31) << 8)
  );
}

/** The live cells in `rows` rows of four words at word offset `at` of `heap`. */
export function countTile(heap: Int32Array, at: number, rows: number): number {
  let count = 0;
  for (let i = at; i < at + 4 * rows; i++) {
    let v = heap[i] as number;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    count += (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
  }
  return count;
}
