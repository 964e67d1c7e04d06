import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import { refuseBirthOnZero } from "../refuseBirthOnZero.ts";
import type {
  CellRect,
  DensityPicture,
  Space,
  State,
  Universe,
  UniverseSnapshot,
} from "../Universe.ts";
import { drawPicture } from "./drawPicture.ts";
import { exactPopulation } from "./exactPopulation.ts";
import { HashLifeSnapshot } from "./HashLifeSnapshot.ts";
import { centreTable } from "./leafTables.ts";
import { BYTES_PER_NODE, NodeStore, OUT_OF_NODES } from "./NodeStore.ts";
import { boundsOf, getCell, liveCells, type PlacedNode, setCell } from "./treeCells.ts";

/** Steps of 2^200 or more would need nodes deeper than a byte can count. */
const MAX_STEP = 2n ** 200n;

/**
 * A HashLife universe on the infinite plane. The root node of level L covers user columns
 * [-2^(L-1), 2^(L-1)) and rows [1 - 2^(L-1), 2^(L-1)]: Golly's placement (its y axis points up,
 * so its root's top row is row 1 - 2^(L-1)), which lets a macrocell file keep its coordinates.
 *
 * Memory: at most `maxNodes` nodes. When a computation needs more, the universe collects
 * garbage (keeping the current root and the roots of snapshots still referenced) and retries;
 * if a step still does not fit it is split into two half steps, down to single generations; a
 * generation that does not fit even then throws RangeError.
 */
export class HashLifeUniverse implements Universe {
  readonly space: Space = { kind: "infinite" };
  readonly engine = "hashlife";
  readonly store: NodeStore;
  root: number;
  level = 3;
  generation = 0n;
  private snapshots: Array<WeakRef<HashLifeSnapshot>> = [];
  private prunedAt = 16;
  private countedRoot = -1;
  private counted = 0n;

  constructor(
    readonly rule: CompiledRule,
    readonly maxNodes: number,
  ) {
    refuseBirthOnZero(rule);
    if (!Number.isInteger(maxNodes) || maxNodes < 64 || maxNodes > 2 ** 30) {
      throw new RangeError(`maxNodes must be an integer from 64 to 2^30, not ${maxNodes}`);
    }
    this.store = new NodeStore(maxNodes, centreTable(rule));
    this.root = this.store.empty(3);
  }

  /** The megabytes the node cap stands for, as the out-of-memory message states it. */
  get maxMebibytes(): number {
    return Math.ceil((this.maxNodes * BYTES_PER_NODE) / 2 ** 20);
  }

  population(): bigint {
    if (this.countedRoot !== this.root) {
      this.counted = exactPopulation(this.store, this.root, this.level);
      this.countedRoot = this.root;
    }
    return this.counted;
  }

  bounds(): CellRect | null {
    return boundsOf(this.store, this.placed());
  }

  get(x: number, y: number): State {
    const half = 2 ** (this.level - 1);
    const ix = x + half;
    const iy = y - 1 + half;
    const size = 2 * half;
    if (!(ix >= 0 && iy >= 0 && ix < size && iy < size)) return 0;
    return getCell(this.store, this.root, this.level, Math.floor(ix), Math.floor(iy));
  }

  set(x: number, y: number, state: State): void {
    if (state !== 0 && state !== 1) {
      throw new RangeError(
        `HashLife holds two states (0 and 1); state ${state} needs a multi-state engine`,
      );
    }
    if (!Number.isSafeInteger(x) || !Number.isSafeInteger(y)) {
      throw new RangeError(`Cell (${x}, ${y}) is not a pair of safe integers`);
    }
    const ok = this.tryRun(() => {
      const store = this.store;
      let root = this.root;
      let level = this.level;
      let half = 2 ** (level - 1);
      while (x < -half || x >= half || y - 1 < -half || y - 1 >= half) {
        root = store.expand(root, level);
        level++;
        half *= 2;
      }
      this.root = setCell(store, root, level, x + half, y - 1 + half, state);
      this.level = level;
    });
    if (!ok) throw this.tooBig();
  }

  step(generations: bigint): void {
    if (generations < 0n) throw new RangeError(`Cannot step ${generations} generations`);
    if (generations >= MAX_STEP) {
      throw new RangeError("HashLife steps fewer than 2^200 generations at a time");
    }
    let rest = generations;
    for (let k = 0; rest > 0n; k++, rest >>= 1n) {
      if ((rest & 1n) === 1n) this.advance(k);
    }
  }

  /**
   * The picture of a rectangle covering `rect`, its rows moved to start where the nodes' rows
   * do: Golly's placement puts every node's top row at 1 (mod its size), so a picture whose
   * pixel rows started at 0 (mod 2^scale) would cut every node and open it down to its cells
   * (a second for a dense 7-million-cell view); moved by one row, each pixel is one node.
   */
  picture(rect: CellRect, scale: number): DensityPicture {
    const side = 2 ** scale;
    const placed = this.placed();
    const offset = side === 1 ? 0 : ((placed.y % side) + side) % side;
    const shift = (((rect.y - offset) % side) + side) % side;
    const aligned = { ...rect, y: rect.y - shift, height: rect.height + shift };
    return drawPicture(this.store, placed, aligned, scale);
  }

