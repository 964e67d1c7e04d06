import { type CellPoint, cellAt, type Viewport } from "./Viewport.ts";

/** The cell at the centre of a canvas of the given CSS size. */
export function centreCell(view: Viewport, canvasWidth: number, canvasHeight: number): CellPoint {
  return cellAt(view, canvasWidth / 2, canvasHeight / 2);
}

/**
 * The same view while `cell` is whole on screen; otherwise the view moved, along the axis the
 * cell sticks out on, just enough to show it whole with a cell's width to spare beyond it (less
 * on a tiny canvas). Zoom never changes.
 */
export function followCell(
  view: Viewport,
  cell: CellPoint,
  canvasWidth: number,
  canvasHeight: number,
): Viewport {
  const shift = (pan: number, index: number, room: number) => {
    const margin = Math.min(view.zoom, Math.max(0, (room - view.zoom) / 2));
    const start = pan + index * view.zoom;
    const end = start + view.zoom;
    if (start < 0) return pan + Math.ceil(margin - start);
    if (end > room) return pan - Math.ceil(end - (room - margin));
    return pan;
  };
  const panX = shift(view.panX, cell.x, canvasWidth);
  const panY = shift(view.panY, cell.y, canvasHeight);
  return panX === view.panX && panY === view.panY ? view : { zoom: view.zoom, panX, panY };
}
