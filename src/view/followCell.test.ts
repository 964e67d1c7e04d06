import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import { centreCell, followCell } from "./followCell.ts";
import { MIN_ZOOM } from "./Viewport.ts";

describe("followCell", () => {
  it("leaves the view alone while the cell is in it", () => {
    const view = { zoom: 10, panX: 5, panY: 5 };
    expect(followCell(view, { x: 3, y: 4 }, 200, 150)).toBe(view);
    // At the very edge, but whole: no move (not even along the other axis).
    expect(followCell(view, { x: 18, y: 0 }, 200, 150)).toBe(view);
  });

  it("moves the view just enough to show a cell past any edge, with a cell to spare", () => {
    const view = { zoom: 10, panX: 0, panY: 0 };
    expect(followCell(view, { x: 25, y: 2 }, 200, 150)).toEqual({ zoom: 10, panX: -70, panY: 0 });
    expect(followCell(view, { x: -3, y: 2 }, 200, 150)).toEqual({ zoom: 10, panX: 40, panY: 0 });
    expect(followCell(view, { x: 2, y: 20 }, 200, 150)).toEqual({ zoom: 10, panX: 0, panY: -70 });
    expect(followCell(view, { x: 2, y: -1 }, 200, 150)).toEqual({ zoom: 10, panX: 0, panY: 20 });
  });

  it("puts any cell on screen at any zoom and pan", () => {
    const seed = pickSeed();
    const random = createRandom(seed);
    for (let i = 0; i < 1000; i++) {
      const zoom = MIN_ZOOM + random() * 64;
      const view = { zoom, panX: (random() - 0.5) * 4000, panY: (random() - 0.5) * 4000 };
      const cell = { x: Math.floor(random() * 1000), y: Math.floor(random() * 1000) };
      const [width, height] = [100 + Math.floor(random() * 900), 100 + Math.floor(random() * 700)];
      const next = followCell(view, cell, width, height);
      const left = next.panX + cell.x * zoom;
      const top = next.panY + cell.y * zoom;
      expect(left, `seed ${seed}, case ${i}`).toBeGreaterThanOrEqual(0);
      expect(top, `seed ${seed}, case ${i}`).toBeGreaterThanOrEqual(0);
      expect(left + zoom, `seed ${seed}, case ${i}`).toBeLessThanOrEqual(width);
      expect(top + zoom, `seed ${seed}, case ${i}`).toBeLessThanOrEqual(height);
      expect(next.zoom).toBe(zoom);
    }
  });

  it("finds the cell at the centre of the canvas", () => {
    expect(centreCell({ zoom: 10, panX: 5, panY: -20 }, 200, 150)).toEqual({ x: 9, y: 9 });
  });
});
