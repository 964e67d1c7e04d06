import type { Topology } from "../engine/Grid.ts";
import { packRows, unpackRows } from "../engine/packRows.ts";
import { assertCellCount } from "./assertCellCount.ts";
import type { BandStepper } from "./BandStepper.ts";
import { stepBytes } from "./stepBytes.ts";

/**
 * A BandStepper on the byte-per-cell table kernel: any compiled rule. Two buffers used in turn,
 * each the band with a halo row at either end (see `stepBytes`).
 */
export class ByteBand implements BandStepper {
  readonly kind = "bytes";
  private readonly wrap: boolean;
  private current: Uint8Array;
  private spare: Uint8Array;
  /** The columns beyond the edges for the next step, when `setGhosts` gave them. */
  private ghosts: { readonly west: Uint8Array; readonly east: Uint8Array } | undefined;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly topology: Topology,
    private readonly table: Uint8Array,
  ) {
    this.wrap = topology === "torus";
    this.current = new Uint8Array(width * (height + 2));
    this.spare = new Uint8Array(width * (height + 2));
  }

  setHalos(above: Int32Array | undefined, below: Int32Array | undefined): void {
    this.unpackRow(above, 0);
    this.unpackRow(below, (this.height + 1) * this.width);
  }

  setGhosts(west: Uint8Array, east: Uint8Array): void {
    const rows = this.height + 2;
    this.ghosts = { west: west.slice(0, rows), east: east.slice(0, rows) };
  }

  step(): void {
    const { ghosts } = this;
    this.ghosts = undefined;
    stepBytes(this.current, this.spare, this.width, this.height, this.wrap, this.table, ghosts);
    [this.current, this.spare] = [this.spare, this.current];
  }

  readRow(y: number, out: Int32Array): void {
    const { width } = this;
    packRows(this.current.subarray((y + 1) * width, (y + 2) * width), width, 1, out);
  }

  readRows(out: Int32Array): void {
    const { width, height } = this;
    packRows(this.current.subarray(width, (height + 1) * width), width, height, out);
  }

  writeRows(words: Int32Array): void {
    const { width, height } = this;
    unpackRows(words, width, height, this.current.subarray(width, (height + 1) * width));
  }

  getCells(out: Uint8Array = new Uint8Array(this.width * this.height)): Uint8Array {
    out.set(this.current.subarray(this.width, (this.height + 1) * this.width));
    return out;
  }

  setCells(cells: Uint8Array): void {
    assertCellCount(cells, this.width, this.height);
    const { width } = this;
    for (let i = 0; i < cells.length; i++) this.current[width + i] = cells[i] ? 1 : 0;
  }

  setCell(y: number, x: number, alive: boolean): void {
    this.current[(y + 1) * this.width + x] = alive ? 1 : 0;
  }

  getCell(y: number, x: number): boolean {
    return this.current[(y + 1) * this.width + x] !== 0;
  }

  population(): number {
    let count = 0;
    const end = (this.height + 1) * this.width;
    for (let i = this.width; i < end; i++) count += this.current[i] as number;
    return count;
  }

  dispose(): void {
    this.current = new Uint8Array(0);
    this.spare = new Uint8Array(0);
  }

  /** Writes packed `row` (empty when undefined) into the current buffer at `start`. */
  private unpackRow(row: Int32Array | undefined, start: number): void {
    const { width, current } = this;
    if (row) unpackRows(row, width, 1, current.subarray(start, start + width));
    else current.fill(0, start, start + width);
  }
}
