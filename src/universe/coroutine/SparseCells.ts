import type { CellRect, State } from "../Universe.ts";

/**
 * The non-empty cells of an unbounded plane, row by row: a map from row to a map from column
 * to state. Empty cells are absent. Small and exact; the engines that need speed keep their
 * own structures.
 */
export class SparseCells {
  readonly rows = new Map<number, Map<number, State>>();
  size = 0;

  get(x: number, y: number): State {
    return this.rows.get(y)?.get(x) ?? 0;
  }

  set(x: number, y: number, state: State): void {
    let row = this.rows.get(y);
    if (state === 0) {
      if (row?.delete(x)) {
        this.size--;
        if (row.size === 0) this.rows.delete(y);
      }
      return;
    }
    if (!row) {
      row = new Map();
      this.rows.set(y, row);
    }
    if (!row.has(x)) this.size++;
    row.set(x, state);
  }

  bounds(): CellRect | null {
    if (this.size === 0) return null;
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (const [y, row] of this.rows) {
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (const x of row.keys()) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
      }
    }
    return { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
  }

  /** The non-empty cells in `rect` (all without it), sorted by row, then column. */
  *cells(rect?: CellRect): Generator<readonly [number, number, State]> {
    const ys = [...this.rows.keys()].sort((a, b) => a - b);
    for (const y of ys) {
      if (rect && (y < rect.y || y >= rect.y + rect.height)) continue;
      const row = this.rows.get(y) as Map<number, State>;
      const xs = [...row.keys()].sort((a, b) => a - b);
      for (const x of xs) {
        if (rect && (x < rect.x || x >= rect.x + rect.width)) continue;
        yield [x, y, row.get(x) as State];
      }
    }
  }

  clone(): SparseCells {
    const copy = new SparseCells();
    for (const [y, row] of this.rows) copy.rows.set(y, new Map(row));
    copy.size = this.size;
    return copy;
  }
}
