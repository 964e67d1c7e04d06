// Bundled by graphBrowser.ts into a blank page: times the population graph's drawing there.
import {
  drawGraphBase,
  drawGraphMarks,
  drawPopulationGraph,
} from "../../src/render/drawPopulationGraph.ts";
import { downsampleColumns } from "../../src/view/graph/downsampleColumns.ts";
import { summarize } from "./summarize.ts";

const COLORS = {
  background: "#0d1117",
  text: "#e6edf3",
  muted: "#9da7b3",
  grid: "#30363d",
  line: "#7ee787",
  marker: "#58a6ff",
  cursor: "#e6edf3",
  selection: "rgba(88, 166, 255, 0.25)",
};

/** A million points: a slow wave with noise, spikes every so often. */
function series(length: number) {
  const generations = new Float64Array(length);
  const populations = new Float64Array(length);
  let state = 7;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    generations[i] = i;
    populations[i] = 1000 + (state >>> 22) + Math.round(500 * Math.sin(i / 5000));
  }
  return { generations, populations, length };
}

/**
 * Redraws of the graph of `points` points on a 640x240 canvas (the panel's size) at device
 * pixel ratios 1 and 2, whole range and a tenth, linear and log, and a running world's frame
 * (the marks over the curve kept from the last drawing); beside them, the downsampling alone. Milliseconds, median [min-max] of `runs` redraws after a warm-up.
 */
(window as unknown as { runGraphBench: unknown }).runGraphBench = (
  runs: number,
  points: number,
) => {
  const data = series(points);
  const canvas = document.createElement("canvas");
  document.body.append(canvas);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("no 2d context");
  const rows: { task: string; millis: ReturnType<typeof summarize> }[] = [];
  const time = (task: string, run: () => void) => {
    run();
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      run();
      // The canvas's work is done when its pixels can be read.
      ctx.getImageData(0, 0, 1, 1);
      times.push(performance.now() - start);
    }
    rows.push({ task, millis: summarize(times) });
  };
  const last = points - 1;
  for (const dpr of [1, 2]) {
    canvas.width = 640 * dpr;
    canvas.height = 240 * dpr;
    const size = { width: 640, height: 240, dpr };
    const marks = { current: last, cursor: 500_000, selection: null };
    time(`draw ${points} points, dpr ${dpr}, linear`, () =>
      drawPopulationGraph(ctx, data, { from: 0, to: last, log: false }, marks, size, COLORS),
    );
    time(`draw ${points} points, dpr ${dpr}, log`, () =>
      drawPopulationGraph(ctx, data, { from: 0, to: last, log: true }, marks, size, COLORS),
    );
    time(`draw a tenth of ${points} points, dpr ${dpr}`, () =>
      drawPopulationGraph(
        ctx,
        data,
        { from: 450_000, to: 550_000, log: false },
        marks,
        size,
        COLORS,
      ),
    );
    // What a frame costs while the world runs: the marks over the curve drawn once.
    const base = document.createElement("canvas");
    base.width = canvas.width;
    base.height = canvas.height;
    const baseCtx = base.getContext("2d");
    if (!baseCtx) throw new Error("no 2d context");
    const view = { from: 0, to: last, log: false };
    const scale = drawGraphBase(baseCtx, data, view, size, COLORS);
    time(`a frame's marks over the drawn curve, dpr ${dpr}`, () => {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(base, 0, 0);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawGraphMarks(ctx, scale, data, marks, COLORS);
    });
    time(`downsampling alone, ${582 * dpr} columns (baseline)`, () =>
      downsampleColumns(data.generations, data.populations, points, 0, last, 582 * dpr),
    );
  }
  return rows;
};
