import { useEffect } from "react";
import type { LifeStore } from "../../store/createLifeStore.ts";

/** Where the graph's being shown is remembered across visits. */
const KEY = "coroutine-life.graphOpen";

/**
 * Opens the population graph if it was open at the last visit, and remembers it from now on.
 * Storage that cannot be read or written (a private window, a policy) forgets quietly.
 */
export function useRememberedGraph(store: LifeStore): void {
  useEffect(() => {
    try {
      if (localStorage.getItem(KEY) === "1") store.getState().setGraphOpen(true);
    } catch {
      // Nothing remembered.
    }
    return store.subscribe((now, before) => {
      if (now.graphOpen === before.graphOpen) return;
      try {
        localStorage.setItem(KEY, now.graphOpen ? "1" : "0");
      } catch {
        // Not remembered.
      }
    });
  }, [store]);
}