  cells(rect?: CellRect): Iterable<readonly [x: number, y: number, state: State]> {
    return liveCells(this.store, this.placed(), rect);
  }

  snapshot(): UniverseSnapshot {
    const snapshot = new HashLifeSnapshot(
      this.store,
      this.root,
      this.level,
      this.generation,
      this.population(),
    );
    this.snapshots.push(new WeakRef(snapshot));
    if (this.snapshots.length > 2 * this.prunedAt) this.pruneSnapshots();
    return snapshot;
  }

  restore(snapshot: UniverseSnapshot): void {
    if (!(snapshot instanceof HashLifeSnapshot)) {
      throw new TypeError(`A ${snapshot.engine} snapshot cannot be restored into HashLife`);
    }
    if (snapshot.store === this.store) {
      this.root = snapshot.root;
      this.level = snapshot.level;
    } else {
      const ok = this.tryRun(() => {
        this.root = copyTree(snapshot.store, this.store, snapshot.root, snapshot.level);
        this.level = snapshot.level;
      });
      if (!ok) throw this.tooBig();
    }
    this.generation = snapshot.generation;
  }

  /**
   * Stops keeping `snapshot`'s nodes: the next collection frees those that only it reached, not
   * whenever the JS collector gets round to the snapshot. It must not be restored after.
   */
  release(snapshot: UniverseSnapshot): void {
    this.snapshots = this.snapshots.filter((ref) => {
      const kept = ref.deref();
      return kept !== undefined && kept !== snapshot;
    });
  }

  /** Nodes live on the JS heap; dropping the universe frees them. */
  dispose(): void {
    this.snapshots = [];
  }

  /** Replaces the whole tree (for readers that build nodes in this store). */
  replaceTree(root: number, level: number, generation: bigint): void {
    this.root = root;
    this.level = level;
    this.generation = generation;
  }

  /** Frees the nodes that neither the current root nor a live snapshot reaches. */
  collect(): void {
    this.pruneSnapshots();
    const roots = [this.root];
    for (const ref of this.snapshots) {
      const snapshot = ref.deref();
      if (snapshot) roots.push(snapshot.root);
    }
    this.store.collect(roots);
    this.countedRoot = -1; // ids are reused after a collection
  }

  /** Runs `task`; when the store fills up, collects and runs it once more. False if it still does not fit. */
  tryRun(task: () => void): boolean {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        task();
        return true;
      } catch (error) {
        if (error !== OUT_OF_NODES) throw error;
        this.collect();
      }
    }
    return false;
  }

  tooBig(): RangeError {
    return new RangeError(
      `The pattern needs more than ${this.maxMebibytes} MiB of nodes (${this.maxNodes} nodes of ${BYTES_PER_NODE} bytes); ` +
        "raise maxNodes to run it",
    );
  }

  /** Advances 2^k generations, halving the step when memory is short. */
  private advance(k: number): void {
    if (this.tryRun(() => this.advanceOnce(k))) return;
    if (k === 0) throw this.tooBig();
    this.advance(k - 1);
    this.advance(k - 1);
  }

  private advanceOnce(k: number): void {
    const store = this.store;
    let root = this.root;
    let level = this.level;
    // The pattern in the centre half of a node of level >= k + 2, then one more level of margin:
    // nothing can travel 2^k cells out of the result, the centre half of the wrapped node.
    while (level < 4 || level < k + 2 || !store.inCentreHalf(root, level)) {
      root = store.expand(root, level);
      level++;
    }
    root = store.expand(root, level);
    level++;
    store.stepExp = k;
    let next = store.result(root, level);
    level--;
    while (level > 3 && store.inCentreHalf(next, level)) {
      next = store.centre(next, level);
      level--;
    }
    this.root = next;
    this.level = level;
    this.generation += 1n << BigInt(k);
  }

  private placed(): PlacedNode {
    const half = 2 ** (this.level - 1);
    return { id: this.root, level: this.level, x: -half, y: 1 - half };
  }

  private pruneSnapshots(): void {
    this.snapshots = this.snapshots.filter((ref) => ref.deref() !== undefined);
    this.prunedAt = Math.max(16, this.snapshots.length);
  }
}

/** Node `id` of `level` of one store rebuilt in another. */
function copyTree(from: NodeStore, to: NodeStore, id: number, level: number): number {
  const memo = new Map<number, number>();
  const copy = (node: number, l: number): number => {
    if (l === 2) return node;
    let copied = memo.get(node);
    if (copied === undefined) {
      copied = to.join(
        l,
        copy(from.nw[node] as number, l - 1),
        copy(from.ne[node] as number, l - 1),
        copy(from.sw[node] as number, l - 1),
        copy(from.se[node] as number, l - 1),
      );
      memo.set(node, copied);
    }
    return copied;
  };
  return copy(id, level);
}
