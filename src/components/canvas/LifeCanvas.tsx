import { useEffect, useRef } from "react";
import { createBlit } from "../../render/createBlit.ts";
import { createCellRaster } from "../../render/createCellRaster.ts";
import { drawScene } from "../../render/drawScene.ts";
import { DARK_THEME } from "../../render/Theme.ts";
import type { LifeState } from "../../store/LifeState.ts";
import { useLifeStore, useLifeStoreApi } from "../../store/useLifeStore.ts";
import { attachPointerGestures } from "./attachPointerGestures.ts";

/** The fields drawing depends on: a change to any of them schedules one redraw. */
const drawnFields = (s: LifeState) =>
  [
    s.cellsVersion,
    s.cells,
    s.view,
    s.hover,
    s.width,
    s.height,
    s.topology,
    s.canvasWidth,
    s.canvasHeight,
  ] as const;

/**
 * The grid. It only sizes the canvas and wires events: drawing is the plain `drawScene`,
 * called from a store subscription (not a React render) at most once per animation frame.
 */
export function LifeCanvas() {
  const store = useLifeStoreApi();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const tool = useLifeStore((s) => s.tool);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext("2d", { alpha: false });
    if (!canvas || !ctx) return;
    const blit = createBlit(ctx);
    const raster = createCellRaster();
    let frame: number | undefined;
    let dpr = window.devicePixelRatio || 1;

    const draw = () => {
      frame = undefined;
      const s = store.getState();
      // The view, readable from outside: end-to-end tests aim at cells with it.
      canvas.dataset.zoom = String(s.view.zoom);
      canvas.dataset.panX = String(s.view.panX);
      canvas.dataset.panY = String(s.view.panY);
      const complete = drawScene(
        ctx,
        blit,
        {
          scene: s,
          view: s.view,
          theme: DARK_THEME,
          cssWidth: s.canvasWidth,
          cssHeight: s.canvasHeight,
          dpr,
          hover: s.hover,
          selection: s.selection,
          ghost: s.paste,
        },
        raster,
      );
      // Part of a big grid's image still shows the cells before: go on next frame.
      if (!complete) schedule();
    };
    const schedule = () => {
      frame ??= requestAnimationFrame(draw);
    };

    let fitted = false;
    const resize = () => {
      const parent = canvas.parentElement;
      if (!parent) return;
      const width = Math.max(1, Math.floor(parent.clientWidth));
      const height = Math.max(1, Math.floor(parent.clientHeight));
      dpr = window.devicePixelRatio || 1;
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      store.getState().setCanvasSize(width, height);
      if (!fitted) {
        fitted = true;
        store.getState().fit("grid");
      }
      schedule();
    };
    const observer = new ResizeObserver(resize);
    if (canvas.parentElement) observer.observe(canvas.parentElement);
    resize();

    let previous = drawnFields(store.getState());
    const unsubscribe = store.subscribe((s) => {
      const next = drawnFields(s);
      if (next.some((value, i) => value !== previous[i])) schedule();
      previous = next;
    });
    const detach = attachPointerGestures(canvas, store);
    schedule();
    return () => {
      unsubscribe();
      detach();
      observer.disconnect();
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [store]);

  return (
    <canvas
      ref={canvasRef}
      className={`life-canvas tool-${tool}`}
      aria-label="Game of Life grid: click or drag to draw cells"
      tabIndex={0}
    />
  );
}
