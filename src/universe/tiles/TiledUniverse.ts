import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import type { CellRect, DensityPicture, State, Universe, UniverseSnapshot } from "../Universe.ts";
import { Tile, tileKey } from "./Tile.ts";
import {
  STEP_AROUND,
  STEP_C,
  STEP_CHANGED1,
  STEP_CHANGED2,
  STEP_DST,
  STEP_FIRST_CHANGED,
  STEP_FROM,
  STEP_LAST_CHANGED,
  STEP_OCCUPIED,
  STEP_PREV,
  STEP_RECORD_WORDS,
  STEP_TO,
  type TileKernel,
} from "./TileKernel.ts";
import { tileBounds } from "./tileBounds.ts";
import { tileCells } from "./tileCells.ts";
import {
  ANYWHERE,
  countTile,
  DIRECTIONS,
  EDGES,
  EVERYWHERE,
  edgeBit,
  edgeBitsOfDifference,
  OPPOSITE,
} from "./tileEdges.ts";
import { tilePicture } from "./tilePicture.ts";

/** Tile width in cells: one 128-bit vector a row. */
export const TILE_WIDTH = 128;

/** The facing edge bits: the neighbour in direction d touches this tile along its edge OPPOSITE[d]. */
const N_FACING = edgeBit(OPPOSITE[0] as number);
const S_FACING = edgeBit(OPPOSITE[1] as number);
const W_FACING = edgeBit(OPPOSITE[2] as number);
const E_FACING = edgeBit(OPPOSITE[3] as number);
const NW_FACING = edgeBit(OPPOSITE[4] as number);
const NE_FACING = edgeBit(OPPOSITE[5] as number);
const SW_FACING = edgeBit(OPPOSITE[6] as number);
const SE_FACING = edgeBit(OPPOSITE[7] as number);

interface TilesSnapshot extends UniverseSnapshot {
  readonly rows: number;
  readonly tiles: readonly {
    readonly tx: number;
    readonly ty: number;
    readonly words: Int32Array;
  }[];
}

/**
 * The infinite plane as a sparse map of 128 x `rows` tiles of packed bits, stepped by a
 * `TileKernel`. A generation steps only the tiles that can change and skips the others:
 *  - a tile is the same as last generation when neither it nor the edges of its neighbours that
 *    touch it changed in the last generation (still lifes, empty space);
 *  - it is the same as two generations ago when neither changed from two generations ago
 *    (period-2 ash: blinkers, beacons);
 * which the kernel's change bits (tileEdges.ts) tell without comparing anything. A skipped tile
 * keeps its buffers and only renames them (see `Tile`). A tile that is stepped has only the rows
 * next to a change computed (in its own rows, or in its neighbours' edge rows and columns, from
 * each tile's first and last changed rows); the others are copied. Tiles are created beside a
 * tile whose live cells reach its edge while that edge changes, and dropped once empty for
 * three generations and not needed so.
 *
 * A generation's tiles to step are written as step records and stepped by the kernel in one
 * call (see `TileKernel`); a tile that changed from its first rows to its last, as most of a
 * soup does, is stepped whole without asking its neighbours. The bookkeeping is then about 60 ns
 * a tile.
 *
 * In a soup's first thousand generations nearly every tile changes every generation, and the
 * tiles around the soup make a sixth more rows to step than on a torus of the soup's size; yet
 * this runs at about 1.5x the speed of the bounded wasm kernel on that torus (see
 * `npm run bench -- --only tiles`): life.wat's `stepTile` is much cheaper a row than its `step`.
 * Skipping pays as a pattern settles (over twice the torus's speed from generation 4000) and
 * where it is sparse.
 */
export class TiledUniverse implements Universe {
  readonly space = { kind: "infinite" } as const;
  readonly engine = "tiles";
  private gen = 0n;
  private tiles: Tile[] = [];
  private readonly byKey = new Map<string, Tile>();
  private freeBases: number[] = [];
  private nextBase: number;
  private stale: Tile[] = [];
  /** The tiles of this generation's step records, in order (kept between generations). */
  private batch: Tile[] = [];
  /** Word offset of the step records (TileKernel.ts) and how many there is room for. */
  private list = 0;
  private listCapacity = 0;
  private readonly words: number;
  /**
   * Whether the population was asked since the last generation: the next one then counts only
   * the rows that changed in each tile stepped, from its count now (the population graph asks
   * every generation; a run that never asks counts nothing).
   */
  private counting = false;
  /** The last tile `get`/`set` used: a run of nearby cells needs no map lookup. */
  private last: Tile | null = null;

