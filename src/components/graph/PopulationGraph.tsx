import { type KeyboardEvent, type PointerEvent, useEffect, useRef, useState } from "react";
import {
  drawGraphBase,
  drawGraphMarks,
  type GraphScale,
  type GraphView,
  generationAtX,
  plotArea,
} from "../../render/drawPopulationGraph.ts";
import type { PopulationSeries } from "../../store/graph/PopulationSeries.ts";
import { useLifeStore, useLifeStoreApi } from "../../store/useLifeStore.ts";
import { lowerBound, nearestPoint } from "../../view/graph/downsampleColumns.ts";
import { populationCsv, wholeText } from "../../view/graph/populationCsv.ts";
import { downloadBlob } from "../browser/download.ts";
import { GraphToggle } from "./GraphToggle.tsx";
import { fullRange, keptNotes, keyAction, noteOf, viewFrom } from "./graphModel.ts";
import { readGraphColors } from "./readGraphColors.ts";
import "./populationGraph.css";

/** A series of no points, drawn before the first answer. */
const EMPTY = { generations: new Float64Array(0), populations: new Float64Array(0), length: 0 };

/** How often the shown graph asks the worker for new points, in ms. */
const POLL_MILLIS = 250;
/** Polls skipped while the world is paused and unchanged, before one is made anyway. */
const QUIET_POLLS = 8;
/** A drag shorter than this, in CSS pixels, is a click (it reads a point), not a range. */
const LEAST_DRAG = 5;

/**
 * The population graph: population against generation as the world runs, from the universe
 * worker's record (fetched while shown, only the points new since). Linear or log scale; drag
 * across it (or + and − with it focused) to zoom to a range, Reset zoom (or 0) to see it all;
 * hovering, or the arrow keys with it focused, reads a point; PNG and CSV export the picture
 * and every point kept, exactly. Drawn on a canvas from a subscription, not by React renders.
 */
