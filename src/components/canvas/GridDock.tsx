import { type ReactNode, useEffect, useRef } from "react";
import { useLifeStoreApi } from "../../store/useLifeStore.ts";
import { NO_COVER } from "../../view/Viewport.ts";

/**
 * The panels docked over the grid's lower right (Identify's results, the population graph and
 * its button), stacked in one column (`.grid-dock`). It tells the store the corner of the grid
 * they cover, measured again whenever a panel appears, goes or changes size, so that Fit shows
 * a pattern clear of them.
 */
export function GridDock({ children }: { readonly children: ReactNode }) {
  const store = useLifeStoreApi();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const dock = ref.current;
    const area = dock?.parentElement;
    if (!dock || !area) return;
    const measure = () => {
      const grid = area.getBoundingClientRect();
      let left = grid.right;
      let top = grid.bottom;
      for (const panel of dock.children) {
        const box = panel.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        left = Math.min(left, box.left);
        top = Math.min(top, box.top);
      }
      store
        .getState()
        .setGridCover(
          left < grid.right
            ? { width: Math.ceil(grid.right - left), height: Math.ceil(grid.bottom - top) }
            : NO_COVER,
        );
    };
    const resizes = new ResizeObserver(measure);
    const observeAll = () => {
      resizes.disconnect();
      resizes.observe(area);
      for (const panel of dock.children) resizes.observe(panel);
      measure();
    };
    // A panel shown or hidden is a child added or removed.
    const panels = new MutationObserver(observeAll);
    panels.observe(dock, { childList: true });
    observeAll();
    return () => {
      resizes.disconnect();
      panels.disconnect();
      store.getState().setGridCover(NO_COVER);
    };
  }, [store]);
  return (
    <div className="grid-dock" ref={ref}>
      {children}
    </div>
  );
}
