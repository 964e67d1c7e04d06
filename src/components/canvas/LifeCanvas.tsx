import { useEffect, useRef } from "react";
import { createBlit } from "../../render/createBlit.ts";
import { drawScene } from "../../render/drawScene.ts";
import { sceneChanged, sceneOf } from "../../render/sceneOf.ts";
import { themeOf } from "../../store/display.ts";
import { useLifeStore, useLifeStoreApi } from "../../store/useLifeStore.ts";
import { attachKeyboardCursor } from "./attachKeyboardCursor.ts";
import { attachPointerGestures } from "./attachPointerGestures.ts";

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
    let frame: number | undefined;
    let dpr = window.devicePixelRatio || 1;

    const draw = () => {
      frame = undefined;
      const state = store.getState();
      const scene = sceneOf(state);
      // The view, readable from outside: end-to-end tests aim at cells with it.
      canvas.dataset.zoom = String(scene.view.zoom);
      canvas.dataset.panX = String(scene.view.panX);
      canvas.dataset.panY = String(scene.view.panY);
      drawScene(ctx, blit, scene, { theme: themeOf(state), dpr });
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

    // Whatever is drawn is watched: the scene is both what drawScene reads and what changes,
    // and the theme it is drawn in.
    let previous = sceneOf(store.getState());
    let previousTheme = themeOf(store.getState());
    const unsubscribe = store.subscribe((s) => {
      const next = sceneOf(s);
      const theme = themeOf(s);
      if (sceneChanged(previous, next) || theme !== previousTheme) schedule();
      previous = next;
      previousTheme = theme;
    });
    const detachPointer = attachPointerGestures(canvas, store);
    const detachKeyboard = attachKeyboardCursor(canvas, store);
    schedule();
    return () => {
      unsubscribe();
      detachPointer();
      detachKeyboard();
      observer.disconnect();
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, [store]);

  return (
    <canvas
      ref={canvasRef}
      className={`life-canvas tool-${tool}`}
      aria-label="Game of Life grid: click or drag to draw cells; arrows move the cursor, Enter or Space toggles its cell"
      tabIndex={0}
    />
  );
}
