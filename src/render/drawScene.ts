import type { GridSpace, Space, TubeSpace } from "../universe/Universe.ts";
import { multiStateColors } from "../view/stateColors.ts";
import { type Theme, toCss } from "../view/Theme.ts";
import {
  type CellBox,
  type CellPoint,
  GRID_LINE_ZOOM,
  type Viewport,
  visibleBox,
} from "../view/Viewport.ts";
import type { CellImage } from "./CellImage.ts";
import { drawMarks } from "./drawMarks.ts";
import { drawPeriodMap } from "./drawPeriodMap.ts";
import { pictureImage } from "./pictureImage.ts";
import type { Scene } from "./sceneOf.ts";

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

/**
 * Draws a CellImage, or a bitmap painted elsewhere (a worker's picture), scaled into the canvas
 * at (dx, dy) with size (dw, dh), in CSS pixels.
 */
export type Blit = (
  image: CellImage | ImageBitmap,
  dx: number,
  dy: number,
  dw: number,
  dh: number,
) => void;

/** What a frame is drawn on: not part of the app's state. */
export interface Surface {
  readonly theme: Theme;
  /** Device pixels per CSS pixel. */
  readonly dpr: number;
}

/**
 * Draws one frame of `scene`: the surroundings; the world's latest picture from the universe
 * worker where it was taken (it pans and zooms with the view until the next arrives: one blit,
 * a pixel a cell zoomed in, the density below each pixel zoomed out) and the cells drawn since
 * over it; grid lines when zoomed in far enough; a bounded grid's edge (dashed on a torus,
 * whose edges join; solid on a plane, whose edges are walls); the block being placed, the
 * selection, the cell under the pointer and the keyboard cursor. It reads nothing but `scene`
 * and `surface`.
 */
export function drawScene(ctx: Canvas2D, blit: Blit, scene: Scene, surface: Surface): void {
  const { canvasWidth, canvasHeight, view, world } = scene;
  const { theme, dpr } = surface;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = theme.outside;
  ctx.fillRect(0, 0, canvasWidth, canvasHeight);
  const { space } = world;
  // The visible cells: on a grid, those of the grid only; on a tube, those across it.
  const box = visibleCells(space, view, canvasWidth, canvasHeight);
  if (box.width > 0 && box.height > 0) {
    ctx.save();
    ctx.beginPath();
    ctx.rect(
      view.panX + box.x * view.zoom,
      view.panY + box.y * view.zoom,
      box.width * view.zoom,
      box.height * view.zoom,
    );
    ctx.clip();
    ctx.fillStyle = toCss(theme.empty);
    ctx.fillRect(0, 0, canvasWidth, canvasHeight);
    drawPicture(ctx, blit, scene, surface);
    ctx.restore();
    if (view.zoom >= GRID_LINE_ZOOM) drawGridLines(ctx, view, surface, box);
  }
  if (space.kind === "tube") drawTubeEdges(ctx, view, space, theme, canvasWidth, canvasHeight);
  else if (space.kind !== "infinite") drawEdge(ctx, view, space, theme);
  drawPeriodMap(ctx, blit, view, canvasWidth, canvasHeight, scene.periodMap ?? null, theme.empty);
  drawGhost(ctx, scene, theme);
  drawSelection(ctx, scene, theme);
  drawHover(ctx, scene, theme);
  drawMarks(ctx, view, scene.marks ?? null, theme.marks);
  drawCursor(ctx, scene, theme);
}

/** The worker's latest picture, and the cells drawn since over it. */
function drawPicture(ctx: Canvas2D, blit: Blit, scene: Scene, surface: Surface) {
  const { view, world } = scene;
  const { theme } = surface;
  const { picture } = world;
  const states = scene.rule && multiStateColors(scene.rule, theme.empty, theme.alive);
  if (picture) {
    const cell = 2 ** picture.scale * view.zoom;
    ctx.imageSmoothingEnabled = false;
    // The worker's bitmap when it painted one (in the page's colours): nothing to convert.
    blit(
      picture.bitmap ?? pictureImage(picture, theme.empty, theme.alive, states),
      view.panX + picture.x * view.zoom,
      view.panY + picture.y * view.zoom,
      picture.width * cell,
      picture.height * cell,
    );
  }
  const size = Math.max(view.zoom, 1);
  for (const { x, y, state } of world.overlay) {
    ctx.fillStyle = toCss(state === 0 ? theme.empty : (states?.[state] ?? theme.alive));
    ctx.fillRect(view.panX + x * view.zoom, view.panY + y * view.zoom, size, size);
  }
}

