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

/** What a drawing found: the populations' axis, for reading values and for tests. */
export interface DrawnGraph {
  readonly top: number;
  /** The bottom of the population axis: 0 on a linear one, a power of ten on a log one. */
  readonly bottom: number;
  /** The pixel columns the points were reduced to. */
  readonly columns: number;
}

/**
 * Draws population against generation on `ctx` (`width` x `height` CSS pixels at `dpr`): axes
 * with round ticks, the curve reduced to its least and greatest population per device pixel
 * column (`downsampleColumns`: a million points cost one pass), the current generation, the
 * point read out and a range being selected.
 */
export function drawPopulationGraph(
  ctx: CanvasRenderingContext2D,
  series: GraphSeries,
  view: GraphView,
  marks: GraphMarks,
  size: { readonly width: number; readonly height: number; readonly dpr: number },
  colors: GraphColors,
): DrawnGraph {
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
  const bottom = view.log ? 1 : 0;
  const top = view.log
    ? 10 ** Math.max(1, Math.ceil(Math.log10(Math.max(most, 1))))
    : niceCeiling(most);
  const lo = view.log ? 0 : bottom;
  const hi = view.log ? Math.log10(top) : top;
  const yOf = (population: number): number => {
    const v = view.log ? (population >= 1 ? Math.log10(population) : lo) : population;
    return area.top + area.height - ((v - lo) / (hi - lo)) * area.height;
  };
  const span = view.to - view.from;
  const xOf = (generation: number): number =>
    area.left + (span > 0 ? ((generation - view.from) / span) * area.width : area.width / 2);

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

  if (marks.selection) {
    const [a, b] = marks.selection;
    const x0 = xOf(Math.min(a, b));
    ctx.fillStyle = colors.selection;
    ctx.fillRect(x0, area.top, Math.max(1, xOf(Math.max(a, b)) - x0), area.height);
  }

  // The curve: through each column's first, least, greatest and last population.
  ctx.strokeStyle = colors.line;
  ctx.lineWidth = 1.5;
  ctx.lineJoin = "round";
  ctx.beginPath();
  let started = false;
  const to = (x: number, y: number) => {
    if (started) ctx.lineTo(x, y);
    else ctx.moveTo(x, y);
    started = true;
  };
  if (columns.before) to(xOf(columns.before.generation), yOf(columns.before.population));
  const columnWidth = area.width / count;
  for (let c = 0; c < count; c++) {
    if (!columns.points[c]) continue;
    const x = area.left + (c + 0.5) * columnWidth;
    to(x, yOf(columns.first[c] as number));
    if ((columns.points[c] as number) > 1) {
      ctx.lineTo(x, yOf(columns.min[c] as number));
      ctx.lineTo(x, yOf(columns.max[c] as number));
      ctx.lineTo(x, yOf(columns.last[c] as number));
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

  if (marks.current !== null && marks.current >= view.from && marks.current <= view.to) {
    const x = Math.round(xOf(marks.current)) + 0.5;
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
    const x = xOf(generations[marks.cursor] as number);
    const y = yOf(populations[marks.cursor] as number);
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
  return { top, bottom, columns: count };
}
