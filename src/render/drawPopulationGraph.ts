import { downsampleColumns } from "../view/graph/downsampleColumns.ts";
import { formatTick, logTicks, niceCeiling, niceTicks } from "../view/graph/graphTicks.ts";

/** The graph's colours, read from the page's CSS variables so that themes reach it. */
export interface GraphColors {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly line: string;
  readonly marker: string;
  readonly cursor: string;
  readonly selection: string;
}

/** Points of a series: generations increasing, the first `length` of each array. */
export interface GraphSeries {
  readonly generations: Float64Array;
  readonly populations: Float64Array;
  readonly length: number;
}

/** What the graph shows: generations [from, to], populations on a linear or log axis. */
export interface GraphView {
  readonly from: number;
  readonly to: number;
  readonly log: boolean;
}

/** What is marked over the curve, as generations. */
export interface GraphMarks {
  /** The world's generation now. */
  readonly current: number | null;
  /** The point read out (hover, keyboard), by index into the series. */
  readonly cursor: number;
  /** A range being selected to zoom to. */
  readonly selection: readonly [number, number] | null;
}

/** The plot's rectangle inside the canvas, in CSS pixels. */
export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The plot inside a `width` x `height` canvas: room for the axes' labels left and below. */
export function plotArea(width: number, height: number): PlotArea {
  const left = 48;
  const top = 8;
  return {
    left,
    top,
    width: Math.max(1, width - left - 10),
    height: Math.max(1, height - top - 22),
  };
}

/** The generation at CSS x `x` of the plot. */
export function generationAtX(view: GraphView, area: PlotArea, x: number): number {
  return view.from + ((x - area.left) / area.width) * (view.to - view.from);
}

/** How a drawn graph maps generations and populations to CSS pixels: what marks are drawn with. */
export interface GraphScale {
  readonly area: PlotArea;
  readonly view: GraphView;
  /** The top of the population axis: a round value on a linear one, a power of ten on a log one. */
  readonly top: number;
  /** The pixel columns the points were reduced to. */
  readonly columns: number;
}

/** The CSS x of `generation` on a graph drawn at `scale`. */
export function xOfGeneration(scale: GraphScale, generation: number): number {
  const { area, view } = scale;
  const span = view.to - view.from;
  return area.left + (span > 0 ? ((generation - view.from) / span) * area.width : area.width / 2);
}

/** The CSS y of `population` on a graph drawn at `scale` (below 1 on a log axis: the bottom). */
export function yOfPopulation(scale: GraphScale, population: number): number {
  const { area, view, top } = scale;
  const v = view.log ? (population >= 1 ? Math.log10(population) : 0) : population;
  const hi = view.log ? Math.log10(top) : top;
  return area.top + area.height - (v / hi) * area.height;
}

/**
 * Draws the graph's still part on `ctx` (`width` x `height` CSS pixels at `dpr`): axes with
 * round ticks and the curve, the points reduced to each device pixel column's first, least,
 * greatest and last population (`downsampleColumns`: a million points cost one pass, and every
 * spike stays). What moves over it (the current generation, the point read, a selection) is
 * drawn by `drawGraphMarks`, so the curve is drawn again only when it changes.
 */
