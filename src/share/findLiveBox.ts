/** The smallest box holding every live cell; `right` and `bottom` are exclusive. */
export interface LiveBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The bounding box of the non-zero cells of a row-major grid, or undefined if none is alive. */
export function findLiveBox(cells: Uint8Array, width: number, height: number): LiveBox | undefined {
  let left = width;
  let right = 0;
  let top = -1;
  let bottom = 0;
  for (let y = 0; y < height; y++) {
    const start = y * width;
    let first = 0;
    while (first < width && cells[start + first] === 0) first++;
    if (first === width) continue;
    let last = width - 1;
    while (cells[start + last] === 0) last--;
    if (top < 0) top = y;
    bottom = y + 1;
    left = Math.min(left, first);
    right = Math.max(right, last + 1);
  }
  return top < 0 ? undefined : { left, top, right, bottom };
}
