import type { Surface } from "./Surface.ts";

/**
 * The row-major index of the cell that (x, y) stands for on a `width` x `height` grid with this
 * surface, or -1 beyond a plane's edge: the environment's answer to a query beyond the edges.
 * Within a cell of the edges it is the cell Golly copies into its border before each step
 * (lifealgo.cpp: JoinEdges, JoinShiftedEdges, JoinTwistedEdges, JoinTwistedAndShiftedEdges,
 * JoinAdjacentEdges), corners included. Farther out (the reach of a Larger than Life rule),
 * the edges are crossed again as often as it takes: each surface but the plane is the grid
 * repeated over the whole plane by translations, reflections (twists) or quarter turns
 * (the sphere), so every point has exactly one cell.
 */
export function foldOntoGrid(
  surface: Surface,
  width: number,
  height: number,
  y: number,
  x: number,
): number {
  const { topology, twist, shift } = surface;
  if (x >= 0 && x < width && y >= 0 && y < height) return y * width + x;
  switch (topology) {
    case "plane":
      return -1;
    case "sphere":
      return foldOntoSphere(width, y, x);
    case "cross": {
      // The top and bottom edges join reversed, then the left and right ones.
      const down = Math.floor(y / height);
      y -= down * height;
      if (down % 2 !== 0) x = width - 1 - x;
      const right = Math.floor(x / width);
      x -= right * width;
      if (right % 2 !== 0) y = height - 1 - y;
      return y * width + x;
    }
    case "klein": {
      const by = shift ? shift.by : 0;
      if (twist === "horizontal") {
        const down = Math.floor(y / height);
        y -= down * height;
        if (down % 2 !== 0) x = width - 1 - by - x;
        return y * width + modulo(x, width);
      }
      const right = Math.floor(x / width);
      x -= right * width;
      if (right % 2 !== 0) y = height - 1 - by - y;
      return modulo(y, height) * width + x;
    }
    case "torus": {
      if (shift?.edges === "vertical") {
        const right = Math.floor(x / width);
        return modulo(y + right * shift.by, height) * width + (x - right * width);
      }
      const down = Math.floor(y / height);
      const by = shift ? shift.by : 0;
      return (y - down * height) * width + modulo(x + down * by, width);
    }
  }
}

/**
 * On Golly's sphere the top-left and bottom-right corners are quarter-turn centres: the row
 * above the grid is its left column turned, the column left of it its top row, and the same at
 * the bottom right. The turns repeat the grid in 2n x 2n blocks of four: the grid, a quarter
 * turn of it on either side, and a half turn diagonally.
 */
function foldOntoSphere(side: number, y: number, x: number): number {
  const period = 2 * side;
  x = modulo(x, period);
  y = modulo(y, period);
  const far = period - 1;
  if (x < side && y < side) return y * side + x;
  if (x >= side && y >= side) return (far - y) * side + (far - x);
  // Right of the grid: the bottom row, read along; below it: the right column.
  if (x >= side) return (far - x) * side + y;
  return x * side + (far - y);
}

/** `value` modulo `by` in [0, by) (`%` keeps the dividend's sign, and -0). */
function modulo(value: number, by: number): number {
  return ((value % by) + by) % by;
}
