import { describe, expect, it } from "vitest";
import { contrastRatio } from "../view/stateColors.ts";
import { DARK_THEME, THEMES } from "../view/Theme.ts";
import type { CellImage } from "./CellImage.ts";
import { drawPeriodMap } from "./drawPeriodMap.ts";
import type { Blit, Canvas2D } from "./drawScene.ts";
import { periodColors, ROTOR_COLORS, STATOR_COLOR } from "./periodColors.ts";

/** A canvas context that records each fillRect with the fill style it was made in. */
function recorder() {
  const fills: { args: unknown[]; style: unknown }[] = [];
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get: (target, key: string) =>
      key in target
        ? target[key]
        : (...args: unknown[]) => {
            if (key === "fillRect") fills.push({ args, style: target.fillStyle });
          },
    set: (target, key: string, value) => {
      target[key] = value;
      return true;
    },
  }) as unknown as Canvas2D;
  return { ctx, fills };
}

const noBlit = () => {
  throw new Error("zoomed in, cells are filled one by one");
};

// A blinker's map: its centre is the stator, the four cells round it the rotor.
const blinker = {
  box: { x: 10, y: 19, width: 3, height: 3 },
  periods: Uint16Array.from([0, 2, 0, 2, 1, 2, 0, 2, 0]),
  counts: [
    [1, 1],
    [2, 4],
  ] as const,
};

describe("drawPeriodMap", () => {
  it("fills each cell of the map in its period's colour, inset a pixel when zoomed in", () => {
    const { ctx, fills } = recorder();
    drawPeriodMap(ctx, noBlit, { zoom: 10, panX: 0, panY: 0 }, 400, 400, blinker, DARK_THEME.empty);
    expect(fills).toHaveLength(5);
    expect(fills).toContainEqual({ args: [111, 201, 8, 8], style: STATOR_COLOR });
    expect(fills).toContainEqual({ args: [111, 191, 8, 8], style: ROTOR_COLORS[0] });
  });

  it("draws only the cells in view, and nothing without a map", () => {
    const { ctx, fills } = recorder();
    // The view shows columns 0..10: only the map's left column (x = 10).
    drawPeriodMap(ctx, noBlit, { zoom: 10, panX: 0, panY: 0 }, 110, 400, blinker, DARK_THEME.empty);
    expect(fills).toHaveLength(1);
    drawPeriodMap(ctx, noBlit, { zoom: 10, panX: 0, panY: 0 }, 400, 400, null, DARK_THEME.empty);
    expect(fills).toHaveLength(1);
  });

  it("zoomed out, draws the whole map as one image a pixel a cell, made once per map and theme", () => {
    const { ctx, fills } = recorder();
    const blits: { image: CellImage; at: number[] }[] = [];
    const blit: Blit = (image, ...at) => blits.push({ image: image as CellImage, at });
    const view = { zoom: 2, panX: 5, panY: 7 };
    drawPeriodMap(ctx, blit, view, 400, 400, blinker, DARK_THEME.empty);
    drawPeriodMap(ctx, blit, view, 400, 400, blinker, DARK_THEME.empty);
    expect(fills).toHaveLength(0);
    expect(blits).toHaveLength(2);
    // The map's box, cell (10, 19) on: 3x3 cells of 2 px.
    expect(blits[0]?.at).toEqual([25, 45, 6, 6]);
    expect(blits[1]?.image).toBe(blits[0]?.image);
    const { image } = blits[0] as { image: CellImage };
    const css = (word: number) =>
      `#${[word & 0xff, (word >>> 8) & 0xff, (word >>> 16) & 0xff].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
    // Opaque where a cell lived, in its period's colour; transparent elsewhere.
    expect(css(image.data[4] as number)).toBe(STATOR_COLOR);
    expect(css(image.data[1] as number)).toBe(ROTOR_COLORS[0]);
    expect((image.data[1] as number) >>> 24).toBe(0xff);
    expect([image.data[0], image.data[2], image.data[6], image.data[8]]).toEqual([0, 0, 0, 0]);
    // Another theme's empty colour makes another image.
    drawPeriodMap(ctx, blit, view, 400, 400, blinker, THEMES.light.empty);
    expect(blits[2]?.image).not.toBe(image);
  });

  it("colours the stator grey and the rotor's periods in order, shortest first", () => {
    const colors = periodColors([15, 1, 3, 5], DARK_THEME.empty);
    expect(colors.get(1)).toBe(STATOR_COLOR);
    expect([colors.get(3), colors.get(5), colors.get(15)]).toEqual(ROTOR_COLORS.slice(0, 3));
  });

  it("keeps every period's colour at 3:1 against each theme's empty cells", () => {
    const periods = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    for (const [name, theme] of Object.entries(THEMES)) {
      for (const [period, css] of periodColors(periods, theme.empty)) {
        const ratio = contrastRatio(Number.parseInt(css.slice(1), 16), theme.empty);
        expect(ratio, `${name}, period ${period}: ${css}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
