import { useId } from "react";
import type { EngineChoice } from "../store/LifeState.ts";
import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";
import { poolSize } from "../worker/pool/index.ts";

/**
 * Which engine runs the rule (the kernels compiled from the cell coroutine, or the coroutine
 * interpreter itself) and how many workers share the grid. What actually runs is in the status bar.
 */
export function EngineControls() {
  const store = useLifeStoreApi();
  const choice = useLifeStore((s) => s.engineChoice);
  const workers = useLifeStore((s) => s.workers);
  const engineId = useId();
  const workersId = useId();
  // The cores there are, at most 16: the store clamps what is typed to the same.
  const most = poolSize();
  return (
    <div className="field-group">
      <label htmlFor={engineId}>Engine</label>
      <select
        id={engineId}
        value={choice}
        onChange={(event) => store.getState().setEngine(event.target.value as EngineChoice)}
      >
        <option value="auto">Fastest (compiled kernel)</option>
        <option value="coroutine">Coroutine interpreter</option>
      </select>
      <label htmlFor={workersId}>Workers</label>
      <input
        id={workersId}
        type="number"
        min={1}
        max={most}
        value={workers}
        onChange={(event) => store.getState().setWorkers(Number(event.target.value))}
      />
    </div>
  );
}
