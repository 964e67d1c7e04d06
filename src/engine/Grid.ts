import { foldOntoGrid } from "./foldOntoGrid.ts";
import { fitsGridSides, MAX_GRID_SIDE } from "./gridLimits.ts";
import { ALIVE, type CellState, EMPTY } from "./protocol.ts";
import { type Surface, surfaceOf, surfaceProblem, type Topology } from "./Surface.ts";

// Also here for the modules that have long imported the limits from the Grid.
export { MAX_GRID_AREA, MAX_GRID_SIDE } from "./gridLimits.ts";

export type { EdgePair, Shift, Surface, Topology } from "./Surface.ts";

/**
 * A height x width grid of cell states, one byte per cell, row-major.
 * `query` and `assign` take any integer coordinates and apply the topology: a torus wraps them
 * around (the seed's "infinite looping space"), a bounded plane reads them as empty and ignores
 * writes to them, and Golly's other surfaces join the edges with their twists, shifts or turns
 * (`foldOntoGrid`). A bounded grid's edges are the environment's answer to queries beyond them.
 */
export class Grid {
  readonly cells: Uint8Array;
  readonly topology: Topology;
  /** The surface the grid was made with: its topology, twist and shift. */
  readonly surface: Surface;

  constructor(
    readonly height: number,
    readonly width: number,
    surface: Topology | Surface = "torus",
    cells?: Uint8Array,
  ) {
    assertGridSize(height, width);
    this.surface = surfaceOf(surface);
    this.topology = this.surface.topology;
    const problem = surfaceProblem(this.surface, width, height);
    if (problem !== null) throw new RangeError(`grid of ${width}x${height}: ${problem}`);
    if (cells && cells.length !== height * width) {
      throw new RangeError(
        `grid of ${width}x${height} needs ${height * width} cells, got ${cells.length}`,
      );
    }
    this.cells = cells ?? new Uint8Array(height * width);
  }

  /**
   * The state at (y, x) under this grid's topology. The interpreters ask this for every
   * neighbour of every cell, so the inside of the grid is answered here in a few instructions
   * (small enough for the JIT to inline into them) and the edges in `queryOutside`.
   */
  query(y: number, x: number): CellState {
    const { height, width } = this;
    return y >= 0 && y < height && x >= 0 && x < width
      ? (this.cells[y * width + x] as CellState)
      : this.queryOutside(y, x);
  }

  private queryOutside(y: number, x: number): CellState {
    const at = foldOntoGrid(this.surface, this.width, this.height, y, x);
    return at < 0 ? EMPTY : (this.cells[at] as CellState);
  }

  /**
   * Sets the state at (y, x), folded onto the grid as `query` reads it; on a plane, writes
   * outside the grid fall off the edge.
   */
  assign(y: number, x: number, state: CellState): void {
    const at = foldOntoGrid(this.surface, this.width, this.height, y, x);
    if (at >= 0) this.cells[at] = state;
  }

  /** The number of live cells. */
  population(): number {
    let count = 0;
    for (const cell of this.cells) count += cell;
    return count;
  }

  /** An empty grid of the same size and topology. */
  emptyLike(): Grid {
    return new Grid(this.height, this.width, this.surface);
  }

  clone(): Grid {
    return new Grid(this.height, this.width, this.surface, this.cells.slice());
  }

  /** Rows of `*` (alive) and `-` (empty), as the seed prints a grid. */
  toString(): string {
    const rows: string[] = [];
    for (let y = 0; y < this.height; y++) {
      let row = "";
      for (let x = 0; x < this.width; x++) {
        row += this.cells[y * this.width + x] === ALIVE ? "*" : "-";
      }
      rows.push(row);
    }
    return rows.join("\n");
  }
}

/** Throws a RangeError naming the problem when a grid of this size cannot be made. */
export function assertGridSize(height: number, width: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`grid size must be positive whole numbers, got ${width}x${height}`);
  }
  if (!fitsGridSides(width, height)) {
    throw new RangeError(
      `grid of ${width}x${height} is over the limit of ${MAX_GRID_SIDE} cells a side`,
    );
  }
}
