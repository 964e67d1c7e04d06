import type { Topology } from "../../engine/index.ts";
import type { CellBox } from "../../view/Viewport.ts";

/** A bigger grid for a block, and how far the old cells (and the block) move on it. */
export interface Growth {
  readonly width: number;
  readonly height: number;
  /** Where the old grid's top-left cell lands on the new one: the old grid centred in it. */
  readonly dx: number;
  readonly dy: number;
}

/**
 * The grid a block placed at `box` needs so that none of its cells is lost or folded: null when
 * the grid already holds it, a Growth, or a message when it would need a side over `maxSide`.
 * A grid whose edges join (a torus, Klein bottle, cross-surface or sphere) grows only when the
 * block is wider or taller than it (a smaller block across an edge wraps whole); a plane grows
 * whenever the block hangs over an edge. A sphere stays square. The grid grows on both
 * sides alike, by at least `margin` beyond what the block needs (less where `maxSide` stops
 * it), so the old cells stay centred (as a resize puts them) and the block keeps
 * its place beside them.
 */
export function growToHold(
  grid: { readonly width: number; readonly height: number; readonly topology: Topology },
  box: CellBox,
  margin: number,
  maxSide: number,
): Growth | null | string {
  const side = (size: number, start: number, length: number): number | string => {
    if (length > maxSide) {
      return `The ${box.width}x${box.height} pattern is too big: grid sides are limited to ${maxSide} cells`;
    }
    if (grid.topology !== "plane") {
      return length <= size ? size : Math.min(maxSide, Math.max(size, length + 2 * margin));
    }
    // The old grid grows by `2 * need` at least, so that the block fits on either side.
    const need = Math.max(0, -start, start + length - size);
    if (need === 0) return size;
    if (size + 2 * need > maxSide) {
      return `There is no room to put the ${box.width}x${box.height} pattern there: grid sides are limited to ${maxSide} cells`;
    }
    return Math.min(maxSide, size + 2 * (need + margin));
  };
  const width = side(grid.width, box.x, box.width);
  if (typeof width === "string") return width;
  const height = side(grid.height, box.y, box.height);
  if (typeof height === "string") return height;
  if (width === grid.width && height === grid.height) return null;
  return {
    width,
    height,
    dx: Math.floor((width - grid.width) / 2),
    dy: Math.floor((height - grid.height) / 2),
  };
}
