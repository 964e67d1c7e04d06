import { describe, expect, it } from "vitest";
import { pictureRequest } from "./pictureRequest.ts";

describe("pictureRequest", () => {
  it("asks for the visible cells one pixel a cell when cells are a pixel wide or more", () => {
    const { rect, scale } = pictureRequest({ zoom: 8, panX: 100, panY: -40 }, 800, 600);
    expect(scale).toBe(0);
    // Screen x 0 is cell -12.5, 800 is cell 87.5: whole cells -13 .. 87.
    expect(rect).toEqual({ x: -13, y: 5, width: 101, height: 75 });
  });

  it("zoomed out, asks for 2^scale cells a pixel, about as many pixels as the canvas", () => {
    for (const zoom of [0.9, 0.5, 1 / 3, 2 ** -20, 2 ** -40 * 0.7, 2 ** -60]) {
      const { rect, scale } = pictureRequest({ zoom, panX: 13, panY: 7 }, 1280, 800);
      // A pixel of the picture covers a pixel of the screen or more, less than two.
      expect(2 ** scale * zoom).toBeGreaterThanOrEqual(1);
      expect(2 ** scale * zoom).toBeLessThan(2);
      const cell = 2 ** scale;
      expect(Math.abs(rect.x % cell)).toBe(0);
      expect(rect.width / cell).toBeLessThanOrEqual(1280 + 2);
      expect(rect.height / cell).toBeLessThanOrEqual(800 + 2);
      // It covers the canvas.
      expect(rect.x * zoom + 13).toBeLessThanOrEqual(0);
      expect((rect.x + rect.width) * zoom + 13).toBeGreaterThanOrEqual(1280);
    }
  });

  it("stays exact at a pattern 2^40 cells from the origin", () => {
    const zoom = 2 ** -32;
    const { rect, scale } = pictureRequest({ zoom, panX: -(2 ** 40) * zoom, panY: 0 }, 1024, 512);
    expect(scale).toBe(32);
    expect(rect.x).toBe(2 ** 40);
    expect(rect.width).toBe(1024 * 2 ** 32);
  });
});
