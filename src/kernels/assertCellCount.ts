/** Throws a RangeError unless `cells` holds exactly one byte per cell of a width x height grid. */
export function assertCellCount(cells: Uint8Array, width: number, height: number): void {
  if (cells.length !== width * height) {
    throw new RangeError(
      `grid of ${width}x${height} needs ${width * height} cells, got ${cells.length}`,
    );
  }
}
