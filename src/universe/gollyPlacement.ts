/**
 * Where Golly puts a pattern read into a bounded grid, along one axis: its middle cell at the
 * grid's middle cell (Golly's origin, with the grid spanning -floor(side/2) onwards and the
 * pattern's top-left at -floor(size/2)), or at the grid's first cell when it does not fit.
 * The place matters: on a plane the edges are that far away, and on a Klein bottle, a
 * cross-surface or a sphere the edges are joined with a twist.
 */
export function gollyPlacement(gridSide: number, patternSide: number): number {
  if (patternSide > gridSide) return 0;
  return Math.floor(gridSide / 2) - Math.floor(patternSide / 2);
}
