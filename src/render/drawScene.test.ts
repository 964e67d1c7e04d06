import { describe, expect, it } from "vitest";
import { lifeLike } from "../rules/Rule.ts";
import type { DensityPicture } from "../universe/Universe.ts";
import { toPixel } from "../view/pixelColors.ts";
import { stateColors } from "../view/stateColors.ts";
import { CONTRAST_THEME, DARK_THEME, toCss } from "../view/Theme.ts";
import { GRID_LINE_ZOOM } from "../view/Viewport.ts";
import type { CellImage } from "./CellImage.ts";
import { type Blit, type Canvas2D, CURSOR_MIN_SIZE, drawScene, type Surface } from "./drawScene.ts";
import type { Scene } from "./sceneOf.ts";

const ALIVE_PX = toPixel(DARK_THEME.alive);
const EMPTY_PX = toPixel(DARK_THEME.empty);

/** A canvas context that records what was drawn. */
function createRecorder() {
  const calls: { name: string; args: unknown[]; state: Record<string, unknown> }[] = [];
  const state: Record<string, unknown> = { lineDash: [] as number[] };
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      if (name === "setLineDash") state.lineDash = args[0];
      calls.push({ name, args, state: { ...state } });
    };
  const ctx = new Proxy(state, {
    get: (target, key: string) => (key in target ? target[key] : record(key)),
    set: (target, key: string, value) => {
      target[key] = value;
      return true;
    },
  }) as unknown as Canvas2D;
  const blits: { image: CellImage | ImageBitmap; rect: number[] }[] = [];
  const blit: Blit = (image, dx, dy, dw, dh) => blits.push({ image, rect: [dx, dy, dw, dh] });
  return { ctx, calls, blit, blits };
}

/** A picture of a 10x8 grid cell by cell, with cell (4, 3) alive. */
function gridPicture(): DensityPicture {
  const pixels = new Uint8Array(10 * 8);
  pixels[3 * 10 + 4] = 255;
  return { x: 0, y: 0, scale: 0, width: 10, height: 8, pixels };
}

function scene(overrides: Partial<Scene> & { topology?: "torus" | "plane" } = {}): Scene {
  const { topology = "torus", ...rest } = overrides;
  return {
    world: {
      space: { kind: topology, width: 10, height: 8 },
      picture: gridPicture(),
      overlay: [],
    },
    view: { zoom: 10, panX: 5, panY: 5 },
    canvasWidth: 200,
    canvasHeight: 150,
    hover: null,
    selection: null,
    paste: null,
    cursor: null,
    ...rest,
  };
}

const SURFACE: Surface = { theme: DARK_THEME, dpr: 2 };

describe("drawScene", () => {
  it("blits the worker's picture where the view puts it, clipped to the visible grid", () => {
    const { ctx, calls, blit, blits } = createRecorder();
    drawScene(ctx, blit, scene({ view: { zoom: 20, panX: -30, panY: 10 } }), SURFACE);
    expect(blits).toHaveLength(1);
    const [{ image, rect } = { image: undefined, rect: [] }] = blits;
    // The whole picture, from cell (0, 0) at (-30, 10), 20 px a cell.
    expect(rect).toEqual([-30, 10, 200, 160]);
    // Cell (4, 3) is alive, the others empty.
    expect((image as CellImage | undefined)?.data[3 * 10 + 4]).toBe(ALIVE_PX);
    expect((image as CellImage | undefined)?.data[3 * 10 + 5]).toBe(EMPTY_PX);
    // Clipped to columns 1..9 (column 1 partly visible at -10 px) and rows 0..6.
    const clip = calls.find((c) => c.name === "rect");
    expect(clip?.args).toEqual([-10, 10, 180, 140]);
  });

  it("scales for high-DPI screens", () => {
    const { ctx, calls, blit } = createRecorder();
    drawScene(ctx, blit, scene(), { ...SURFACE, dpr: 3 });
    expect(calls.find((c) => c.name === "setTransform")?.args).toEqual([3, 0, 0, 3, 0, 0]);
  });

  it("draws grid lines only when cells are big enough", () => {
    const lines = (zoom: number) => {
      const { ctx, calls, blit } = createRecorder();
      drawScene(ctx, blit, scene({ view: { zoom, panX: 0, panY: 0 } }), SURFACE);
      return calls.filter((c) => c.name === "lineTo").length;
    };
    expect(lines(GRID_LINE_ZOOM)).toBe(11 + 9); // 10 columns and 8 rows have 11 and 9 edges
    expect(lines(GRID_LINE_ZOOM - 1)).toBe(0);
  });

  it("draws a torus edge dashed and a plane edge solid, in different colours", () => {
    const edge = (topology: "torus" | "plane") => {
      const { ctx, calls, blit } = createRecorder();
      drawScene(ctx, blit, scene({ topology }), SURFACE);
      const call = calls.find((c) => c.name === "strokeRect");
      return { dash: call?.state.lineDash, colour: call?.state.strokeStyle, rect: call?.args };
    };
    const torus = edge("torus");
    const plane = edge("plane");
    expect((torus.dash as number[]).length).toBeGreaterThan(0);
    expect(plane.dash).toEqual([]);
    expect(torus.colour).not.toBe(plane.colour);
    expect(torus.rect).toEqual([4, 4, 102, 82]);
  });

  it("outlines the cell under the pointer", () => {
    const { ctx, calls, blit } = createRecorder();
    drawScene(ctx, blit, scene({ hover: { x: 2, y: 1 } }), SURFACE);
    const outlines = calls.filter((c) => c.name === "strokeRect");
    expect(outlines[1]?.args).toEqual([25.5, 15.5, 9, 9]);
    expect(outlines[1]?.state.strokeStyle).toBe(DARK_THEME.hover);
  });

  it("draws nothing but the surroundings when the grid is off screen", () => {
    const { ctx, blit, blits } = createRecorder();
    drawScene(ctx, blit, scene({ view: { zoom: 10, panX: 1000, panY: 0 } }), SURFACE);
    expect(blits).toHaveLength(0);
  });
});

