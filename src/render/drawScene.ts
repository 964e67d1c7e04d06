import type { PackedCells, Topology } from "../engine/index.ts";
import { type CellRaster, createCellRaster } from "./createCellRaster.ts";
import type { CellImage } from "./rasterizeCells.ts";
import type { Theme } from "./Theme.ts";
import { type CellBox, type CellPoint, type Viewport, visibleBox } from "./Viewport.ts";

/** The part of CanvasRenderingContext2D the renderer uses; tests pass a recording fake. */
export type Canvas2D = Pick<
  CanvasRenderingContext2D,
  | "fillStyle"
  | "strokeStyle"
  | "lineWidth"
  | "imageSmoothingEnabled"
  | "setTransform"
  | "fillRect"
  | "strokeRect"
  | "beginPath"
  | "moveTo"
  | "lineTo"
  | "stroke"
  | "setLineDash"
  | "save"
  | "restore"
  | "rect"
  | "clip"
>;

/** Draws a CellImage scaled into the canvas at (dx, dy) with size (dw, dh), in CSS pixels. */
export type Blit = (image: CellImage, dx: number, dy: number, dw: number, dh: number) => void;

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly topology: Topology;
  readonly cells: PackedCells;
  /** Bumped whenever `cells` changes in place; a new `cells` object needs no bump. */
  readonly cellsVersion?: number;
}

export interface Frame {
  readonly scene: Scene;
  readonly view: Viewport;
  readonly theme: Theme;
  /** Canvas size in CSS pixels, and device pixels per CSS pixel. */
  readonly cssWidth: number;
  readonly cssHeight: number;
  readonly dpr: number;
  readonly hover?: CellPoint | null | undefined;
  /** The selected rectangle of cells, outlined. */
  readonly selection?: CellBox | null | undefined;
  /** A block being placed: drawn translucent with its top-left cell at (x, y). */
  readonly ghost?:
    | { readonly x: number; readonly y: number; readonly block: GhostBlock }
    | null
    | undefined;
}

export interface GhostBlock {
  readonly width: number;
  readonly height: number;
  readonly cells: Uint8Array;
}

/** Cells at least this many CSS pixels wide get grid lines between them. */
export const GRID_LINE_ZOOM = 6;

/**
 * Draws one frame: the surroundings, the visible cells only (one blit, however many are
 * visible), grid lines when zoomed in far enough, the grid's edge (dashed on a torus, whose
 * edges join; solid on a plane, whose edges are walls) and the cell under the pointer.
 *
 * `raster` keeps the cells' image from frame to frame (see `createCellRaster`); pass the same
 * one each frame. Returns false when some of the image still shows older cells, so the caller
 * draws again next frame; a fresh raster (the default) always paints everything.
 */
export function drawScene(
  ctx: Canvas2D,
  blit: Blit,
  frame: Frame,
  raster: CellRaster = createCellRaster({ budgetMillis: Number.POSITIVE_INFINITY }),
): boolean {
  const { scene, view, theme, cssWidth, cssHeight, dpr } = frame;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = theme.outside;
  ctx.fillRect(0, 0, cssWidth, cssHeight);

  const box = visibleBox(view, cssWidth, cssHeight, scene.width, scene.height);
  let complete = true;
  if (box.width > 0 && box.height > 0) {
    const block = view.zoom >= 1 ? 1 : Math.ceil(1 / view.zoom);
    const painted = raster.paint({
      cells: scene.cells,
      cellsVersion: scene.cellsVersion ?? 0,
      box,
      block,
      empty: theme.empty,
      alive: theme.alive,
    });
    const { image } = painted;
    complete = painted.complete;
    const left = view.panX + box.x * view.zoom;
    const top = view.panY + box.y * view.zoom;
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, box.width * view.zoom, box.height * view.zoom);
    ctx.clip();
    ctx.imageSmoothingEnabled = false;
    blit(image, left, top, image.width * block * view.zoom, image.height * block * view.zoom);
    ctx.restore();
    if (view.zoom >= GRID_LINE_ZOOM) drawGridLines(ctx, frame, box);
  }
  drawEdge(ctx, frame);
  drawGhost(ctx, frame);
  drawSelection(ctx, frame);
  drawHover(ctx, frame);
  return complete;
}