  constructor(
    readonly rule: CompiledRule,
    private readonly tileKernel: TileKernel,
  ) {
    this.words = 4 * tileKernel.rows;
    this.nextBase = tileKernel.firstFree;
  }

  get generation(): bigint {
    return this.gen;
  }

  /** The kernel stepping the tiles: wasm, bits or bytes. */
  get kernel(): string {
    return this.tileKernel.name;
  }

  /** Tile rows (the tiles are 128 wide). */
  get tileRows(): number {
    return this.tileKernel.rows;
  }

  /** Tile steps taken so far (skipped tiles not counted), for tests and benchmarks. */
  steppedTiles = 0;

  /** Tiles held now, for tests and benchmarks. */
  get tileCount(): number {
    return this.tiles.length;
  }

  population(): bigint {
    this.counting = true;
    this.refresh();
    let total = 0;
    for (const tile of this.tiles) total += this.count(tile);
    return BigInt(total);
  }

  bounds(): CellRect | null {
    this.refresh();
    return tileBounds(this.tiles, this.tileKernel.heap, this.tileKernel.rows);
  }

  get(x: number, y: number): State {
    const rows = this.tileKernel.rows;
    const tx = Math.floor(x / TILE_WIDTH);
    const ty = Math.floor(y / rows);
    const tile = this.find(tx, ty);
    if (!tile) return 0;
    const lx = x - tx * TILE_WIDTH;
    const i = tile.buffer(tile.cur) + 4 * (y - ty * rows) + (lx >> 5);
    return ((this.tileKernel.heap[i] as number) >>> (lx & 31)) & 1;
  }

  set(x: number, y: number, state: State): void {
    if (state !== 0 && state !== 1) {
      throw new RangeError(`the infinite plane holds states 0 and 1, not ${state}`);
    }
    const rows = this.tileKernel.rows;
    const tx = Math.floor(x / TILE_WIDTH);
    const ty = Math.floor(y / rows);
    let tile = this.find(tx, ty);
    if (!tile) {
      if (state === 0) return;
      tile = this.createTile(tx, ty);
      this.last = tile;
    }
    const lx = x - tx * TILE_WIDTH;
    const i = tile.buffer(tile.cur) + 4 * (y - ty * rows) + (lx >> 5);
    const { heap } = this.tileKernel;
    const bit = 1 << (lx & 31);
    heap[i] = state ? (heap[i] as number) | bit : (heap[i] as number) & ~bit;
    if (!tile.stale) {
      tile.stale = true;
      this.stale.push(tile);
    }
  }

  step(generations: bigint): void {
    if (generations < 0n) throw new RangeError(`cannot step ${generations} generations`);
    for (let i = 0n; i < generations; i++) this.stepOnce();
  }

  picture(rect: CellRect, scale: number): DensityPicture {
    this.refresh();
    return tilePicture(
      this.tiles,
      this.tileKernel.heap,
      this.tileKernel.rows,
      rect,
      scale,
      (tile) => this.count(tile),
    );
  }

  cells(rect?: CellRect): Iterable<readonly [x: number, y: number, state: State]> {
    this.refresh();
    return tileCells(this.tiles, () => this.tileKernel.heap, this.tileKernel.rows, rect);
  }

  snapshot(): UniverseSnapshot {
    this.refresh();
    const { heap } = this.tileKernel;
    const tiles = this.tiles
      .filter((tile) => tile.alive)
      .map((tile) => {
        const at = tile.buffer(tile.cur);
        return { tx: tile.tx, ty: tile.ty, words: heap.slice(at, at + this.words) };
      });
    const snapshot: TilesSnapshot = {
      engine: "tiles",
      generation: this.gen,
      population: this.population(),
      rows: this.tileKernel.rows,
      tiles,
    };
    return snapshot;
  }

  restore(snapshot: UniverseSnapshot): void {
    const saved = snapshot as Partial<TilesSnapshot>;
    if (snapshot.engine !== "tiles" || saved.rows !== this.tileKernel.rows || !saved.tiles) {
      throw new Error(`cannot restore a ${snapshot.engine} snapshot into this tiled universe`);
    }
    this.tiles = [];
    this.byKey.clear();
    this.freeBases = [];
    this.nextBase = this.tileKernel.firstFree;
    this.listCapacity = 0;
    this.batch = [];
    this.stale = [];
    this.last = null;
    for (const { tx, ty, words } of saved.tiles) {
      const tile = this.createTile(tx, ty);
      this.tileKernel.heap.set(words, tile.buffer(tile.cur));
      tile.stale = true;
      this.stale.push(tile);
    }
    this.gen = snapshot.generation;
  }

