/**
 * The longest side of a grid: 16384 cells. Every way into the app (share links, query
 * parameters, pattern files, rule suffixes, the autosave, the store) refuses a longer side
 * before it allocates anything, so a 268435456 x 1 box cannot slip under the area limit.
 */
export const MAX_GRID_SIDE = 16384;

/** The most cells a grid holds: MAX_GRID_SIDE squared, 2^28 (256 MiB at a byte per cell). */
export const MAX_GRID_AREA = MAX_GRID_SIDE * MAX_GRID_SIDE;

/** Whether a `width` x `height` box fits the grid's limit on each side. */
export function fitsGridSides(width: number, height: number): boolean {
  return width <= MAX_GRID_SIDE && height <= MAX_GRID_SIDE;
}