function drawGridLines(
  ctx: Canvas2D,
  frame: Frame,
  box: { x: number; y: number; width: number; height: number },
) {
  const { view, dpr, theme } = frame;
  // Lines on device-pixel centres stay one device pixel wide and crisp at any DPR.
  const crisp = (v: number) => (Math.round(v * dpr) + 0.5) / dpr;
  const top = view.panY + box.y * view.zoom;
  const bottom = view.panY + (box.y + box.height) * view.zoom;
  const left = view.panX + box.x * view.zoom;
  const right = view.panX + (box.x + box.width) * view.zoom;
  ctx.beginPath();
  for (let x = box.x; x <= box.x + box.width; x++) {
    const px = crisp(view.panX + x * view.zoom);
    ctx.moveTo(px, top);
    ctx.lineTo(px, bottom);
  }
  for (let y = box.y; y <= box.y + box.height; y++) {
    const py = crisp(view.panY + y * view.zoom);
    ctx.moveTo(left, py);
    ctx.lineTo(right, py);
  }
  ctx.strokeStyle = theme.gridLine;
  ctx.lineWidth = 1 / dpr;
  ctx.stroke();
}

function drawEdge(ctx: Canvas2D, frame: Frame) {
  const { scene, view, theme } = frame;
  ctx.save();
  ctx.lineWidth = 2;
  ctx.strokeStyle = scene.topology === "torus" ? theme.torusEdge : theme.planeEdge;
  ctx.setLineDash(scene.topology === "torus" ? [8, 6] : []);
  ctx.strokeRect(
    view.panX - 1,
    view.panY - 1,
    scene.width * view.zoom + 2,
    scene.height * view.zoom + 2,
  );
  ctx.restore();
}

function drawHover(ctx: Canvas2D, frame: Frame) {
  const { hover, scene, view, theme } = frame;
  if (!hover || view.zoom < 3) return;
  if (hover.x < 0 || hover.y < 0 || hover.x >= scene.width || hover.y >= scene.height) return;
  ctx.save();
  ctx.setLineDash([]);
  ctx.lineWidth = 1;
  ctx.strokeStyle = theme.hover;
  ctx.strokeRect(
    view.panX + hover.x * view.zoom + 0.5,
    view.panY + hover.y * view.zoom + 0.5,
    view.zoom - 1,
    view.zoom - 1,
  );
  ctx.restore();
}

function drawSelection(ctx: Canvas2D, frame: Frame) {
  const { selection, view, theme } = frame;
  if (!selection) return;
  const [x, y, w, h] = onScreen(view, selection);
  ctx.save();
  ctx.fillStyle = theme.selectionFill;
  ctx.fillRect(x, y, w, h);
  ctx.lineWidth = 1.5;
  ctx.setLineDash([4, 3]);
  ctx.strokeStyle = theme.selection;
  ctx.strokeRect(x, y, w, h);
  ctx.restore();
}

/** The block being placed, cell by cell (a pasted block is small next to the grid). */
function drawGhost(ctx: Canvas2D, frame: Frame) {
  const { ghost, view, theme } = frame;
  if (!ghost) return;
  const { block } = ghost;
  ctx.save();
  ctx.fillStyle = theme.ghostArea;
  ctx.fillRect(
    ...onScreen(view, { x: ghost.x, y: ghost.y, width: block.width, height: block.height }),
  );
  ctx.fillStyle = theme.ghost;
  const size = Math.max(view.zoom, 1);
  for (let y = 0; y < block.height; y++) {
    for (let x = 0; x < block.width; x++) {
      if (!block.cells[y * block.width + x]) continue;
      ctx.fillRect(
        view.panX + (ghost.x + x) * view.zoom,
        view.panY + (ghost.y + y) * view.zoom,
        size,
        size,
      );
    }
  }
  ctx.restore();
}

/** A box of cells as a canvas rectangle in CSS pixels: x, y, width, height. */
function onScreen(view: Viewport, box: CellBox): [number, number, number, number] {
  return [
    view.panX + box.x * view.zoom,
    view.panY + box.y * view.zoom,
    box.width * view.zoom,
    box.height * view.zoom,
  ];
}
