import { foldOntoGrid } from "../foldOntoGrid.ts";
import type { CellState } from "../protocol.ts";
import type { Surface } from "../Surface.ts";

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

/** The infinite plane: every cell answers for itself. */
export function planeWorld(read: (y: number, x: number) => CellState): TraceWorld {
  return { locate: (y, x) => ({ y, x }), stateAt: (cell) => read(cell.y, cell.x) };
}
