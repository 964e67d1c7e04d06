/** A rectangle of cells, row-major, 1 for alive: a selection, the clipboard, a pattern to paste. */
export interface CellBlock {
  readonly width: number;
  readonly height: number;
  readonly cells: Uint8Array;
}
