import type { Topology } from "../../engine/Grid.ts";
import type { StateStepper } from "../StateStepper.ts";
import type { StateTable } from "./CompiledStates.ts";
import { padBlocks } from "./padBlocks.ts";

/** Every neighbour of the Moore neighbourhood, as `StateTable.cells` names it. */
const MOORE = 0b111_101_111;

/**
 * The byte kernel of a multi-state table (`StateTable`: LifeHistory, or any Generations rule):
 * a byte a cell, and for each cell one lookup by its state, its live neighbours and the marks
 * among them. Each step first writes every cell's class (live bit and marks) into a padded
 * grid, so no loop needs an edge test. Along a row the live block slides: each column's three
 * live bits are packed once, and the table is reordered column by column (`byColumns`) so the
 * next cell's block is the last one shifted by a column plus the new column. The marks of a
 * Moore neighbourhood slide the same way, as an OR over columns (the centre's own left out);
 * other neighbourhoods with marks take the plain loop over each neighbour.
 */
export class TableStateStepper implements StateStepper {
  readonly kind = "states-table";
  private current: Uint8Array;
  private next: Uint8Array;
  private readonly live: Uint8Array;
  private readonly marks: Uint8Array;
  /** The table with the block's bits in column order: bit 3 * column + row, row 0 the top. */
  private readonly byColumns: Uint8Array;
  private readonly columns: Int32Array;
  /** Per state: 1 when live, plus its mark shifted up a bit; and the padded grid of them. */
  private readonly classOf: Uint8Array;
  private readonly classes: Uint8Array;
  private readonly columnMarks: Int32Array;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly topology: Topology,
    private readonly rule: StateTable,
  ) {
    this.current = new Uint8Array(width * height);
    this.next = new Uint8Array(width * height);
    this.live = new Uint8Array((width + 2) * (height + 2));
    this.marks = rule.markBits > 0 ? new Uint8Array(this.live.length) : this.live;
    this.byColumns = new Uint8Array(rule.table.length);
    for (let base = 0; base < rule.table.length; base += 512) {
      for (let index = 0; index < 512; index++) {
        let rowOrder = 0;
        for (let bit = 0; bit < 9; bit++) {
          if ((index >> bit) & 1) rowOrder |= 1 << (3 * (bit % 3) + Math.floor(bit / 3));
        }
        this.byColumns[base + index] = rule.table[base + (rowOrder & ~(1 << 4))] as number;
      }
    }
    this.columns = new Int32Array(width + 2);
    this.classOf = rule.live.map((live, state) => live | ((rule.mark[state] as number) << 1));
    this.classes = new Uint8Array((width + 2) * (height + 2));
    this.columnMarks = new Int32Array(width + 2);
  }

  cells(): Uint8Array {
    return this.current;
  }

  setCells(cells: Uint8Array): void {
    this.current.set(cells);
  }

  setCell(y: number, x: number, state: number): void {
    this.current[y * this.width + x] = state;
  }

  step(): void {
    if (this.rule.markBits > 0 && this.rule.cells !== MOORE) {
      this.stepEachNeighbour();
      return;
    }
    const { width, height, topology, current, next } = this;
    // One padded grid of classes: bit 0 live, the marks above it.
    padBlocks(current, width, height, topology, this.classOf, this.classes);
    // A row at a time in a function of its own, which V8 optimises after a few rows: a loop
    // over the whole grid would run unoptimised until on-stack replacement, every step.
    for (let y = 0; y < height; y++) slideRow(this, y);
    this.next = current;
    this.current = next;
  }

  /** What `slideRow` reads and writes. */
  rowParts() {
    const { width, current, next, byColumns, columns, columnMarks, classes } = this;
    return {
      width,
      current,
      next,
      byColumns,
      columns,
      columnMarks,
      classes,
      markBits: this.rule.markBits,
    };
  }

  /** A step reading each neighbour of each cell: for marks in a neighbourhood other than Moore's. */
  private stepEachNeighbour(): void {
    const { width, height, topology, rule, live, marks, current, next } = this;
    const { table, markBits, cells } = rule;
    padBlocks(current, width, height, topology, rule.live, live);
    if (markBits > 0) padBlocks(current, width, height, topology, rule.mark, marks);
    // A neighbour outside the neighbourhood weighs 0 in the block and masks its marks away.
    const w = (bit: number) => ((cells >> bit) & 1) << bit;
    const m = (bit: number) => (((cells >> bit) & 1) === 0 ? 0 : 0xff);
    const [w0, w1, w2, w3, w5, w6, w7, w8] = [0, 1, 2, 3, 5, 6, 7, 8].map(w) as number[];
    const [m0, m1, m2, m3, m5, m6, m7, m8] = [0, 1, 2, 3, 5, 6, 7, 8].map(m) as number[];
    const W = width + 2;
    for (let y = 0; y < height; y++) {
      let up = y * W;
      let mid = up + W;
      let down = mid + W;
      const row = y * width;
      for (let x = 0; x < width; x++, up++, mid++, down++) {
        const block =
          (live[up] as number) * (w0 as number) +
          (live[up + 1] as number) * (w1 as number) +
          (live[up + 2] as number) * (w2 as number) +
          (live[mid] as number) * (w3 as number) +
          (live[mid + 2] as number) * (w5 as number) +
          (live[down] as number) * (w6 as number) +
          (live[down + 1] as number) * (w7 as number) +
          (live[down + 2] as number) * (w8 as number);
        let index = (current[row + x] as number) << markBits;
        if (markBits > 0) {
          index |=
            ((marks[up] as number) & (m0 as number)) |
            ((marks[up + 1] as number) & (m1 as number)) |
            ((marks[up + 2] as number) & (m2 as number)) |
            ((marks[mid] as number) & (m3 as number)) |
            ((marks[mid + 2] as number) & (m5 as number)) |
            ((marks[down] as number) & (m6 as number)) |
            ((marks[down + 1] as number) & (m7 as number)) |
            ((marks[down + 2] as number) & (m8 as number));
        }
        next[row + x] = table[(index << 9) | block] as number;
      }
    }
    this.next = current;
    this.current = next;
  }

  dispose(): void {}
}

