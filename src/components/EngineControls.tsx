import { useId } from "react";
import { isMultiState } from "../rules/Rule.ts";
import type { EngineChoice } from "../store/LifeState.ts";
import { INFINITE_ONLY_ENGINES } from "../store/LifeState.ts";
import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";
import { poolSize } from "../worker/pool/index.ts";

/**
 * Which engine runs the rule and how many workers share the grid. On a bounded grid: the
 * kernels compiled from the cell coroutine, or the coroutine interpreter itself. On the infinite
 * plane: Auto (HashLife, or tiles for a soup), HashLife, tiles, or the interpreter, and for the
 * other rule families (which HashLife and tiles cannot hold) Auto (their compiled kernel on a
 * grid that grows with the pattern) or the interpreter. What actually runs is in the status bar.
 */
export function EngineControls() {
  const store = useLifeStoreApi();
  const choice = useLifeStore((s) => s.engineChoice);
  const infinite = useLifeStore((s) => s.world.space.kind === "infinite");
  const workers = useLifeStore((s) => s.workers);
  const engineId = useId();
  const workersId = useId();
  // The cores there are, at most 16: the store clamps what is typed to the same.
  const most = poolSize();
  // A bounded grid runs HashLife or tiles, chosen on the infinite plane, as its fastest engine.
  // Only the two-state 3x3 family runs on HashLife and tiles.
  const twoState = useLifeStore((s) => !isMultiState(s.rule));
  const shown =
    (!infinite || !twoState) && INFINITE_ONLY_ENGINES.includes(choice) ? "auto" : choice;
  return (
    <div className="field-group">
      <label htmlFor={engineId}>Engine</label>
      <select
        id={engineId}
        value={shown}
        onChange={(event) => store.getState().setEngine(event.target.value as EngineChoice)}
      >
        {infinite && twoState ? (
          <>
            <option value="auto">Auto (HashLife, tiles for a soup)</option>
            <option value="hashlife">HashLife</option>
            <option value="tiles">Tiles</option>
          </>
        ) : infinite ? (
          // HashLife and tiles hold two states: other families run on a grid that grows.
          <option value="auto">Auto (compiled kernel on a growing grid)</option>
        ) : (
          <option value="auto">Fastest (compiled kernel)</option>
        )}
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
