import { clampZoom, fitView, panBy, zoomAt } from "../../render/Viewport.ts";
import type { ViewActions } from "../LifeState.ts";
import type { StoreContext } from "./StoreContext.ts";

/** The viewport: zoom, pan, fit, and the cell under the pointer. */
export function createViewSlice(ctx: StoreContext, stopLoop: () => void): ViewActions {
  const { set, get } = ctx;
  return {
    setView(view) {
      set({ view: { ...view, zoom: clampZoom(view.zoom) } });
    },
    zoomBy(factor, anchorX, anchorY) {
      const s = get();
      set({
        view: zoomAt(s.view, factor, anchorX ?? s.canvasWidth / 2, anchorY ?? s.canvasHeight / 2),
      });
    },
    panBy(dx, dy) {
      set({ view: panBy(get().view, dx, dy) });
    },
    fit(target = "pattern") {
      const s = get();
      const whole = { x: 0, y: 0, width: s.width, height: s.height };
      const box = target === "grid" ? whole : (s.cells.liveBounds() ?? whole);
      set({ view: fitView(box, s.canvasWidth, s.canvasHeight) });
    },
    setCanvasSize(canvasWidth, canvasHeight) {
      set({ canvasWidth, canvasHeight });
    },
    setHover(hover) {
      const current = get().hover;
      if (current?.x === hover?.x && current?.y === hover?.y) return;
      set({ hover });
    },
    dispose() {
      stopLoop();
      ctx.link.dispose();
    },
  };
}
