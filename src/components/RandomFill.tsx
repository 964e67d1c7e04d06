import { useId } from "react";
import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";

/** Fills the grid at random with the chosen density (kept in the store, so `?random=` sets it). */
export function RandomFill() {
  const store = useLifeStoreApi();
  const density = useLifeStore((s) => Math.round(s.density * 100));
  const densityId = useId();
  return (
    <div className="field-group">
      <label htmlFor={densityId}>Density {density}%</label>
      <input
        id={densityId}
        type="range"
        min={1}
        max={100}
        value={density}
        onChange={(event) => store.getState().setDensity(Number(event.target.value) / 100)}
      />
      <button type="button" onClick={() => store.getState().randomFill(density / 100)}>
        Random
      </button>
    </div>
  );
}