/** One row of `TableStateStepper.step`: the block slides along the row (see the class). */
function slideRow(stepper: TableStateStepper, y: number): void {
  const { width, current, next, byColumns, columns, columnMarks, classes, markBits } =
    stepper.rowParts();
  const W = width + 2;
  const up = y * W;
  const mid = up + W;
  const down = mid + W;
  for (let x = 0; x < W; x++) {
    columns[x] =
      ((classes[up + x] as number) & 1) |
      (((classes[mid + x] as number) & 1) << 1) |
      (((classes[down + x] as number) & 1) << 2);
  }
  const row = y * width;
  let block = (columns[0] as number) | ((columns[1] as number) << 3);
  if (markBits === 0) {
    for (let x = 0; x < width; x++) {
      block |= (columns[x + 2] as number) << 6;
      next[row + x] = byColumns[((current[row + x] as number) << 9) | block] as number;
      block >>= 3;
    }
    return;
  }
  for (let x = 0; x < W; x++) {
    columnMarks[x] = ((classes[up + x] as number) | (classes[down + x] as number)) >> 1;
  }
  for (let x = 0; x < width; x++) {
    block |= (columns[x + 2] as number) << 6;
    const around =
      (columnMarks[x] as number) |
      (columnMarks[x + 1] as number) |
      (columnMarks[x + 2] as number) |
      (((classes[mid + x] as number) | (classes[mid + x + 2] as number)) >> 1);
    const index = (((current[row + x] as number) << markBits) | around) << 9;
    next[row + x] = byColumns[index | block] as number;
    block >>= 3;
  }
}
