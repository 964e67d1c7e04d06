/** Rows [from, to) of a grid. */
export interface RowRange {
  readonly from: number;
  readonly to: number;
}

/**
 * Splits `height` rows into at most `parts` bands of consecutive rows, as even as can be (sizes
 * differ by one at most, the larger ones first). Never an empty band: with more parts than rows
 * there is one band per row.
 */
export function splitRows(height: number, parts: number): RowRange[] {
  const count = Math.max(1, Math.min(Math.floor(parts), height));
  const base = Math.floor(height / count);
  const extra = height % count;
  const bands: RowRange[] = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    const to = from + base + (i < extra ? 1 : 0);
    bands.push({ from, to });
    from = to;
  }
  return bands;
}