  dispose(): void {
    this.tileKernel.dispose();
    this.tiles = [];
    this.byKey.clear();
    this.batch = [];
    this.stale = [];
    this.last = null;
  }

  /**
   * One generation: decide which tiles to step and write their step records, step them all in
   * one call, then commit, grow and drop.
   */
  private stepOnce(): void {
    this.refresh();
    const { tiles, tileKernel: kernel, batch } = this;
    const rows = kernel.rows;
    const zero = kernel.zero;
    const count = tiles.length;
    const list = this.reserveList(count);
    const heap = kernel.heap;
    let stepped = 0;
    for (let i = 0; i < count; i++) {
      const tile = tiles[i] as Tile;
      const nb = tile.around;
      const n = nb[0] as Tile | null;
      const s = nb[1] as Tile | null;
      const w = nb[2] as Tile | null;
      const e = nb[3] as Tile | null;
      const nw = nb[4] as Tile | null;
      const ne = nb[5] as Tile | null;
      const sw = nb[6] as Tile | null;
      const se = nb[7] as Tile | null;
      const { cur, prev } = tile;
      // Rows [from, to) can change: those next to a row that changed, in this tile or in the
      // edge columns or rows of its neighbours.
      let from = 0;
      let to = rows;
      let any1 = tile.changed1 & ANYWHERE;
      let any2 = tile.changed2 & ANYWHERE;
      // A tile that changed from its first rows to its last (as most of a soup does) is stepped
      // whole whatever its neighbours did: they are not asked.
      if (
        any1 === 0 ||
        any2 === 0 ||
        (!tile.edited && (tile.changedFrom > 1 || tile.changedTo < rows - 2))
      ) {
        if (n) {
          any1 |= n.changed1 & N_FACING;
          any2 |= n.changed2 & N_FACING;
        }
        if (s) {
          any1 |= s.changed1 & S_FACING;
          any2 |= s.changed2 & S_FACING;
        }
        if (w) {
          any1 |= w.changed1 & W_FACING;
          any2 |= w.changed2 & W_FACING;
        }
        if (e) {
          any1 |= e.changed1 & E_FACING;
          any2 |= e.changed2 & E_FACING;
        }
        if (nw) {
          any1 |= nw.changed1 & NW_FACING;
          any2 |= nw.changed2 & NW_FACING;
        }
        if (ne) {
          any1 |= ne.changed1 & NE_FACING;
          any2 |= ne.changed2 & NE_FACING;
        }
        if (sw) {
          any1 |= sw.changed1 & SW_FACING;
          any2 |= sw.changed2 & SW_FACING;
        }
        if (se) {
          any1 |= se.changed1 & SE_FACING;
          any2 |= se.changed2 & SE_FACING;
        }
        if (any1 !== 0 && any2 !== 0 && !tile.edited) {
          let low = tile.changedTo < 0 ? rows : tile.changedFrom;
          let high = tile.changedTo;
          if (w !== null && (w.changed1 & W_FACING) !== 0) {
            low = Math.min(low, w.changedFrom);
            high = Math.max(high, w.changedTo);
          }
          if (e !== null && (e.changed1 & E_FACING) !== 0) {
            low = Math.min(low, e.changedFrom);
            high = Math.max(high, e.changedTo);
          }
          if (
            (n !== null && (n.changed1 & N_FACING) !== 0) ||
            (nw !== null && (nw.changed1 & NW_FACING) !== 0) ||
            (ne !== null && (ne.changed1 & NE_FACING) !== 0)
          ) {
            low = -1;
            high = Math.max(high, -1);
          }
          if (
            (s !== null && (s.changed1 & S_FACING) !== 0) ||
            (sw !== null && (sw.changed1 & SW_FACING) !== 0) ||
            (se !== null && (se.changed1 & SE_FACING) !== 0)
          ) {
            low = Math.min(low, rows);
            high = rows;
          }
          from = Math.max(0, low - 1);
          to = Math.max(from, Math.min(rows, high + 2));
        }
      }
      if (any1 !== 0 && any2 !== 0) {
        // Over the generation before, which only this tile reads; or, when that is this one,
        // into the other buffer.
        const next = cur !== prev ? prev : 1 - cur;
        const r = list + stepped * STEP_RECORD_WORDS;
        const a = r + STEP_AROUND;
        heap[r + STEP_C] = tile.buffer(cur);
        heap[a] = n ? n.buffer(n.cur) : zero;
        heap[a + 1] = s ? s.buffer(s.cur) : zero;
        heap[a + 2] = w ? w.buffer(w.cur) : zero;
        heap[a + 3] = e ? e.buffer(e.cur) : zero;
        heap[a + 4] = nw ? nw.buffer(nw.cur) : zero;
        heap[a + 5] = ne ? ne.buffer(ne.cur) : zero;
        heap[a + 6] = sw ? sw.buffer(sw.cur) : zero;
        heap[a + 7] = se ? se.buffer(se.cur) : zero;
        heap[r + STEP_DST] = tile.buffer(next);
        heap[r + STEP_PREV] = tile.buffer(prev);
        heap[r + STEP_FROM] = from;
        heap[r + STEP_TO] = to;
        batch[stepped++] = tile;
        tile.nextCur = next;
        tile.nextPrev = cur;
      } else if (any1 === 0) {
        // Nothing it depends on changed: the same as now.
        tile.nextCur = cur;
        tile.nextPrev = cur;
        tile.nextChanged1 = 0;
        tile.nextChanged2 = tile.changed1;
        tile.nextChangedFrom = 0;
        tile.nextChangedTo = -1;
      } else {
        // Everything it depends on is as two generations ago: the same as then.
        tile.nextCur = prev;
        tile.nextPrev = cur;
        tile.nextChanged1 = tile.changed1;
        tile.nextChanged2 = 0;
        tile.nextChangedFrom = tile.changedFrom;
        tile.nextChangedTo = tile.changedTo;
      }
    }
    kernel.stepMany(list, stepped);
    const counting = this.counting;
    this.counting = false;
    this.steppedTiles += stepped;
    for (let i = 0; i < stepped; i++) {
      const tile = batch[i] as Tile;
      const r = list + i * STEP_RECORD_WORDS;
      const next = tile.nextCur;
      const changed1 = heap[r + STEP_CHANGED1] as number;
      const changed2 = heap[r + STEP_CHANGED2] as number;
      // The population is known without counting when the cells are as now, or as in the
      // buffer written over (the generation before, unless an edit made it no history); while
      // populations are asked every generation, it follows from the rows that changed.
      const before = tile.populations[tile.cur] as number;
      if (changed1 === 0) tile.populations[next] = before;
      else if (changed2 !== 0 || tile.edited || next !== tile.prev) {
        const first = heap[r + STEP_FIRST_CHANGED] as number;
        const rows = (heap[r + STEP_LAST_CHANGED] as number) - first + 1;
        // Two counts of the rows that changed, or one of the whole tile when that is less.
        tile.populations[next] = !counting
          ? -1
          : before >= 0 && first >= 0 && 2 * rows < kernel.rows
            ? before +
              kernel.count(tile.buffer(next) + 4 * first, rows) -
              kernel.count(tile.buffer(tile.cur) + 4 * first, rows)
            : kernel.count(tile.buffer(next));
      }
      tile.occupied[next] = heap[r + STEP_OCCUPIED] as number;
      tile.nextChanged1 = changed1;
      tile.nextChanged2 = tile.edited ? EVERYWHERE : changed2;
      tile.nextChangedFrom = heap[r + STEP_FIRST_CHANGED] as number;
      tile.nextChangedTo = heap[r + STEP_LAST_CHANGED] as number;
    }
    for (let i = 0; i < count; i++) {
      const tile = tiles[i] as Tile;
      tile.cur = tile.nextCur;
      tile.prev = tile.nextPrev;
      tile.changed1 = tile.nextChanged1;
      tile.changed2 = tile.nextChanged2;
      tile.changedFrom = tile.nextChangedFrom;
      tile.changedTo = tile.nextChangedTo;
      tile.edited = false;
      this.grow(tile);
    }
    for (let i = this.tiles.length - 1; i >= 0; i--) {
      const tile = this.tiles[i] as Tile;
      if (!tile.alive && (tile.changed1 | tile.changed2) === 0 && !this.needed(tile)) {
        this.dropTile(tile);
      }
    }
    this.gen++;
  }

