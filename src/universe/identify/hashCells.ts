/**
 * Two independent 32-bit running hashes (murmur3's mixing step with two seeds and two sets of
 * constants), read together as one 64-bit key: a generation is found again by its key in a Map,
 * so Identify never compares a generation with every earlier one cell by cell. At 64 bits, two
 * different shapes share a key with odds of about 2^-64 a pair; the one match that decides a
 * period is then checked cell by cell all the same (see identify).
 */
export class CellHash {
  private a = 0x9747b28c;
  private b = 0x1b873593;
  private count = 0;

  /** Adds one value (a coordinate or a state; any integer, taken modulo 2^32). */
  add(value: number): void {
    this.a = mixA(this.a, value | 0);
    this.b = mixB(this.b, value | 0);
    this.count++;
  }

  /** Adds a cell at (x, y) relative to its box's top-left corner, in state `state`. */
  addCell(x: number, y: number, state: number): void {
    this.add(x);
    this.add(y);
    this.add(state);
  }

  /** The 64-bit key: both hashes, finished with the number of values, as text for a Map. */
  key(): string {
    return `${finish(this.a, this.count).toString(36)}.${finish(this.b, this.count).toString(36)}`;
  }
}

/**
 * A hash of a set of cells in any order: each cell is hashed alone (both ways) and the hashes
 * summed, so cells listed in another order (a shape that wraps round a torus) give the same key.
 */
export class CellSetHash {
  private a = 0;
  private b = 0;
  private count = 0;

  addCell(x: number, y: number, state: number): void {
    const a = mixA(mixA(mixA(0x2f0b3c1d, x | 0), y | 0), state);
    const b = mixB(mixB(mixB(0x6a09e667, x | 0), y | 0), state);
    this.a = (this.a + finish(a, 3)) | 0;
    this.b = (this.b + finish(b, 3)) | 0;
    this.count++;
  }

  /** The key, with the shape's width and height. */
  key(width: number, height: number): string {
    const a = finish(mixA(mixA(this.a, width), height), this.count);
    const b = finish(mixB(mixB(this.b, width), height), this.count);
    return `${a.toString(36)}.${b.toString(36)}`;
  }
}

function mixA(h: number, value: number): number {
  let k = Math.imul(value, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function mixB(h: number, value: number): number {
  let k = Math.imul(value ^ 0x5bd1e995, 0x85ebca6b);
  k = (k << 17) | (k >>> 15);
  k = Math.imul(k, 0xc2b2ae35);
  h ^= k;
  h = (h << 11) | (h >>> 21);
  return (Math.imul(h, 9) + 0x7feb352d) | 0;
}

/** murmur3's finaliser: every input bit reaches every output bit. */
function finish(h: number, count: number): number {
  h ^= count;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
