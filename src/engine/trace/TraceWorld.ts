import { foldOntoGrid } from "../foldOntoGrid.ts";
import type { CellState } from "../protocol.ts";
import type { Surface, Tube } from "../Surface.ts";

/** A cell of the grid, in the protocol's (y, x) order. */
export interface CellAt {
  readonly y: number;
  readonly x: number;
}

/**
 * The environment a traced cell asks: which cell answers a query at (y, x), and its state.
 * On a bounded grid that is where the surface joins its edges (`foldOntoGrid`, as `Grid.query`
 * answers the interpreter), or nothing beyond a plane's edge; on the infinite plane, the cell
 * itself.
 */
export interface TraceWorld {
  /** The cell that answers a query at (y, x), or null beyond a plane's edge (empty). */
  locate(y: number, x: number): CellAt | null;
  /** The state of a cell `locate` gave. */
  stateAt(cell: CellAt): CellState;
}

/**
 * A bounded `width` x `height` grid with `surface`, whose cells `read` gives (only the ones a
 * trace asks need be known: the rest of a big grid stays in the universe worker).
 */
export function gridWorld(
  surface: Surface,
  width: number,
  height: number,
  read: (y: number, x: number) => CellState,
): TraceWorld {
  return {
    locate(y, x) {
      const at = foldOntoGrid(surface, width, height, y, x);
      return at < 0 ? null : { y: Math.floor(at / width), x: at % width };
    },
    stateAt: (cell) => read(cell.y, cell.x),
  };
}

/**
 * A tube or strip (`tube`): along its infinite axis every cell answers for itself; across, a
 * tube's edges join and a strip has nothing beyond them.
 */
export function tubeWorld(tube: Tube, read: (y: number, x: number) => CellState): TraceWorld {
  const across = (at: number): number | null =>
    tube.topology === "torus"
      ? ((at % tube.size) + tube.size) % tube.size
      : at >= 0 && at < tube.size
        ? at
        : null;
  return {
    locate(y, x) {
      if (tube.axis === "x") {
        const row = across(y);
        return row === null ? null : { y: row, x };
      }
      const column = across(x);
      return column === null ? null : { y, x: column };
    },
    stateAt: (cell) => read(cell.y, cell.x),
  };
}

/** The infinite plane: every cell answers for itself. */
export function planeWorld(read: (y: number, x: number) => CellState): TraceWorld {
  return { locate: (y, x) => ({ y, x }), stateAt: (cell) => read(cell.y, cell.x) };
}

/** A bounded grid's size and surface, as a trace of it needs them. */
export interface GridBounds {
  readonly surface: Surface;
  readonly width: number;
  readonly height: number;
}

/** Where a traced world's cells lie: a bounded grid, or a tube or strip (which has an `axis`). */
export type TraceBounds = GridBounds | Tube;

/**
 * The world of a bounded grid or a tube (`bounds`) or, when null, the infinite plane, whose non-empty
 * cells known are `cells` (x, y pairs, as the universe worker's `cells` gives them) with their
 * `states`; every other cell answers 0. What a trace reads when the world is elsewhere.
 */
export function knownCellsWorld(
  bounds: TraceBounds | null,
  cells: ArrayLike<number>,
  states: ArrayLike<number>,
): TraceWorld {
  const known = new Map<string, CellState>();
  for (let i = 0; i + 1 < cells.length; i += 2) {
    known.set(`${cells[i + 1]},${cells[i]}`, states[i / 2] as number);
  }
  const read = (y: number, x: number) => known.get(`${y},${x}`) ?? 0;
  if (bounds === null) return planeWorld(read);
  if ("axis" in bounds) return tubeWorld(bounds, read);
  return gridWorld(bounds.surface, bounds.width, bounds.height, read);
}
