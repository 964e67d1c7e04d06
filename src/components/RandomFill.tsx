import { useId, useState } from "react";
import { useLifeStoreApi } from "../store/useLifeStore.ts";

/** Fills the grid at random with the chosen density. */
export function RandomFill() {
  const store = useLifeStoreApi();
  const [density, setDensity] = useState(30);
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
        onChange={(event) => setDensity(Number(event.target.value))}
      />
      <button type="button" onClick={() => store.getState().randomFill(density / 100)}>
        Random
      </button>
    </div>
  );
}
