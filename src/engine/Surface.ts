/**
 * How a bounded grid joins its edges, after Golly's bounded grids (Help: Bounded Grids):
 *  - `torus`: opposite edges joined (the seed's "infinite looping space");
 *  - `plane`: nothing beyond the edges, which read as empty;
 *  - `klein`: a Klein bottle, one pair of opposite edges joined reversed (`twist`);
 *  - `cross`: a cross-surface (real projective plane), both pairs joined reversed;
 *  - `sphere`: a square whose top edge joins its left edge and right edge its bottom edge.
 */
export type Topology = "torus" | "plane" | "klein" | "cross" | "sphere";

/**
 * A pair of opposite edges: `horizontal` the top and bottom edges (Golly writes their twist or
 * shift after the width, `:K40*,20`, `:T30+5,20`), `vertical` the left and right ones (after
 * the height, `:K40,20*`, `:T30,20+5`).
 */
export type EdgePair = "horizontal" | "vertical";

/**
 * A slide along a pair of joined edges, as Golly's `:T30+5,20` (horizontal edges, by 5) does:
 * the row above the top edge is the bottom row moved `by` cells right, the row below the bottom
 * edge the top row moved `by` cells left (for `vertical` edges, the column left of the left edge
 * is the right column moved `by` cells down, the column right of the right edge the left column
 * moved up). On a Klein bottle Golly allows only a shift of the twisted edges by 1, and only
 * when they are an even number of cells long.
 */
export interface Shift {
  readonly edges: EdgePair;
  /** Non-zero, less than the edges' length either way (Golly keeps the sign it was given). */
  readonly by: number;
}

/** A topology with the twist and shift that Golly allows on it. */
export interface Surface {
  readonly topology: Topology;
  /** A Klein bottle's reversed edges (required on one, absent elsewhere). */
  readonly twist?: EdgePair | undefined;
  /** A torus's shift, or a Klein bottle's shift by 1 of its twisted edges. */
  readonly shift?: Shift | undefined;
}

/** A surface of one of the two topologies that need no twist or shift. */
export function surfaceOf(surface: Topology | Surface): Surface {
  return typeof surface === "string" ? { topology: surface } : surface;
}

/**
 * Why a `width` x `height` grid cannot have this surface (Golly's rules: a twist on a Klein
 * bottle alone, a shift on a torus or on a Klein bottle's twisted, even-length edges by 1, a
 * square sphere), or null when it can.
 */
export function surfaceProblem(surface: Surface, width: number, height: number): string | null {
  const { topology, twist, shift } = surface;
  if (topology === "klein" && twist === undefined) return "a Klein bottle needs a twisted pair";
  if (topology !== "klein" && twist !== undefined) return `a ${topology} has no twist`;
  if (topology === "sphere" && width !== height) {
    return `a sphere is square, not ${width}x${height}`;
  }
  if (shift === undefined) return null;
  const side = shift.edges === "horizontal" ? width : height;
  if (topology === "torus") {
    return Number.isInteger(shift.by) && shift.by !== 0 && Math.abs(shift.by) < side
      ? null
      : `a torus's shift must be a non-zero whole number of cells under ${side}, not ${shift.by}`;
  }
  if (topology === "klein") {
    if (shift.edges !== twist) return "a Klein bottle shifts its twisted edges only";
    if (shift.by !== 1) return `a Klein bottle shifts by 1, not ${shift.by}`;
    return side % 2 === 0 ? null : `a Klein bottle shifts even edges only, not ${side} long`;
  }
  return `a ${topology} has no shift`;
}

/** Whether two surfaces join their edges the same way. */
export function sameSurface(a: Surface, b: Surface): boolean {
  return (
    a.topology === b.topology &&
    a.twist === b.twist &&
    a.shift?.edges === b.shift?.edges &&
    a.shift?.by === b.shift?.by
  );
}

/**
 * Golly's tube or strip (`:T0,20`, `:P30,0`, Help: Bounded Grids): infinite along `axis`, where
 * coordinates are signed as on the infinite plane, and `size` cells (0 to size - 1) across the
 * other axis, whose two edges are joined (`torus`: a tube) or have nothing beyond (`plane`: a
 * strip). Golly allows a zero side on a torus or a plane only, and no shift with one.
 */
export interface Tube {
  readonly topology: "torus" | "plane";
  /** The infinite axis: "x" for Golly's `:T0,20` (infinite width), "y" for `:T30,0`. */
  readonly axis: "x" | "y";
  /** The cells across the bounded axis, 1 to MAX_GRID_SIDE. */
  readonly size: number;
}

/** What a tube or strip is called in words: "tube 20 high", "strip 30 wide". */
export function describeTube(tube: Tube): string {
  const name = tube.topology === "torus" ? "tube" : "strip";
  return `${name} ${tube.size} ${tube.axis === "x" ? "high" : "wide"}`;
}
