import { describe, expect, it } from "vitest";
import { drawMarks, MARK_COLORS } from "./drawMarks.ts";
import type { Canvas2D } from "./drawScene.ts";

/** A canvas context that records each draw call with the style it was made in. */
function recorder() {
  const calls: { name: string; args: unknown[]; style: unknown }[] = [];
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get: (target, key: string) =>
      key in target
        ? target[key]
        : (...args: unknown[]) =>
            calls.push({
              name: key,
              args,
              style: key === "fillRect" ? target.fillStyle : target.strokeStyle,
            }),
    set: (target, key: string, value) => {
      target[key] = value;
      return true;
    },
  }) as unknown as Canvas2D;
  return { ctx, calls };
}

describe("drawMarks", () => {
  const view = { zoom: 10, panX: 5, panY: 5 };

  it("rings the active cell, dashes where a query asked and fills the cell that answered", () => {
    const { ctx, calls } = recorder();
    drawMarks(ctx, view, {
      active: { x: 0, y: 2 },
      asked: { x: -1, y: 2 },
      answered: { x: 9, y: 2 },
      differing: [],
    });
    expect(calls.find((c) => c.name === "fillRect")).toMatchObject({
      args: [95, 25, 10, 10],
      style: MARK_COLORS.answered,
    });
    const rings = calls.filter((c) => c.name === "strokeRect");
    // The query beyond the left edge is drawn there, outside the grid.
    expect(rings[0]).toMatchObject({ args: [-4, 26, 8, 8], style: MARK_COLORS.asked });
    expect(rings[1]).toMatchObject({ args: [4, 24, 12, 12], style: MARK_COLORS.active });
  });

  it("crosses out each differing cell, and draws nothing without marks", () => {
    const { ctx, calls } = recorder();
    drawMarks(ctx, view, {
      active: null,
      asked: null,
      answered: null,
      differing: [
        { x: 1, y: 1 },
        { x: 3, y: 0 },
      ],
    });
    expect(calls.filter((c) => c.name === "moveTo")).toHaveLength(4);
    expect(calls.find((c) => c.name === "stroke")?.style).toBe(MARK_COLORS.differing);
    const empty = recorder();
    drawMarks(empty.ctx, view, null);
    expect(empty.calls).toEqual([]);
  });
});
