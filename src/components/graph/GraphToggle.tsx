import { useLifeStore, useLifeStoreApi } from "../../store/useLifeStore.ts";

/**
 * Shows the population graph (P): a button in the corner of the grid while the graph is hidden
 * (the panel has its own button to hide it), where it needs no room in the toolbar.
 */
export function GraphToggle() {
  const store = useLifeStoreApi();
  const open = useLifeStore((s) => s.graphOpen);
  return (
    <button
      type="button"
      className="graph-toggle"
      aria-pressed={open}
      aria-label="Population graph"
      title="Population graph (P)"
      onClick={() => store.getState().toggleGraph()}
    >
      Graph
    </button>
  );
}
