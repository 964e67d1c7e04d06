import { useEffect, useState } from "react";
import type { LifeState } from "../store/LifeState.ts";
import { useLifeStoreApi } from "../store/useLifeStore.ts";
import { sampleWhileRunning } from "./sampleWhileRunning.ts";

/** How often a running world's counts are shown at most, in ms: ten times a second. */
export const SAMPLE_MILLIS = 100;

/**
 * A slice of the state that re-renders at once while paused and at most every `everyMillis`
 * while running (see sampleWhileRunning). `select` and `same` must keep their identity (define
 * them outside the component).
 */
export function useSampledWhileRunning<T>(
  select: (state: LifeState) => T,
  same: (a: T, b: T) => boolean,
  everyMillis = SAMPLE_MILLIS,
): T {
  const store = useLifeStoreApi();
  const [value, setValue] = useState(() => select(store.getState()));
  useEffect(
    () => sampleWhileRunning(store, select, same, setValue, { everyMillis }),
    [store, select, same, everyMillis],
  );
  return value;
}