function drawGridLines(ctx: Canvas2D, view: Viewport, surface: Surface, box: CellBox) {
  const { dpr, theme } = surface;
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

function drawEdge(ctx: Canvas2D, view: Viewport, grid: BoundedSpace, theme: Theme) {
  ctx.save();
  ctx.lineWidth = 2;
  // Dashed where the edges join (a torus and Golly's other surfaces), solid on a plane's walls.
  const joined = grid.kind !== "plane";
  ctx.strokeStyle = joined ? theme.torusEdge : theme.planeEdge;
  ctx.setLineDash(joined ? [8, 6] : []);
  ctx.strokeRect(
    view.panX - 1,
    view.panY - 1,
    grid.width * view.zoom + 2,
    grid.height * view.zoom + 2,
  );
  ctx.restore();
}

/**
 * A tube's or strip's two edges, lines along its infinite axis across the canvas: dashed where
 * they join (a tube), solid on a strip's walls, as a grid's edges are drawn.
 */
function drawTubeEdges(
  ctx: Canvas2D,
  view: Viewport,
  tube: TubeSpace,
  theme: Theme,
  canvasWidth: number,
  canvasHeight: number,
) {
  ctx.save();
  ctx.lineWidth = 2;
  const joined = tube.topology === "torus";
  ctx.strokeStyle = joined ? theme.torusEdge : theme.planeEdge;
  ctx.setLineDash(joined ? [8, 6] : []);
  ctx.beginPath();
  for (const [across, outwards] of [
    [0, -1],
    [tube.size, 1],
  ] as const) {
    if (tube.axis === "x") {
      const y = view.panY + across * view.zoom + outwards;
      ctx.moveTo(0, y);
      ctx.lineTo(canvasWidth, y);
    } else {
      const x = view.panX + across * view.zoom + outwards;
      ctx.moveTo(x, 0);
      ctx.lineTo(x, canvasHeight);
    }
  }
  ctx.stroke();
  ctx.restore();
}

type BoundedSpace = GridSpace;

/** The cells of `space` the view shows: a grid's own, a tube's across it, any on the plane. */
function visibleCells(space: Space, view: Viewport, canvasWidth: number, canvasHeight: number) {
  if (space.kind === "infinite") return visibleBox(view, canvasWidth, canvasHeight);
  if (space.kind !== "tube") {
    return visibleBox(view, canvasWidth, canvasHeight, space.width, space.height);
  }
  const box = visibleBox(view, canvasWidth, canvasHeight);
  const [start, end] =
    space.axis === "x" ? [box.y, box.y + box.height] : [box.x, box.x + box.width];
  const from = Math.max(0, start);
  const extent = Math.max(0, Math.min(space.size, end) - from);
  return space.axis === "x"
    ? { ...box, y: from, height: extent }
    : { ...box, x: from, width: extent };
}

function inGrid(scene: Scene, cell: CellPoint): boolean {
  const { space } = scene.world;
  if (space.kind === "infinite") return true;
  if (space.kind === "tube") {
    const across = space.axis === "x" ? cell.y : cell.x;
    return across >= 0 && across < space.size;
  }
  return cell.x >= 0 && cell.y >= 0 && cell.x < space.width && cell.y < space.height;
}

function drawHover(ctx: Canvas2D, scene: Scene, theme: Theme) {
  const { hover, view } = scene;
  if (!hover || view.zoom < 3 || !inGrid(scene, hover)) return;
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

/** Smallest side of the keyboard cursor's ring in CSS pixels, so it shows when cells are tiny. */
export const CURSOR_MIN_SIZE = 8;

/**
 * The keyboard cursor: a ring just outside the cell (2 px, 3 in high contrast), in the focus
 * colour, with a line inside it so that it stands out on live and empty cells alike.
 */
function drawCursor(ctx: Canvas2D, scene: Scene, theme: Theme) {
  const { cursor, view } = scene;
  if (!cursor || !inGrid(scene, cursor)) return;
  const size = Math.max(view.zoom, CURSOR_MIN_SIZE);
  const x = view.panX + (cursor.x + 0.5) * view.zoom - size / 2;
  const y = view.panY + (cursor.y + 0.5) * view.zoom - size / 2;
  ctx.save();
  ctx.setLineDash([]);
  const ring = theme.cursorWidth;
  ctx.lineWidth = ring;
  ctx.strokeStyle = theme.cursor;
  ctx.strokeRect(x - ring / 2, y - ring / 2, size + ring, size + ring);
  ctx.lineWidth = 1;
  ctx.strokeStyle = theme.cursorInner;
  ctx.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
  ctx.restore();
}

function drawSelection(ctx: Canvas2D, scene: Scene, theme: Theme) {
  const { selection, view } = scene;
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
function drawGhost(ctx: Canvas2D, scene: Scene, theme: Theme) {
  const { paste, view } = scene;
  if (!paste) return;
  const { block } = paste;
  ctx.save();
  ctx.fillStyle = theme.ghostArea;
  ctx.fillRect(
    ...onScreen(view, { x: paste.x, y: paste.y, width: block.width, height: block.height }),
  );
  ctx.fillStyle = theme.ghost;
  const size = Math.max(view.zoom, 1);
  for (let y = 0; y < block.height; y++) {
    for (let x = 0; x < block.width; x++) {
      if (!block.cells[y * block.width + x]) continue;
      ctx.fillRect(
        view.panX + (paste.x + x) * view.zoom,
        view.panY + (paste.y + y) * view.zoom,
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