  /**
   * The word offset of room for `count` step records, made anew (twice what is needed, past
   * the tile buffers) when there is too little: the old room is left unused.
   */
  private reserveList(count: number): number {
    if (count > this.listCapacity) {
      this.listCapacity = 2 * count;
      this.list = this.nextBase;
      this.nextBase += this.listCapacity * STEP_RECORD_WORDS;
      this.tileKernel.reserve(this.nextBase);
    }
    return this.list;
  }

  /**
   * Makes the missing neighbours a cell may be born into: those beyond an edge that changed in
   * the last generation, live or not (a death on the edge can bring an absent neighbour's cell
   * to three live neighbours, the others unchanged), and beyond a live edge that differs from
   * two generations ago.
   */
  private grow(tile: Tile): void {
    const edges = bornInto(tile) & tile.missing;
    if (edges === 0) return;
    for (let d = 0; d < 8; d++) {
      if ((edges & edgeBit(d)) === 0 || tile.around[d]) continue;
      const [dx, dy] = DIRECTIONS[d] as readonly [number, number];
      this.createTile(tile.tx + dx, tile.ty + dy);
    }
  }

  /**
   * Whether a neighbour's edge shared with `tile` may bring a birth into it (see bornInto). Asked only of tiles that may be dropped, rather than marked
   * by every tile every generation.
   */
  private needed(tile: Tile): boolean {
    for (let d = 0; d < 8; d++) {
      const neighbour = tile.around[d];
      if (neighbour && (bornInto(neighbour) & edgeBit(OPPOSITE[d] as number)) !== 0) {
        return true;
      }
    }
    return false;
  }

