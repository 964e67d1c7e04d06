/**
 * Horizontal runs of live cells, collected while a file is read so that dead cells cost nothing
 * and the dense cell array is allocated once, when the final box is known.
 */
export class LiveRuns {
  // (x, y, length) triples; the area limit keeps every value below 2^28.
  private data = new Int32Array(3 * 64);
  private used = 0;

  /** Records `length` live cells starting at column `x` of row `y`. */
  add(x: number, y: number, length: number): void {
    if (this.used + 3 > this.data.length) this.grow();
    this.data[this.used] = x;
    this.data[this.used + 1] = y;
    this.data[this.used + 2] = length;
    this.used += 3;
  }

  /** Sets every recorded cell to 1 in row-major `cells` of the given width. */
  paint(cells: Uint8Array, width: number): void {
    const data = this.data;
    for (let i = 0; i < this.used; i += 3) {
      const start = (data[i + 1] ?? 0) * width + (data[i] ?? 0);
      cells.fill(1, start, start + (data[i + 2] ?? 0));
    }
  }

  private grow(): void {
    const grown = new Int32Array(this.data.length * 2);
    grown.set(this.data);
    this.data = grown;
  }
}