export function drawGraphBase(
  ctx: CanvasRenderingContext2D,
  series: GraphSeries,
  view: GraphView,
  size: { readonly width: number; readonly height: number; readonly dpr: number },
  colors: GraphColors,
): GraphScale {
  const { width, height, dpr } = size;
  const area = plotArea(width, height);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, width, height);
  const count = Math.max(1, Math.round(area.width * dpr));
  const { generations, populations, length } = series;
  const columns = downsampleColumns(generations, populations, length, view.from, view.to, count);
  let most = 0;
  for (let c = 0; c < count; c++) {
    if (columns.points[c] && (columns.max[c] as number) > most) most = columns.max[c] as number;
  }
  for (const edge of [columns.before, columns.after]) {
    if (edge && edge.population > most) most = edge.population;
  }
  const top = view.log
    ? 10 ** Math.max(1, Math.ceil(Math.log10(Math.max(most, 1))))
    : niceCeiling(most);
  const scale: GraphScale = { area, view, top, columns: count };
  const xOf = (generation: number) => xOfGeneration(scale, generation);
  const yOf = (population: number) => yOfPopulation(scale, population);

  // Axes: grid lines at the ticks, labels outside the plot.
  ctx.font = "11px system-ui, sans-serif";
  ctx.lineWidth = 1;
  ctx.strokeStyle = colors.grid;
  ctx.fillStyle = colors.muted;
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  const rows = Math.max(2, Math.floor(area.height / 36));
  const yTicks = view.log ? logTicks(1, top, rows) : niceTicks(0, top, rows);
  ctx.beginPath();
  for (const tick of yTicks) {
    const y = Math.round(yOf(tick)) + 0.5;
    ctx.moveTo(area.left, y);
    ctx.lineTo(area.left + area.width, y);
    ctx.fillText(formatTick(tick), area.left - 6, y);
  }
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  const xTicks = niceTicks(view.from, view.to, Math.max(2, Math.floor(area.width / 80)));
  for (const tick of xTicks) {
    const x = Math.round(xOf(tick)) + 0.5;
    ctx.moveTo(x, area.top);
    ctx.lineTo(x, area.top + area.height);
    const label = formatTick(tick);
    // Kept inside the canvas: the last tick's label is not cut at the right edge.
    const half = ctx.measureText(label).width / 2;
    ctx.fillText(
      label,
      Math.min(Math.max(x, half + 1), width - half - 1),
      area.top + area.height + 5,
    );
  }
  ctx.stroke();
  ctx.strokeStyle = colors.muted;
  ctx.strokeRect(area.left + 0.5, area.top + 0.5, area.width - 1, area.height - 1);

  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.width, area.height);
  ctx.clip();
  // The curve: a line from each column's first population to its last, and the column's
  // extent, least to greatest, as a bar a line wide (cheaper to fill than to stroke as a
  // zigzag of a million points).
  ctx.strokeStyle = colors.line;
  ctx.fillStyle = colors.line;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  let started = false;
  const to = (x: number, y: number) => {
    if (started) ctx.lineTo(x, y);
    else ctx.moveTo(x, y);
    started = true;
  };
  if (columns.before) to(xOf(columns.before.generation), yOf(columns.before.population));
  const columnWidth = area.width / count;
  const bars = new Path2D();
  for (let c = 0; c < count; c++) {
    const points = columns.points[c] as number;
    if (points === 0) continue;
    const x = area.left + (c + 0.5) * columnWidth;
    to(x, yOf(columns.first[c] as number));
    if (points > 1) {
      ctx.lineTo(x, yOf(columns.last[c] as number));
      const high = yOf(columns.max[c] as number);
      bars.rect(x - 0.75, high - 0.75, 1.5, yOf(columns.min[c] as number) - high + 1.5);
    }
  }
  if (columns.after) to(xOf(columns.after.generation), yOf(columns.after.population));
  // A lone point is a dot.
  if (length === 1) {
    const x = xOf(generations[0] as number);
    ctx.moveTo(x - 2, yOf(populations[0] as number));
    ctx.lineTo(x + 2, yOf(populations[0] as number));
  }
  ctx.stroke();
  ctx.fill(bars);
  ctx.restore();
  return scale;
}

/**
 * Draws over a graph drawn at `scale`: a range being selected, the world's current generation
 * (dashed) and the point read out (a line and a dot).
 */
export function drawGraphMarks(
  ctx: CanvasRenderingContext2D,
  scale: GraphScale,
  series: GraphSeries,
  marks: GraphMarks,
  colors: GraphColors,
): void {
  const { area, view } = scale;
  const { generations, populations, length } = series;
  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.width, area.height);
  ctx.clip();
  if (marks.selection) {
    const [a, b] = marks.selection;
    const x0 = xOfGeneration(scale, Math.min(a, b));
    ctx.fillStyle = colors.selection;
    ctx.fillRect(x0, area.top, Math.max(1, xOfGeneration(scale, Math.max(a, b)) - x0), area.height);
  }
  if (marks.current !== null && marks.current >= view.from && marks.current <= view.to) {
    const x = Math.round(xOfGeneration(scale, marks.current)) + 0.5;
    ctx.strokeStyle = colors.marker;
    ctx.lineWidth = 1;
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(x, area.top);
    ctx.lineTo(x, area.top + area.height);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  if (marks.cursor >= 0 && marks.cursor < length) {
    const x = xOfGeneration(scale, generations[marks.cursor] as number);
    const y = yOfPopulation(scale, populations[marks.cursor] as number);
    ctx.strokeStyle = colors.cursor;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(Math.round(x) + 0.5, area.top);
    ctx.lineTo(Math.round(x) + 0.5, area.top + area.height);
    ctx.stroke();
    ctx.fillStyle = colors.cursor;
    ctx.beginPath();
    ctx.arc(x, y, 3.5, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.restore();
}

/** The whole graph at once: its still part and its marks. */
export function drawPopulationGraph(
  ctx: CanvasRenderingContext2D,
  series: GraphSeries,
  view: GraphView,
  marks: GraphMarks,
  size: { readonly width: number; readonly height: number; readonly dpr: number },
  colors: GraphColors,
): GraphScale {
  const scale = drawGraphBase(ctx, series, view, size, colors);
  drawGraphMarks(ctx, scale, series, marks, colors);
  return scale;
}
