import { BLOCK_POPULATION, QUADRANT_MASK } from "./leafTables.ts";

/**
 * Thrown (one shared object, no stack trace) when a computation needs a node beyond the cap. The
 * universe then collects garbage and retries, so no node id held by a computation in flight is
 * ever freed under it.
 */
export const OUT_OF_NODES: Error = Object.freeze(new Error("HashLife node store is full"));

/** Bytes a node costs: four children, level, population, result, result exponent, hash link, mark, hash head. */
export const BYTES_PER_NODE = 4 * 4 + 1 + 8 + 4 + 1 + 4 + 1 + 4;

const INITIAL_CAPACITY = 1 << 12;

/**
 * `resExp` of a node whose result is not known. Levels stay below it: steps are under 2^200 and
 * macrocells at most level 200, so roots stay near level 200 at most.
 */
const NO_RESULT = 255;

/**
 * The hash-consed quadtree of a HashLife universe, as a struct of typed arrays.
 *
 * A level-L node is a 2^L x 2^L square. Level-2 nodes (4x4) are not stored: their id is the
 * 16-bit block itself (see leafTables.ts), so 0 is the empty 4x4. Nodes of level >= 3 get ids
 * from 1 and are unique per (level, children) through an open hash table with chaining; id 0 ends
 * a chain. `level[id] === 0` marks a free slot.
 *
 * Each node caches one RESULT: its centre half advanced 2^e generations, where
 * e = min(k, level - 2) for the step exponent `k` of the current computation. The cache stays
 * valid when `k` changes, because a node whose e would change just recomputes.
 */
export class NodeStore {
  nw = new Int32Array(INITIAL_CAPACITY);
  ne = new Int32Array(INITIAL_CAPACITY);
  sw = new Int32Array(INITIAL_CAPACITY);
  se = new Int32Array(INITIAL_CAPACITY);
  level = new Uint8Array(INITIAL_CAPACITY);
  pop = new Float64Array(INITIAL_CAPACITY);
  res = new Int32Array(INITIAL_CAPACITY);
  resExp = new Uint8Array(INITIAL_CAPACITY);
  link = new Int32Array(INITIAL_CAPACITY);
  mark = new Uint8Array(INITIAL_CAPACITY);
  heads = new Int32Array(INITIAL_CAPACITY);
  hashMask = INITIAL_CAPACITY - 1;
  capacity = INITIAL_CAPACITY;
  /** The next never-used id. */
  top = 1;
  private free: number[] = [];
  private readonly empties: number[] = [0, 0, 0];
  /** How many collections have run. */
  collections = 0;
  /** The step exponent k of the computation under way. */
  stepExp = 0;
  private readonly rows = new Int32Array(8);
  private readonly mid = new Int32Array(6);
  private readonly rows16 = new Int32Array(16);

  constructor(
    readonly maxNodes: number,
    private readonly centres: Uint8Array,
  ) {}

  /** Nodes in use (level >= 3). */
  get nodeCount(): number {
    return this.top - 1 - this.free.length;
  }

  /** Whether node `id` of `level` holds no live cell. */
  isEmpty(id: number, level: number): boolean {
    return level === 2 ? id === 0 : this.pop[id] === 0;
  }

  /** The population of node `id` of `level` (exact below 2^53). */
  population(id: number, level: number): number {
    return level === 2 ? (BLOCK_POPULATION[id] as number) : (this.pop[id] as number);
  }

  /** The empty node of `level` (>= 2). */
  empty(level: number): number {
    let id = this.empties[level];
    if (id === undefined) {
      const child = this.empty(level - 1);
      id = this.join(level, child, child, child, child);
      this.empties[level] = id;
    }
    return id;
  }

