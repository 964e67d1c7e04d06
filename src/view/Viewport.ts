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
/** Cells at least this many CSS pixels wide get grid lines between them. */
export const GRID_LINE_ZOOM = 6;

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

/** The canvas's lower-right corner that panels docked over it cover, in CSS pixels (0 x 0: none). */
export interface CornerCover {
  readonly width: number;
  readonly height: number;
}

export const NO_COVER: CornerCover = { width: 0, height: 0 };

/** The share of the canvas below which a cover is ignored by `fitViewClearOf`. */
export const SMALL_COVER = 0.02;

/**
 * `fitView` in the part of the canvas that `cover` leaves clear: the strip to its left or the
 * one above it, whichever shows `box` larger (the larger strip when equal). A strip under a
 * quarter of the canvas's width or height is not used, and when neither is left the whole
 * canvas is (a pattern under a panel beats a pattern too small to see). A cover of under
 * `SMALL_COVER` of the canvas (the graph's button alone) is not worth a smaller pattern.
 */
export function fitViewClearOf(
  box: CellBox,
  canvasWidth: number,
  canvasHeight: number,
  cover: CornerCover,
  minZoom = MIN_ZOOM,
): Viewport {
  const whole = (): Viewport => fitView(box, canvasWidth, canvasHeight, undefined, minZoom);
  if (cover.width * cover.height < SMALL_COVER * canvasWidth * canvasHeight) return whole();
  const strips = [
    { width: canvasWidth - cover.width, height: canvasHeight },
    { width: canvasWidth, height: canvasHeight - cover.height },
  ].filter((strip) => strip.width >= canvasWidth / 4 && strip.height >= canvasHeight / 4);
  let best: { view: Viewport; area: number } | undefined;
  for (const strip of strips) {
    // Both strips start at the canvas's top-left corner, so the view is the strip's own.
    const view = fitView(box, strip.width, strip.height, undefined, minZoom);
    const area = strip.width * strip.height;
    if (!best || view.zoom > best.view.zoom || (view.zoom === best.view.zoom && area > best.area)) {
      best = { view, area };
    }
  }
  return best?.view ?? whole();
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
