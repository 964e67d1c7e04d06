import { describe, expect, it } from "vitest";
import {
  drawGraphBase,
  drawGraphMarks,
  type GraphColors,
  xOfGeneration,
  yOfPopulation,
} from "./drawPopulationGraph.ts";

const COLORS: GraphColors = {
  background: "bg",
  text: "text",
  muted: "muted",
  grid: "grid",
  line: "line",
  marker: "marker",
  cursor: "cursor",
  selection: "selection",
};

/** Rectangles added to every Path2D made (the curve's bars), as [x, y, width, height]. */
const bars: number[][] = [];
(globalThis as { Path2D?: unknown }).Path2D = class {
  rect(...args: number[]) {
    bars.push(args);
  }
};

/** A canvas context that records its calls: enough for the graph's drawing. */
function recorder() {
  const calls: { name: string; args: unknown[]; style: unknown }[] = [];
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get: (target, key: string) =>
      key in target
        ? target[key]
        : key === "measureText"
          ? (text: string) => ({ width: 6 * text.length })
          : (...args: unknown[]) => calls.push({ name: key, args, style: target.strokeStyle }),
    set: (target, key: string, value) => {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, calls };
}

describe("drawing the population graph", () => {
  it("draws a spike of one generation among 100,000 as a bar reaching it", () => {
    bars.length = 0;
    const length = 100_000;
    const generations = new Float64Array(length).map((_, i) => i);
    const populations = new Float64Array(length).fill(100);
    populations[54_321] = 900;
    const { ctx } = recorder();
    const view = { from: 0, to: length - 1, log: false };
    const scale = drawGraphBase(
      ctx,
      { generations, populations, length },
      view,
      { width: 400, height: 200, dpr: 1 },
      COLORS,
    );
    expect(scale.top).toBe(1000);
    const spike = yOfPopulation(scale, 900);
    const x = xOfGeneration(scale, 54_321);
    // A bar a line wide round the spike's column, from its least (100) to its greatest (900).
    expect(
      bars.some(
        ([bx = 0, by = 0, , bh = 0]) =>
          Math.abs(bx + 0.75 - x) < 1 && by <= spike && by + bh >= yOfPopulation(scale, 100),
      ),
    ).toBe(true);
  });

  it("puts populations on a log axis from 1 to a power of ten, and 0 at its bottom", () => {
    const { ctx } = recorder();
    const series = {
      generations: Float64Array.from([0, 1, 2]),
      populations: Float64Array.from([0, 10, 4000]),
      length: 3,
    };
    const scale = drawGraphBase(
      ctx,
      series,
      { from: 0, to: 2, log: true },
      { width: 300, height: 150, dpr: 2 },
      COLORS,
    );
    expect(scale.top).toBe(10_000);
    const { area } = scale;
    expect(yOfPopulation(scale, 0)).toBe(area.top + area.height);
    expect(yOfPopulation(scale, 1)).toBe(area.top + area.height);
    expect(yOfPopulation(scale, 100)).toBeCloseTo(area.top + area.height / 2);
    expect(yOfPopulation(scale, 10_000)).toBe(area.top);
    // One column a device pixel.
    expect(scale.columns).toBe(2 * area.width);
  });

  it("marks the current generation dashed, and the point read with a line and a dot", () => {
    const { ctx, calls } = recorder();
    const series = {
      generations: Float64Array.from([0, 10, 20]),
      populations: Float64Array.from([5, 7, 6]),
      length: 3,
    };
    const size = { width: 300, height: 150, dpr: 1 };
    const scale = drawGraphBase(ctx, series, { from: 0, to: 20, log: false }, size, COLORS);
    calls.length = 0;
    drawGraphMarks(ctx, scale, series, { current: 10, cursor: 2, selection: null }, COLORS);
    expect(calls.find((c) => c.name === "setLineDash")?.args).toEqual([[4, 3]]);
    const dot = calls.find((c) => c.name === "arc");
    expect(dot?.args.slice(0, 2)).toEqual([xOfGeneration(scale, 20), yOfPopulation(scale, 6)]);
  });
});
