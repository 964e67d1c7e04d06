import { useLifeStore, useLifeStoreApi } from "../../store/useLifeStore.ts";

/** Shows or hides the population graph (P), saying which. */
export function GraphToggle() {
  const store = useLifeStoreApi();
  const open = useLifeStore((s) => s.graphOpen);
  return (
    <button
      type="button"
      aria-pressed={open}
      aria-label="Population graph"
      title="Population graph (P)"
      onClick={() => store.getState().toggleGraph()}
    >
      Graph
    </button>
  );
}