export function PopulationGraph() {
  const store = useLifeStoreApi();
  const open = useLifeStore((s) => s.graphOpen);
  const patternName = useLifeStore((s) => s.patternName);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const seriesRef = useRef<PopulationSeries | null>(null);
  /** The zoomed range, null when the graph shows every point. */
  const zoomRef = useRef<readonly [number, number] | null>(null);
  const logRef = useRef(false);
  const cursorRef = useRef(-1);
  const selectionRef = useRef<[number, number] | null>(null);
  const dragRef = useRef<{ x: number; pointer: number } | null>(null);
  /** Where a range started with Enter begins, as a generation. */
  const markRef = useRef<number | null>(null);
  const scheduleRef = useRef<() => void>(() => {});
  const [log, setLog] = useState(false);
  const [zoomed, setZoomed] = useState(false);
  const [readout, setReadout] = useState("");
  const [tip, setTip] = useState<{ x: number; y: number; text: string } | null>(null);
  const [note, setNote] = useState("");

  const viewOf = (): GraphView => viewFrom(zoomRef.current, seriesRef.current, logRef.current);

  /** Reads out the point at index `i` (none when -1). */
  const readPoint = (i: number, hover?: { x: number; y: number }) => {
    cursorRef.current = i;
    const series = seriesRef.current;
    if (!series || i < 0 || i >= series.length) {
      setReadout("");
      setTip(null);
    } else {
      const text = `Generation ${wholeText(series.generations[i] as number)}: population ${wholeText(series.populations[i] as number)}`;
      setReadout(text);
      setTip(hover ? { ...hover, text } : null);
    }
    scheduleRef.current();
  };

  useEffect(() => {
    if (!open) return;
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    let frame: number | undefined;
    let width = 1;
    let height = 1;
    let dpr = 1;
    // The axes and the curve, drawn again only when they change; the marks over them every time.
    const base = document.createElement("canvas");
    const baseCtx = base.getContext("2d");
    let baseKey = "";
    let scale: GraphScale | null = null;
    const draw = () => {
      frame = undefined;
      if (!baseCtx) return;
      const series = seriesRef.current ?? EMPTY;
      const view = viewFrom(zoomRef.current, seriesRef.current, logRef.current);
      const colors = readGraphColors(canvas);
      const size = { width, height, dpr };
      const key = JSON.stringify([seriesRef.current?.version, view, size, colors]);
      if (key !== baseKey || !scale) {
        base.width = canvas.width;
        base.height = canvas.height;
        scale = drawGraphBase(baseCtx, series, view, size, colors);
        baseKey = key;
        // What was drawn, readable from outside: end-to-end tests check the curve with it.
        canvas.dataset.points = String(series.length);
        canvas.dataset.top = String(scale.top);
        canvas.dataset.from = String(view.from);
        canvas.dataset.to = String(view.to);
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(base, 0, 0);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const current = Number(store.getState().world.generation);
      const marks = { current, cursor: cursorRef.current, selection: selectionRef.current };
      drawGraphMarks(ctx, scale, series, marks, colors);
    };
    const schedule = () => {
      frame ??= requestAnimationFrame(draw);
    };
    scheduleRef.current = schedule;
    const resize = () => {
      const parent = canvas.parentElement;
      if (!parent) return;
      width = Math.max(1, Math.floor(parent.clientWidth));
      height = Math.max(1, Math.floor(parent.clientHeight));
      dpr = window.devicePixelRatio || 1;
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      schedule();
    };
    const observer = new ResizeObserver(resize);
    if (canvas.parentElement) observer.observe(canvas.parentElement);
    resize();

    let version = -1;
    let stopped = false;
    /** What the world was at the last fetch: a paused, unchanged world is not asked again. */
    let seen: readonly unknown[] = [];
    let quiet = 0;
    const poll = () => {
      if (document.hidden) return;
      const s = store.getState();
      const now = [s.world.generation, s.world.population, s.world.startKey, s.world.space, s.rule];
      const same = !s.running && now.every((value, i) => value === seen[i]);
      // Now and then all the same, for what the store does not show (a worker replaced).
      if (same && ++quiet < QUIET_POLLS) return;
      seen = now;
      quiet = 0;
      store
        .getState()
        .fetchPopulations()
        .then(
          (series) => {
            if (stopped) return;
            seriesRef.current = series;
            if (series.version === version) return;
            version = series.version;
            if (cursorRef.current >= series.length) cursorRef.current = -1;
            setNote(noteOf(series));
            schedule();
          },
          () => {},
        );
    };
    poll();
    const timer = setInterval(poll, POLL_MILLIS);
    // The current generation's mark follows the world.
    const unsubscribe = store.subscribe((now, before) => {
      if (now.world.generation !== before.world.generation) schedule();
    });
    return () => {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      observer.disconnect();
      if (frame !== undefined) cancelAnimationFrame(frame);
      scheduleRef.current = () => {};
    };
  }, [open, store]);

  if (!open) return <GraphToggle />;

  const areaOf = () => {
    const canvas = canvasRef.current;
    return plotArea(canvas?.clientWidth ?? 1, canvas?.clientHeight ?? 1);
  };
  const xOf = (event: PointerEvent<HTMLCanvasElement>) =>
    event.clientX - event.currentTarget.getBoundingClientRect().left;

  const zoomTo = (range: readonly [number, number] | null) => {
    zoomRef.current = range;
    setZoomed(range !== null);
    scheduleRef.current();
  };
  /** Zooms by `factor` (below 1: in) around generation `at`. */
  const zoomAround = (at: number, factor: number) => {
    const [fullFrom, fullTo] = fullRange(seriesRef.current);
    const { from, to } = viewOf();
    const span = Math.max(2, (to - from) * factor);
    if (span >= fullTo - fullFrom) {
      zoomTo(null);
      return;
    }
    const start = Math.min(
      Math.max(fullFrom, at - (at - from) * (span / (to - from))),
      fullTo - span,
    );
    zoomTo([start, start + span]);
  };

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const x = xOf(event);
    const g = generationAtX(viewOf(), areaOf(), x);
    dragRef.current = { x, pointer: event.pointerId };
    selectionRef.current = [g, g];
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const x = xOf(event);
    const g = generationAtX(viewOf(), areaOf(), x);
    const drag = dragRef.current;
    if (drag && selectionRef.current) {
      selectionRef.current = [selectionRef.current[0], g];
      scheduleRef.current();
      return;
    }
    const series = seriesRef.current;
    if (!series) return;
    const i = nearestPoint(series.generations, series.length, g);
    const y = event.clientY - event.currentTarget.getBoundingClientRect().top;
    readPoint(i, { x, y });
  };
  const onPointerUp = (event: PointerEvent<HTMLCanvasElement>) => {
    const drag = dragRef.current;
    const selection = selectionRef.current;
    dragRef.current = null;
    selectionRef.current = null;
    if (!drag || !selection) return;
    if (Math.abs(xOf(event) - drag.x) >= LEAST_DRAG) {
      const from = Math.min(...selection);
      const to = Math.max(...selection);
      zoomTo([from, Math.max(to, from + 2)]);
    } else {
      const series = seriesRef.current;
      if (series) readPoint(nearestPoint(series.generations, series.length, selection[0]));
    }
    scheduleRef.current();
  };

  /** Moves the read point to index `i`, the zoomed range following it. */
  const moveCursor = (i: number) => {
    const series = seriesRef.current;
    if (!series || series.length === 0) return;
    const at = Math.max(0, Math.min(series.length - 1, i));
    const g = series.generations[at] as number;
    const zoom = zoomRef.current;
    if (zoom && (g < zoom[0] || g > zoom[1])) {
      const span = zoom[1] - zoom[0];
      const from = g < zoom[0] ? g : g - span;
      zoomTo([from, from + span]);
    }
    if (markRef.current !== null) selectionRef.current = [markRef.current, g];
    readPoint(at);
  };
  /** Enter: starts a range at the point read, or zooms to the range started. */
  const mark = (here: number) => {
    const start = markRef.current;
    if (start === null) {
      markRef.current = here;
      selectionRef.current = [here, here];
      setReadout(`Range from generation ${wholeText(here)}: move and press Enter to zoom to it`);
    } else {
      markRef.current = null;
      selectionRef.current = null;
      if (here !== start) zoomTo([Math.min(start, here), Math.max(start, here)]);
    }
    scheduleRef.current();
  };
  const unmark = () => {
    markRef.current = null;
    selectionRef.current = null;
    scheduleRef.current();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const series = seriesRef.current;
    if (!series || event.ctrlKey || event.metaKey || event.altKey) return;
    const { from, to } = viewOf();
    const cursor =
      cursorRef.current >= 0
        ? cursorRef.current
        : nearestPoint(
            series.generations,
            series.length,
            Number(store.getState().world.generation),
          );
    const tenth = Math.max(1, (to - from) / 10);
    const byGeneration = (g: number) =>
      moveCursor(nearestPoint(series.generations, series.length, g));
    const here = (series.generations[cursor] as number) ?? from;
    const action = keyAction(event.key, event.shiftKey, {
      move: (by) => moveCursor(cursor + by),
      to: (i) => moveCursor(i),
      byGeneration: (by) => byGeneration(here + by * tenth),
      zoom: (factor) => zoomAround(here, factor),
      reset: zoomed || event.key === "0" ? () => zoomTo(null) : null,
      mark: () => mark(here),
      unmark: markRef.current === null ? null : unmark,
      log: toggleLog,
      first: lowerBound(series.generations, series.length, from),
      last: lowerBound(series.generations, series.length, to + 1e-9) - 1,
    });
    if (!action) return;
    // Taken here: the page's shortcuts (step back, zoom the grid) leave it alone.
    event.preventDefault();
    action();
  };

  const toggleLog = () => {
    logRef.current = !logRef.current;
    setLog(logRef.current);
    scheduleRef.current();
  };
  const fileName = (extension: string) =>
    `${(patternName ?? "world").replace(/[^\w.-]+/g, "-")}-population.${extension}`;
  const exportPng = () => {
    canvasRef.current?.toBlob((blob) => {
      if (blob) downloadBlob(fileName("png"), blob);
    }, "image/png");
  };
  /**
   * Every point up to now, exactly: fetched first by a request sent after the click (a fetch
   * already in flight may have been answered before the world got where the page shows it).
   */
  const exportCsv = () => {
    const fetch = () => store.getState().fetchPopulations();
    void fetch()
      .then(fetch)
      .then((series) => {
        const notes = keptNotes(series);
        const parts = populationCsv(series.generations, series.populations, series.length, notes);
        downloadBlob(fileName("csv"), new Blob(parts, { type: "text/csv;charset=utf-8" }));
      });
  };

  return (
    <section className="graph-panel" aria-labelledby="graph-title">
      <div className="graph-head">
        <h2 id="graph-title">Population</h2>
        <div className="graph-actions">
          <button
            type="button"
            aria-pressed={log}
            onClick={toggleLog}
            title="L with the graph focused"
          >
            Log scale
          </button>
          <button
            type="button"
            disabled={!zoomed}
            onClick={() => zoomTo(null)}
            title="0 with the graph focused"
          >
            Reset zoom
          </button>
          <button type="button" onClick={exportPng} aria-label="Export the graph as PNG">
            PNG
          </button>
          <button type="button" onClick={exportCsv} aria-label="Export the populations as CSV">
            CSV
          </button>
          <button
            type="button"
            className="graph-close"
            aria-label="Hide the population graph"
            title="P"
            onClick={() => store.getState().setGraphOpen(false)}
          >
            ×
          </button>
        </div>
      </div>
      <div className="graph-plot">
        <canvas
          ref={canvasRef}
          className="graph-canvas"
          role="img"
          tabIndex={0}
          aria-label="Population against generation: drag to zoom to a range; with focus, arrows read a point, Enter twice zooms to a range, + and − zoom, 0 resets, L toggles the log scale"
          aria-describedby="graph-readout"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => {
            dragRef.current = null;
            selectionRef.current = null;
            scheduleRef.current();
          }}
          onPointerLeave={() => setTip(null)}
          onKeyDown={onKeyDown}
        />
        {tip && (
          <div
            className="graph-tip"
            style={{ left: tip.x, top: tip.y }}
            data-flip={tip.x > (canvasRef.current?.clientWidth ?? 0) / 2 ? "" : undefined}
          >
            {tip.text}
          </div>
        )}
      </div>
      <p id="graph-readout" className="graph-readout">
        {readout || "Hover over the graph, or focus it and use the arrow keys, to read a point."}
      </p>
      <p className="graph-note">{note}</p>
    </section>
  );
}
