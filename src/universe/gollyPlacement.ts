/**
 * Where Golly puts a pattern read into a bounded grid, along one axis, as a column (or row)
 * of the grid. Golly's origin is the grid's middle cell (the grid spans -floor(side/2)
 * onwards): a file that says where its pattern is (`#CXRLE Pos`, `at`) is put there; else the
 * pattern's middle cell goes on the origin (its top-left at -floor(size/2)), or its top-left on
 * the grid's first cell when it does not fit. The place matters: on a plane the edges are that
 * far away, and on a Klein bottle, a cross-surface or a sphere the edges are joined with a twist.
 */
export function gollyPlacement(gridSide: number, patternSide: number, at?: number): number {
  const origin = Math.floor(gridSide / 2);
  if (at !== undefined) return origin + at;
  if (patternSide > gridSide) return 0;
  return origin - Math.floor(patternSide / 2);
}
