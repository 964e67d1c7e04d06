/** A rectangle of cells, row-major, each its state (0 empty): a selection, the clipboard, a pattern to paste. */
export interface CellBlock {
  readonly width: number;
  readonly height: number;
  readonly cells: Uint8Array;
}