describe("drawScene overlays", () => {
  it("outlines the selection and draws a block being placed", () => {
    const { ctx, calls, blit } = createRecorder();
    drawScene(
      ctx,
      blit,
      scene({
        selection: { x: 1, y: 2, width: 3, height: 2 },
        paste: { x: 5, y: 5, block: { width: 2, height: 1, cells: new Uint8Array([1, 0]) } },
      }),
      SURFACE,
    );
    const outline = calls.find(
      (c) => c.name === "strokeRect" && c.state.strokeStyle === DARK_THEME.selection,
    );
    expect(outline?.args).toEqual([15, 25, 30, 20]);
    const ghostCells = calls.filter(
      (c) => c.name === "fillRect" && c.state.fillStyle === DARK_THEME.ghost,
    );
    expect(ghostCells.map((c) => c.args)).toEqual([[55, 55, 10, 10]]);
  });
});

describe("drawScene keyboard cursor", () => {
  const rings = (overrides: Partial<Scene>) => {
    const { ctx, calls, blit } = createRecorder();
    drawScene(ctx, blit, scene(overrides), SURFACE);
    return calls.filter(
      (c) =>
        c.name === "strokeRect" &&
        (c.state.strokeStyle === DARK_THEME.cursor ||
          c.state.strokeStyle === DARK_THEME.cursorInner),
    );
  };

  it("rings the cursor's cell outside in the focus colour and inside in dark, last of all", () => {
    const { ctx, calls, blit } = createRecorder();
    drawScene(ctx, blit, scene({ cursor: { x: 2, y: 1 }, hover: { x: 2, y: 1 } }), SURFACE);
    const [outer, inner] = calls.filter((c) => c.name === "strokeRect").slice(-2);
    expect(outer?.args).toEqual([24, 14, 12, 12]);
    expect(outer?.state).toMatchObject({ strokeStyle: DARK_THEME.cursor, lineWidth: 2 });
    expect(inner?.args).toEqual([25.5, 15.5, 9, 9]);
    expect(inner?.state).toMatchObject({ strokeStyle: DARK_THEME.cursorInner, lineWidth: 1 });
  });

  it("draws the ring and the marks in the theme's colours, 3 px wide in high contrast", () => {
    const { ctx, calls, blit } = createRecorder();
    const marks = { active: { x: 1, y: 1 }, asked: null, answered: null, differing: [] };
    drawScene(ctx, blit, scene({ cursor: { x: 2, y: 1 }, marks }), {
      ...SURFACE,
      theme: CONTRAST_THEME,
    });
    const [outer] = calls.filter((c) => c.name === "strokeRect").slice(-2);
    // Outside the 10 px cell at (25, 15), clear of it by the ring's half width.
    expect(outer?.args).toEqual([23.5, 13.5, 13, 13]);
    expect(outer?.state).toMatchObject({ strokeStyle: CONTRAST_THEME.cursor, lineWidth: 3 });
    expect(calls.some((c) => c.state.strokeStyle === CONTRAST_THEME.marks.active)).toBe(true);
    expect(calls.some((c) => c.state.strokeStyle === DARK_THEME.marks.active)).toBe(false);
    // The grid's empty cells in the theme's empty colour.
    expect(calls.some((c) => c.state.fillStyle === toCss(CONTRAST_THEME.empty))).toBe(true);
  });

  it("keeps the ring big enough to see when cells are tiny", () => {
    const [outer] = rings({ cursor: { x: 4, y: 4 }, view: { zoom: 0.5, panX: 0, panY: 0 } });
    expect(outer?.args).toEqual([-2.75, -2.75, CURSOR_MIN_SIZE + 2, CURSOR_MIN_SIZE + 2]);
  });

  it("draws no cursor when there is none or it is off the grid", () => {
    expect(rings({})).toEqual([]);
    expect(rings({ cursor: { x: 10, y: 0 } })).toEqual([]);
  });
});