  /** The unique node of `level` (>= 3) with these four children of `level - 1`. */
  join(level: number, a: number, b: number, c: number, d: number): number {
    const hash =
      (Math.imul(a, 0x9e3779b1) ^
        Math.imul(b, 0x85ebca77) ^
        Math.imul(c, 0xc2b2ae3d) ^
        Math.imul(d, 0x27d4eb2f) ^
        Math.imul(level, 0x165667b1)) >>>
      0;
    const slot = (hash ^ (hash >>> 15)) & this.hashMask;
    const nw = this.nw;
    const ne = this.ne;
    const sw = this.sw;
    const se = this.se;
    const levels = this.level;
    const link = this.link;
    for (let id = this.heads[slot] as number; id !== 0; id = link[id] as number) {
      if (nw[id] === a && ne[id] === b && sw[id] === c && se[id] === d && levels[id] === level) {
        return id;
      }
    }
    const id = this.allocate();
    this.nw[id] = a;
    this.ne[id] = b;
    this.sw[id] = c;
    this.se[id] = d;
    this.level[id] = level;
    this.pop[id] =
      level === 3
        ? (BLOCK_POPULATION[a] as number) +
          (BLOCK_POPULATION[b] as number) +
          (BLOCK_POPULATION[c] as number) +
          (BLOCK_POPULATION[d] as number)
        : (this.pop[a] as number) +
          (this.pop[b] as number) +
          (this.pop[c] as number) +
          (this.pop[d] as number);
    this.resExp[id] = NO_RESULT;
    const head = (hash ^ (hash >>> 15)) & this.hashMask;
    this.link[id] = this.heads[head] as number;
    this.heads[head] = id;
    return id;
  }

  /** `id` of `level` centred in a node one level up, the rest empty. */
  expand(id: number, level: number): number {
    const e = this.empty(level - 1);
    const a = this.join(level, e, e, e, this.nw[id] as number);
    const b = this.join(level, e, e, this.ne[id] as number, e);
    const c = this.join(level, e, this.sw[id] as number, e, e);
    const d = this.join(level, this.se[id] as number, e, e, e);
    return this.join(level + 1, a, b, c, d);
  }

  /** The centre half of `id` of `level` (>= 4), a node of `level - 1`. */
  centre(id: number, level: number): number {
    return this.join(
      level - 1,
      this.se[this.nw[id] as number] as number,
      this.sw[this.ne[id] as number] as number,
      this.ne[this.sw[id] as number] as number,
      this.nw[this.se[id] as number] as number,
    );
  }

  /** Whether all live cells of `id` of `level` (>= 4) lie in its centre half. */
  inCentreHalf(id: number, level: number): boolean {
    const g = level - 2;
    const a = this.nw[id] as number;
    const b = this.ne[id] as number;
    const c = this.sw[id] as number;
    const d = this.se[id] as number;
    return (
      this.isEmpty(this.nw[a] as number, g) &&
      this.isEmpty(this.ne[a] as number, g) &&
      this.isEmpty(this.sw[a] as number, g) &&
      this.isEmpty(this.nw[b] as number, g) &&
      this.isEmpty(this.ne[b] as number, g) &&
      this.isEmpty(this.se[b] as number, g) &&
      this.isEmpty(this.nw[c] as number, g) &&
      this.isEmpty(this.sw[c] as number, g) &&
      this.isEmpty(this.se[c] as number, g) &&
      this.isEmpty(this.ne[d] as number, g) &&
      this.isEmpty(this.sw[d] as number, g) &&
      this.isEmpty(this.se[d] as number, g)
    );
  }

  /**
   * The centre half of `id` (of `level` >= 3) advanced 2^min(stepExp, level - 2) generations:
   * Gosper's recursion, on nine overlapping sub-nodes, twice at full speed or once followed by
   * taking centres when the step is smaller than the node allows.
   */
  result(id: number, level: number): number {
    const e = Math.min(level - 2, this.stepExp);
    if (this.resExp[id] === e) return this.res[id] as number;
    let r: number;
    if (this.pop[id] === 0) r = this.empty(level - 1);
    else if (level === 3) r = this.leafResult(id, e);
    else if (level === 4 && e === 0) r = this.singleStep16(id);
    else {
      const a = this.nw[id] as number;
      const b = this.ne[id] as number;
      const c = this.sw[id] as number;
      const d = this.se[id] as number;
      const l = level - 1;
      const r00 = this.result(a, l);
      const r01 = this.result(
        this.join(
          l,
          this.ne[a] as number,
          this.nw[b] as number,
          this.se[a] as number,
          this.sw[b] as number,
        ),
        l,
      );
      const r02 = this.result(b, l);
      const r10 = this.result(
        this.join(
          l,
          this.sw[a] as number,
          this.se[a] as number,
          this.nw[c] as number,
          this.ne[c] as number,
        ),
        l,
      );
      const r11 = this.result(
        this.join(
          l,
          this.se[a] as number,
          this.sw[b] as number,
          this.ne[c] as number,
          this.nw[d] as number,
        ),
        l,
      );
      const r12 = this.result(
        this.join(
          l,
          this.sw[b] as number,
          this.se[b] as number,
          this.nw[d] as number,
          this.ne[d] as number,
        ),
        l,
      );
      const r20 = this.result(c, l);
      const r21 = this.result(
        this.join(
          l,
          this.ne[c] as number,
          this.nw[d] as number,
          this.se[c] as number,
          this.sw[d] as number,
        ),
        l,
      );
      const r22 = this.result(d, l);
      if (e === level - 2) {
        r = this.join(
          l,
          this.result(this.join(l, r00, r01, r10, r11), l),
          this.result(this.join(l, r01, r02, r11, r12), l),
          this.result(this.join(l, r10, r11, r20, r21), l),
          this.result(this.join(l, r11, r12, r21, r22), l),
        );
      } else {
        r = this.join(
          l,
          this.centreOf(r00, r01, r10, r11, l - 1),
          this.centreOf(r01, r02, r11, r12, l - 1),
          this.centreOf(r10, r11, r20, r21, l - 1),
          this.centreOf(r11, r12, r21, r22, l - 1),
        );
      }
    }
    this.res[id] = r;
    this.resExp[id] = e;
    return r;
  }

