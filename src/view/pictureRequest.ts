import type { CellRect } from "../universe/Universe.ts";
import type { Viewport } from "./Viewport.ts";

/**
 * The picture that covers a view: the smallest scale at which a pixel of the picture covers at
 * least a screen pixel (2^scale cells a pixel, 1 to 2 screen pixels wide; 0 when cells are a
 * pixel wide or more), and the visible rectangle grown to whole pixels of that scale. So a
 * picture has at most about as many pixels as the canvas, however far out the view is zoomed.
 */
export function pictureRequest(
  view: Viewport,
  canvasWidth: number,
  canvasHeight: number,
): { rect: CellRect; scale: number } {
  const scale = view.zoom >= 1 ? 0 : Math.ceil(Math.log2(1 / view.zoom) - 1e-9);
  const cell = 2 ** scale;
  const x0 = Math.floor(-view.panX / view.zoom / cell) * cell;
  const y0 = Math.floor(-view.panY / view.zoom / cell) * cell;
  const x1 = Math.ceil((canvasWidth - view.panX) / view.zoom / cell) * cell;
  const y1 = Math.ceil((canvasHeight - view.panY) / view.zoom / cell) * cell;
  // + 0 turns -0 (the floor of a small negative times a cell) into 0.
  return { rect: { x: x0 + 0, y: y0 + 0, width: x1 - x0, height: y1 - y0 }, scale };
}
