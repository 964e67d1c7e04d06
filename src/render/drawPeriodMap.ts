import { GRID_LINE_ZOOM, type Viewport, visibleBox } from "../view/Viewport.ts";
import type { CellImage } from "./CellImage.ts";
import type { Blit, Canvas2D } from "./drawScene.ts";
import { periodColors } from "./periodColors.ts";
import type { PeriodMapScene } from "./sceneOf.ts";

/**
 * Draws an identified oscillator's cell periods over the grid: each cell alive at some point of
 * the period filled in its period's colour (see periodColors). Zoomed in to grid lines, the cells
 * in view are filled one by one, inset by a pixel so the lines still show (a canvas holds a few
 * thousand such cells); below that, the whole map is one image, a pixel a cell, made once per
 * map and theme and scaled by `blit`, so that a map of a million cells costs a frame no more
 * than a small one.
 */
export function drawPeriodMap(
  ctx: Canvas2D,
  blit: Blit,
  view: Viewport,
  canvasWidth: number,
  canvasHeight: number,
  map: PeriodMapScene | null,
  empty: number,
): void {
  if (!map) return;
  const { box, periods } = map;
  if (view.zoom < GRID_LINE_ZOOM) {
    ctx.imageSmoothingEnabled = false;
    blit(
      mapImage(map, empty),
      view.panX + box.x * view.zoom,
      view.panY + box.y * view.zoom,
      box.width * view.zoom,
      box.height * view.zoom,
    );
    return;
  }
  const colors = colorsOf(map, empty);
  const seen = visibleBox(view, canvasWidth, canvasHeight);
  const x0 = Math.max(box.x, seen.x);
  const y0 = Math.max(box.y, seen.y);
  const x1 = Math.min(box.x + box.width, seen.x + seen.width);
  const y1 = Math.min(box.y + box.height, seen.y + seen.height);
  const size = view.zoom - 2;
  ctx.save();
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const period = periods[(y - box.y) * box.width + (x - box.x)] ?? 0;
      if (period === 0) continue;
      ctx.fillStyle = colors.get(period) ?? "#ffffff";
      ctx.fillRect(view.panX + x * view.zoom + 1, view.panY + y * view.zoom + 1, size, size);
    }
  }
  ctx.restore();
}

function colorsOf(map: PeriodMapScene, empty: number): Map<number, string> {
  return periodColors(
    map.counts.map(([period]) => period),
    empty,
  );
}

const images = new WeakMap<Uint16Array, { readonly empty: number; readonly image: CellImage }>();

/** The map as pixels, a pixel a cell (transparent where no cell lived), kept per map and theme. */
function mapImage(map: PeriodMapScene, empty: number): CellImage {
  const made = images.get(map.periods);
  if (made?.empty === empty) return made.image;
  // RGBA words as the platform (little-endian) lays them out: 0xAABBGGRR.
  const words = new Map<number, number>();
  for (const [period, css] of colorsOf(map, empty)) {
    const rgb = Number.parseInt(css.slice(1), 16);
    words.set(period, (0xff000000 | ((rgb & 0xff) << 16) | (rgb & 0xff00) | (rgb >>> 16)) >>> 0);
  }
  const { periods } = map;
  const data = new Uint32Array(map.box.width * map.box.height);
  for (let i = 0; i < data.length; i++) {
    const period = periods[i] ?? 0;
    if (period !== 0) data[i] = words.get(period) ?? 0xffffffff;
  }
  const image = { width: map.box.width, height: map.box.height, data };
  images.set(map.periods, { empty, image });
  return image;
}