  /** The centre of the square made of four nodes of `level`, a node of `level`. */
  private centreOf(a: number, b: number, c: number, d: number, level: number): number {
    if (level === 2) {
      return (
        ((a >> 10) & QUADRANT_MASK) |
        (((b >> 8) & QUADRANT_MASK) << 2) |
        (((c >> 2) & QUADRANT_MASK) << 8) |
        ((d & QUADRANT_MASK) << 10)
      );
    }
    return this.join(
      level,
      this.se[a] as number,
      this.sw[b] as number,
      this.ne[c] as number,
      this.nw[d] as number,
    );
  }

  /** The base case: the centre 4x4 of an 8x8 leaf after 2^e (1 or 2) generations, by table. */
  private leafResult(id: number, e: number): number {
    const rows = this.rows;
    const a = this.nw[id] as number;
    const b = this.ne[id] as number;
    const c = this.sw[id] as number;
    const d = this.se[id] as number;
    for (let r = 0; r < 4; r++) {
      rows[r] = ((a >> (4 * r)) & 15) | (((b >> (4 * r)) & 15) << 4);
      rows[r + 4] = ((c >> (4 * r)) & 15) | (((d >> (4 * r)) & 15) << 4);
    }
    const t = this.centres;
    if (e === 0) {
      return (
        (t[block(rows, 1, 1)] as number) |
        ((t[block(rows, 3, 1)] as number) << 2) |
        ((t[block(rows, 1, 3)] as number) << 8) |
        ((t[block(rows, 3, 3)] as number) << 10)
      );
    }
    // One generation: the 6x6 centre, as nine 2x2 results, written back into rows 0-5.
    const mid = this.mid;
    mid.fill(0);
    for (let y = 0; y < 3; y++) {
      for (let x = 0; x < 3; x++) {
        const q = t[block(rows, 2 * x, 2 * y)] as number;
        mid[2 * y] = (mid[2 * y] as number) | ((q & 3) << (2 * x));
        mid[2 * y + 1] = (mid[2 * y + 1] as number) | (((q >> 4) & 3) << (2 * x));
      }
    }
    return (
      (t[block(mid, 0, 0)] as number) |
      ((t[block(mid, 2, 0)] as number) << 2) |
      ((t[block(mid, 0, 2)] as number) << 8) |
      ((t[block(mid, 2, 2)] as number) << 10)
    );
  }

  /**
   * A 16x16 node's centre 8x8 one generation on, straight from its cells by table (16 lookups),
   * rather than through nine 8x8 results: one generation at a time is the engine's most common
   * small step and this level does most of its work.
   */
  private singleStep16(id: number): number {
    const rows = this.rows16;
    const quadrants = [this.nw[id], this.ne[id], this.sw[id], this.se[id]] as const;
    for (let q = 0; q < 4; q++) {
      const leaf = quadrants[q] as number;
      const top = q >= 2 ? 8 : 0;
      const shift = (q & 1) * 8;
      const a = this.nw[leaf] as number;
      const b = this.ne[leaf] as number;
      const c = this.sw[leaf] as number;
      const d = this.se[leaf] as number;
      for (let r = 0; r < 4; r++) {
        const upper = ((a >> (4 * r)) & 15) | (((b >> (4 * r)) & 15) << 4);
        const lower = ((c >> (4 * r)) & 15) | (((d >> (4 * r)) & 15) << 4);
        rows[top + r] = (q & 1 ? (rows[top + r] as number) : 0) | (upper << shift);
        rows[top + 4 + r] = (q & 1 ? (rows[top + 4 + r] as number) : 0) | (lower << shift);
      }
    }
    const t = this.centres;
    const quarter = (x: number, y: number): number =>
      (t[block(rows, x, y)] as number) |
      ((t[block(rows, x + 2, y)] as number) << 2) |
      ((t[block(rows, x, y + 2)] as number) << 8) |
      ((t[block(rows, x + 2, y + 2)] as number) << 10);
    return this.join(3, quarter(3, 3), quarter(7, 3), quarter(3, 7), quarter(7, 7));
  }

