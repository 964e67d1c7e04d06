import {
  clampZoom,
  fitViewClearOf,
  MIN_INFINITE_ZOOM,
  MIN_ZOOM,
  panBy,
  zoomAt,
} from "../../view/Viewport.ts";
import type { ViewActions } from "../LifeState.ts";
import { isUnbounded } from "../world/WorldView.ts";
import type { StoreContext } from "./StoreContext.ts";

/** The viewport: zoom, pan, fit, and the cell under the pointer. */
export function createViewSlice(ctx: StoreContext, stopLoop: () => void): ViewActions {
  const { set, get } = ctx;
  /** The infinite plane (and a tube along) zooms out as far as a pattern 2^60 cells wide needs. */
  const minZoom = () => (isUnbounded(get().world) ? MIN_INFINITE_ZOOM : MIN_ZOOM);
  return {
    setView(view) {
      set({ view: { ...view, zoom: clampZoom(view.zoom, minZoom()) } });
    },
    zoomBy(factor, anchorX, anchorY) {
      const s = get();
      const x = anchorX ?? s.canvasWidth / 2;
      const y = anchorY ?? s.canvasHeight / 2;
      set({ view: zoomAt(s.view, factor, x, y, minZoom()) });
    },
    panBy(dx, dy) {
      set({ view: panBy(get().view, dx, dy) });
    },
    fit(target = "pattern") {
      const s = get();
      const { space } = s.world;
      if (space.kind === "infinite" || space.kind === "tube") {
        // No grid to show whole: the pattern, or the origin's neighbourhood when empty (across
        // a tube, the whole of its side).
        const across = space.kind === "tube" ? space.size : 64;
        const box = s.world.bounds ?? {
          x: space.kind === "tube" && space.axis === "y" ? 0 : -32,
          y: space.kind === "tube" && space.axis === "x" ? 0 : -32,
          width: space.kind === "tube" && space.axis === "y" ? across : 64,
          height: space.kind === "tube" && space.axis === "x" ? across : 64,
        };
        set({
          view: fitViewClearOf(box, s.canvasWidth, s.canvasHeight, s.gridCover, MIN_INFINITE_ZOOM),
        });
        return;
      }
      const whole = { x: 0, y: 0, width: s.width, height: s.height };
      const box = target === "grid" ? whole : (s.world.bounds ?? whole);
      set({ view: fitViewClearOf(box, s.canvasWidth, s.canvasHeight, s.gridCover) });
    },
    setCanvasSize(canvasWidth, canvasHeight) {
      set({ canvasWidth, canvasHeight });
    },
    setGridCover(gridCover) {
      const now = get().gridCover;
      if (now.width === gridCover.width && now.height === gridCover.height) return;
      set({ gridCover });
    },
    setHover(hover) {
      const current = get().hover;
      if (current?.x === hover?.x && current?.y === hover?.y) return;
      set({ hover });
    },
    dispose() {
      stopLoop();
      ctx.universe.dispose();
    },
  };
}