  /** Counts the tiles set by hand and takes them to have changed everywhere. */
  private refresh(): void {
    if (this.stale.length === 0) return;
    const { tileKernel: kernel } = this;
    for (const tile of this.stale) {
      const at = tile.buffer(tile.cur);
      tile.populations[tile.cur] = countTile(kernel.heap, at, kernel.rows);
      tile.occupied[tile.cur] = edgeBitsOfDifference(
        kernel.heap,
        at,
        kernel.heap,
        kernel.zero,
        kernel.rows,
      );
      tile.changed1 = EVERYWHERE;
      tile.changed2 = EVERYWHERE;
      tile.changedFrom = 0;
      tile.changedTo = kernel.rows - 1;
      tile.edited = true;
      tile.stale = false;
    }
    const edited = this.stale;
    this.stale = [];
    for (const tile of edited) if (this.byKey.has(tile.key)) this.grow(tile);
  }

  /** The live cells of `tile` now, counted once. */
  private count(tile: Tile): number {
    let population = tile.populations[tile.cur] as number;
    if (population < 0) {
      population = this.tileKernel.count(tile.buffer(tile.cur));
      tile.populations[tile.cur] = population;
    }
    return population;
  }

  private find(tx: number, ty: number): Tile | null {
    const last = this.last;
    if (last && last.tx === tx && last.ty === ty) return last;
    const tile = this.byKey.get(tileKey(tx, ty)) ?? null;
    if (tile) this.last = tile;
    return tile;
  }

  /** A new empty tile, linked to its neighbours; both generations are its first, empty buffer. */
  private createTile(tx: number, ty: number): Tile {
    const { tileKernel: kernel, words } = this;
    let base = this.freeBases.pop();
    if (base === undefined) {
      base = this.nextBase;
      this.nextBase += 2 * words;
      kernel.reserve(this.nextBase);
    }
    kernel.heap.fill(0, base, base + words);
    const key = tileKey(tx, ty);
    const tile = new Tile(tx, ty, key, base, words);
    for (let d = 0; d < 8; d++) {
      const [dx, dy] = DIRECTIONS[d] as readonly [number, number];
      const neighbour = this.byKey.get(tileKey(tx + dx, ty + dy));
      if (neighbour) {
        tile.around[d] = neighbour;
        tile.missing &= ~edgeBit(d);
        neighbour.around[OPPOSITE[d] as number] = tile;
        neighbour.missing &= ~edgeBit(OPPOSITE[d] as number);
      }
    }
    tile.index = this.tiles.length;
    this.tiles.push(tile);
    this.byKey.set(key, tile);
    return tile;
  }

  private dropTile(tile: Tile): void {
    for (let d = 0; d < 8; d++) {
      const neighbour = tile.around[d];
      if (neighbour) {
        neighbour.around[OPPOSITE[d] as number] = null;
        neighbour.missing |= edgeBit(OPPOSITE[d] as number);
      }
    }
    const moved = this.tiles.pop() as Tile;
    if (moved !== tile) {
      moved.index = tile.index;
      this.tiles[tile.index] = moved;
    }
    this.byKey.delete(tile.key);
    this.freeBases.push(tile.base);
    if (this.last === tile) this.last = null;
  }
}

/**
 * The edges (and corners) of a tile beyond which a cell may be born next generation: those that
 * changed in the last generation, live or not, and the live ones that differ from two
 * generations ago.
 */
function bornInto(tile: Tile): number {
  return (tile.changed1 | ((tile.occupied[tile.cur] as number) & tile.changed2)) & EDGES;
}