  private allocate(): number {
    const reused = this.free.pop();
    if (reused !== undefined) return reused;
    if (this.top > this.maxNodes) throw OUT_OF_NODES;
    if (this.top >= this.capacity) this.grow();
    return this.top++;
  }

  private grow(): void {
    const capacity = Math.min(this.capacity * 2, this.maxNodes + 1);
    const resize = <T extends Int32Array | Uint8Array | Float64Array>(old: T): T => {
      const fresh = new (old.constructor as new (n: number) => T)(capacity);
      fresh.set(old);
      return fresh;
    };
    this.nw = resize(this.nw);
    this.ne = resize(this.ne);
    this.sw = resize(this.sw);
    this.se = resize(this.se);
    this.level = resize(this.level);
    this.pop = resize(this.pop);
    this.res = resize(this.res);
    this.resExp = resize(this.resExp);
    this.link = resize(this.link);
    this.mark = resize(this.mark);
    this.capacity = capacity;
    this.rehash();
  }

  /** Rebuilds the hash table (sized to the capacity) from the nodes in use. */
  private rehash(): void {
    let size = 1;
    while (size < this.capacity) size *= 2;
    if (this.heads.length !== size) this.heads = new Int32Array(size);
    else this.heads.fill(0);
    this.hashMask = size - 1;
    for (let id = 1; id < this.top; id++) {
      const level = this.level[id] as number;
      if (level === 0) continue;
      const hash =
        (Math.imul(this.nw[id] as number, 0x9e3779b1) ^
          Math.imul(this.ne[id] as number, 0x85ebca77) ^
          Math.imul(this.sw[id] as number, 0xc2b2ae3d) ^
          Math.imul(this.se[id] as number, 0x27d4eb2f) ^
          Math.imul(level, 0x165667b1)) >>>
        0;
      const slot = (hash ^ (hash >>> 15)) & this.hashMask;
      this.link[id] = this.heads[slot] as number;
      this.heads[slot] = id;
    }
  }

  /**
   * Frees every node not reachable from `roots` (nor an empty node), and forgets the results
   * that pointed at freed nodes. Ids of kept nodes do not change.
   */
  collect(roots: Iterable<number>): void {
    this.collections++;
    const mark = this.mark;
    const stack: number[] = [];
    const visit = (id: number): void => {
      if (mark[id] === 1) return;
      mark[id] = 1;
      stack.push(id);
    };
    for (const id of this.empties) if (id !== 0) visit(id);
    for (const id of roots) if (id !== 0) visit(id);
    while (stack.length > 0) {
      const id = stack.pop() as number;
      if ((this.level[id] as number) > 3) {
        visit(this.nw[id] as number);
        visit(this.ne[id] as number);
        visit(this.sw[id] as number);
        visit(this.se[id] as number);
      }
    }
    // A kept node keeps its result when that is a 4x4 block (level 3) or a kept node.
    for (let id = 1; id < this.top; id++) {
      if (mark[id] === 1 && this.level[id] !== 3 && mark[this.res[id] as number] !== 1) {
        this.resExp[id] = NO_RESULT;
      }
    }
    this.free = [];
    for (let id = this.top - 1; id >= 1; id--) {
      if (mark[id] === 1) {
        mark[id] = 0;
      } else {
        if (this.level[id] !== 0) this.level[id] = 0;
        this.free.push(id);
      }
    }
    this.rehash();
  }
}

/** The 4x4 block whose top-left cell is (x, y) in a square of rows given as bit masks. */
function block(rows: Int32Array, x: number, y: number): number {
  return (
    (((rows[y] as number) >> x) & 15) |
    ((((rows[y + 1] as number) >> x) & 15) << 4) |
    ((((rows[y + 2] as number) >> x) & 15) << 8) |
    ((((rows[y + 3] as number) >> x) & 15) << 12)
  );
}
