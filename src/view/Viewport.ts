/**
 * Where the grid sits on the canvas, in CSS pixels: cell (0, 0)'s top-left corner is at
 * (panX, panY) and a cell is `zoom` pixels wide. Screen point = cell * zoom + pan.
 */
export interface Viewport {
  readonly zoom: number;
  readonly panX: number;
  readonly panY: number;
}

/** Zoom limits: 1/64 px per cell (a 16384-wide grid fits in 256 px) to 64 px per cell. */
export const MIN_ZOOM = 1 / 64;
export const MAX_ZOOM = 64;
/** On the infinite plane: 2^-60 px per cell, so a pattern 2^60 cells wide fits on screen. */
export const MIN_INFINITE_ZOOM = 2 ** -60;

export interface CellPoint {
  readonly y: number;
  readonly x: number;
}

/** The cell under a canvas point (CSS pixels), or any integer cell: callers check bounds. */
export function cellAt(view: Viewport, px: number, py: number): CellPoint {
  return {
    x: Math.floor((px - view.panX) / view.zoom),
    y: Math.floor((py - view.panY) / view.zoom),
  };
}

/** Multiplies the zoom by `factor`, keeping the grid point under (anchorX, anchorY) still. */
export function zoomAt(
  view: Viewport,
  factor: number,
  anchorX: number,
  anchorY: number,
  minZoom = MIN_ZOOM,
): Viewport {
  const zoom = clampZoom(view.zoom * factor, minZoom);
  const scale = zoom / view.zoom;
  return {
    zoom,
    panX: anchorX - (anchorX - view.panX) * scale,
    panY: anchorY - (anchorY - view.panY) * scale,
  };
}

export function panBy(view: Viewport, dx: number, dy: number): Viewport {
  return { zoom: view.zoom, panX: view.panX + dx, panY: view.panY + dy };
}

/** A box of cells: columns [x, x + width), rows [y, y + height). */
export interface CellBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The view that shows `box` whole and centred in a canvas of the given CSS size, with
 * `margin` pixels to spare on each side. Zoom snaps down to a whole number of pixels per cell
 * when cells are at least a pixel wide, so every cell has the same width on screen. The
 * margin is 16 px, less on a small canvas (a phone), where it would cost a whole pixel a cell.
 */
export function fitView(
  box: CellBox,
  canvasWidth: number,
  canvasHeight: number,
  margin = Math.min(16, Math.floor(Math.min(canvasWidth, canvasHeight) / 48)),
  minZoom = MIN_ZOOM,
): Viewport {
  const roomX = Math.max(1, canvasWidth - 2 * margin);
  const roomY = Math.max(1, canvasHeight - 2 * margin);
  let zoom = clampZoom(
    Math.min(roomX / Math.max(1, box.width), roomY / Math.max(1, box.height)),
    minZoom,
  );
  if (zoom >= 1) zoom = Math.floor(zoom);
  return {
    zoom,
    panX: Math.round(canvasWidth / 2 - (box.x + box.width / 2) * zoom),
    panY: Math.round(canvasHeight / 2 - (box.y + box.height / 2) * zoom),
  };
}

/** The cells at least partly visible in a canvas of the given CSS size, clipped to the grid. */
export function visibleBox(
  view: Viewport,
  canvasWidth: number,
  canvasHeight: number,
  gridWidth = Number.POSITIVE_INFINITY,
  gridHeight = Number.POSITIVE_INFINITY,
): CellBox {
  const bounded = Number.isFinite(gridWidth);
  const x0 = Math.floor(-view.panX / view.zoom);
  const y0 = Math.floor(-view.panY / view.zoom);
  const x1 = Math.min(gridWidth, Math.ceil((canvasWidth - view.panX) / view.zoom));
  const y1 = Math.min(gridHeight, Math.ceil((canvasHeight - view.panY) / view.zoom));
  if (!bounded) return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
  const left = Math.max(0, x0);
  const top = Math.max(0, y0);
  return { x: left, y: top, width: Math.max(0, x1 - left), height: Math.max(0, y1 - top) };
}

export function clampZoom(zoom: number, minZoom = MIN_ZOOM): number {
  return Math.min(MAX_ZOOM, Math.max(minZoom, zoom));
}