describe("the infinite plane", () => {
  const picture = {
    x: -4,
    y: -2,
    scale: 1,
    width: 3,
    height: 2,
    pixels: Uint8Array.from([0, 255, 64, 0, 0, 1]),
  };

  it("fills the canvas as empty space, blits the picture where it was taken, and draws no edge", () => {
    const { ctx, calls, blit, blits } = createRecorder();
    const view = { zoom: 4, panX: 100, panY: 50 };
    drawScene(
      ctx,
      blit,
      scene({
        view,
        world: {
          space: { kind: "infinite" },
          picture,
          overlay: [{ x: 7, y: 1, state: 1 }],
        },
      }),
      { theme: DARK_THEME, dpr: 1 },
    );
    expect(blits).toHaveLength(1);
    // Pixel (0, 0) covers 2x2 cells from (-4, -2): 8 px a pixel at zoom 4.
    expect(blits[0]?.rect).toEqual([100 - 16, 50 - 8, 24, 16]);
    const data = (blits[0]?.image as CellImage | undefined)?.data;
    expect(data?.[0]).toBe(toPixel(DARK_THEME.empty));
    expect(data?.[1]).toBe(toPixel(DARK_THEME.alive));
    // Every non-empty pixel shows, however sparse.
    expect(data?.[5]).not.toBe(toPixel(DARK_THEME.empty));
    expect(calls.some((c) => c.name === "strokeRect" && c.state.lineWidth === 2)).toBe(false);
    // The cell drawn since the picture, at once.
    expect(
      calls.some((c) => c.name === "fillRect" && c.args.join() === [128, 54, 4, 4].join()),
    ).toBe(true);
  });

  it("draws the worker's bitmap of the picture as it is, where the picture was taken", () => {
    const { ctx, blit, blits } = createRecorder();
    const bitmap = { width: 3, height: 2, close() {} } as ImageBitmap;
    const view = { zoom: 4, panX: 100, panY: 50 };
    drawScene(
      ctx,
      blit,
      scene({
        view,
        world: { space: { kind: "infinite" }, picture: { ...picture, bitmap }, overlay: [] },
      }),
      {
        theme: DARK_THEME,
        dpr: 1,
      },
    );
    expect(blits).toEqual([{ image: bitmap, rect: [100 - 16, 50 - 8, 24, 16] }]);
  });

  it("draws a picture of a pattern 2^40 cells wide zoomed out to fit, at finite places", () => {
    const { ctx, blit, blits } = createRecorder();
    const zoom = 2 ** -32;
    const far = { ...picture, x: 2 ** 40, y: -(2 ** 40), scale: 32 };
    const view = { zoom, panX: 400 - 2 ** 40 * zoom, panY: 300 + 2 ** 40 * zoom };
    const world = { space: { kind: "infinite" } as const, picture: far, overlay: [] };
    drawScene(ctx, blit, scene({ view, world }), {
      theme: DARK_THEME,
      dpr: 1,
    });
    expect(blits[0]?.rect).toEqual([400, 300, 3, 2]);
  });
});

describe("drawScene with a multi-state rule", () => {
  it("paints the picture's states and the drawn cells in the states' colours", () => {
    const { ctx, calls, blit, blits } = createRecorder();
    const rule = { family: "generations", states: 4, base: lifeLike(0b1000, 0b1100) } as const;
    const colors = stateColors(rule, DARK_THEME.empty, DARK_THEME.alive);
    const pixels = new Uint8Array(10 * 8);
    pixels[0] = 1;
    pixels[1] = 3;
    drawScene(
      ctx,
      blit,
      scene({
        rule,
        world: {
          space: { kind: "torus", width: 10, height: 8 },
          picture: { x: 0, y: 0, scale: 0, width: 10, height: 8, pixels, states: 4 },
          overlay: [{ x: 5, y: 5, state: 2 }],
        },
      }),
      SURFACE,
    );
    const data = (blits[0]?.image as CellImage | undefined)?.data;
    expect([data?.[0], data?.[1], data?.[2]]).toEqual(
      [colors[1], colors[3], DARK_THEME.empty].map((color) => toPixel(color as number)),
    );
    const drawn = calls.find((c) => c.name === "fillRect" && c.args.join() === "55,55,10,10");
    expect(drawn?.state.fillStyle).toBe(toCss(colors[2] as number));
  });
});
