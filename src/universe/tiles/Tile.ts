import { EDGES } from "./tileEdges.ts";

/**
 * One tile of the infinite plane: cells [128 tx, 128 tx + 128) x [rows ty, rows ty + rows).
 *
 * It owns two buffers in the kernel's heap and names which of them hold the current generation
 * and the one before (`cur`, `prev`: 0 or 1, see `buffer`). They may name the same buffer: a
 * skipped tile's generations are equal and are not copied. The next generation is written over
 * the one before (the kernel compares each row with it before overwriting it), or into the other
 * buffer when both name one; never into `cur`, which neighbours stepped in the same pass read.
 *
 * `changed1` / `changed2` are the edge bits (tileEdges.ts) of the cells that changed between
 * the current generation and the one before / the one before that: the tiled stepper's
 * evidence for skipping a tile and its neighbours.
 */
export class Tile {
  /** Position in the universe's list of tiles. */
  index = 0;
  cur = 0;
  prev = 0;
  /** The live cells of each buffer; -1 until counted (see `TileKernel.count`). */
  readonly populations = [0, 0];
  /** Edge bits of each buffer's live cells. */
  readonly occupied = [0, 0];
  changed1 = 0;
  changed2 = 0;
  /** The first and last rows in which `cur` differs from `prev`; changedTo is -1 when none. */
  changedFrom = 0;
  changedTo = -1;
  /** A cell was set by hand: `prev` may share the changed buffer, so is not history. */
  edited = false;
  /** Set by hand since the population and edges of `cur` were last counted. */
  stale = false;
  /** The edge bits (tileEdges.ts) of the directions in which there is no tile. */
  missing = EDGES;
  /** The neighbours in the order of `DIRECTIONS`; null where there is no tile (all empty). */
  readonly around: (Tile | null)[] = [null, null, null, null, null, null, null, null];
  // What the current pass decided; applied once every tile has been stepped.
  nextCur = 0;
  nextPrev = 0;
  nextChanged1 = 0;
  nextChanged2 = 0;
  nextChangedFrom = 0;
  nextChangedTo = -1;

  constructor(
    readonly tx: number,
    readonly ty: number,
    readonly key: string,
    /** Word offset of the first of the two buffers, which follow each other. */
    readonly base: number,
    readonly words: number,
  ) {}

  /** Word offset of buffer i. */
  buffer(i: number): number {
    return this.base + i * this.words;
  }

  /** Whether the current generation has a live cell. */
  get alive(): boolean {
    return ((this.occupied[this.cur] as number) & 1) !== 0;
  }
}

/** The key of tile (tx, ty) in the universe's map. */
export function tileKey(tx: number, ty: number): string {
  return `${tx},${ty}`;
}
