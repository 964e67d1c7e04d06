import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import {
  type CellBox,
  cellAt,
  fitView,
  fitViewClearOf,
  MAX_ZOOM,
  MIN_ZOOM,
  NO_COVER,
  type Viewport,
  visibleBox,
  zoomAt,
} from "./Viewport.ts";

/** Where `box` lands on screen in `view`: its left, top, right and bottom edges in pixels. */
function onScreen(view: Viewport, box: CellBox) {
  return {
    left: box.x * view.zoom + view.panX,
    top: box.y * view.zoom + view.panY,
    right: (box.x + box.width) * view.zoom + view.panX,
    bottom: (box.y + box.height) * view.zoom + view.panY,
  };
}

describe("Viewport", () => {
  it("finds the cell under a point at any zoom and pan", () => {
    const seed = pickSeed();
    const random = createRandom(seed);
    for (let i = 0; i < 1000; i++) {
      const view = {
        zoom: MIN_ZOOM + random() * 40,
        panX: (random() - 0.5) * 2000,
        panY: (random() - 0.5) * 2000,
      };
      const x = Math.floor(random() * 500);
      const y = Math.floor(random() * 500);
      // Anywhere inside the cell's square on screen, strictly inside its edges.
      const fx = 0.01 + random() * 0.98;
      const fy = 0.01 + random() * 0.98;
      const point = { px: view.panX + (x + fx) * view.zoom, py: view.panY + (y + fy) * view.zoom };
      expect(cellAt(view, point.px, point.py), `seed ${seed}, case ${i}`).toEqual({ x, y });
    }
  });

  it("zooms about the anchor: the grid point under it stays under it", () => {
    const view = { zoom: 4, panX: 13, panY: -7 };
    const anchor = { x: 301, y: 155 };
    const before = { x: (anchor.x - view.panX) / view.zoom, y: (anchor.y - view.panY) / view.zoom };
    const zoomed = zoomAt(view, 2.5, anchor.x, anchor.y);
    expect(zoomed.zoom).toBe(10);
    expect((anchor.x - zoomed.panX) / zoomed.zoom).toBeCloseTo(before.x, 10);
    expect((anchor.y - zoomed.panY) / zoomed.zoom).toBeCloseTo(before.y, 10);
  });

  it("clamps zoom to its limits", () => {
    expect(zoomAt({ zoom: 32, panX: 0, panY: 0 }, 10, 0, 0).zoom).toBe(MAX_ZOOM);
    expect(zoomAt({ zoom: 0.1, panX: 0, panY: 0 }, 0.01, 0, 0).zoom).toBe(MIN_ZOOM);
  });

  it("fits a box centred with whole pixels per cell", () => {
    const view = fitView({ x: 10, y: 20, width: 30, height: 10 }, 800, 600, 16);
    expect(view.zoom).toBe(25); // min((800-32)/30, (600-32)/10) = 25.6, floored
    expect(view.panX + 25 * view.zoom).toBeCloseTo(400, 0);
    expect(view.panY + 25 * view.zoom).toBeCloseTo(300, 0);
  });

  it("keeps a small margin on a phone's canvas, so the grid gets whole pixels to spare", () => {
    // 390 px wide: a 16 px margin would leave (390 - 32) / 120 = 2.98, floored to 2 px a cell.
    expect(fitView({ x: 0, y: 0, width: 120, height: 80 }, 390, 560).zoom).toBe(3);
    expect(fitView({ x: 0, y: 0, width: 120, height: 80 }, 1000, 800).zoom).toBe(8);
  });

  it("fits beside the panels covering the lower right, in the strip that shows the box larger", () => {
    const wide = { x: -50, y: -10, width: 100, height: 20 };
    const tall = { x: -10, y: -50, width: 20, height: 100 };
    const cover = { width: 360, height: 300 };
    // A wide box goes above the panels (the strip left of them is narrower), a tall one left.
    const above = fitViewClearOf(wide, 1280, 800, cover);
    expect(onScreen(above, wide).bottom).toBeLessThanOrEqual(800 - 300);
    expect(above.zoom).toBe(fitView(wide, 1280, 500).zoom);
    const left = fitViewClearOf(tall, 1280, 800, cover);
    expect(onScreen(left, tall).right).toBeLessThanOrEqual(1280 - 360);
    expect(left.zoom).toBe(fitView(tall, 920, 800).zoom);
    // Nothing docked, or only the graph's button (80 x 46 px): the whole canvas, as fitView.
    expect(fitViewClearOf(wide, 1280, 800, NO_COVER)).toEqual(fitView(wide, 1280, 800));
    expect(fitViewClearOf(wide, 1280, 800, { width: 80, height: 46 })).toEqual(
      fitView(wide, 1280, 800),
    );
  });

  it("fits on the whole canvas when the panels leave no strip a quarter of it wide or high", () => {
    const box = { x: 0, y: 0, width: 40, height: 40 };
    // A phone: the graph spans the width, and Identify's card fills all but a sliver above it.
    expect(fitViewClearOf(box, 390, 560, { width: 390, height: 500 })).toEqual(
      fitView(box, 390, 560),
    );
    // Only the strip above is wide enough: the box sits there, clear of the graph.
    const above = fitViewClearOf(box, 390, 560, { width: 390, height: 200 });
    expect(onScreen(above, box).bottom).toBeLessThanOrEqual(360);
  });

  it("fits a huge grid below one pixel per cell", () => {
    const view = fitView({ x: 0, y: 0, width: 16384, height: 16384 }, 1000, 1000, 0);
    expect(view.zoom).toBeCloseTo(1000 / 16384, 10);
  });

  it("lists only visible cells, clipped to the grid", () => {
    expect(visibleBox({ zoom: 10, panX: -55, panY: 20 }, 100, 100, 1000, 1000)).toEqual({
      x: 5,
      y: 0,
      width: 11,
      height: 8,
    });
    expect(visibleBox({ zoom: 10, panX: 500, panY: 0 }, 100, 100, 10, 10)).toEqual({
      x: 0,
      y: 0,
      width: 0,
      height: 10,
    });
  });
});
