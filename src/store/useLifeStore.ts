import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { LifeStore } from "./createLifeStore.ts";
import type { LifeState } from "./LifeState.ts";

/** The React side of the store: the one file in src/store that knows about React. */
export const LifeStoreContext = createContext<LifeStore | null>(null);

/** The store itself, for event handlers and transient subscriptions that must not re-render. */
export function useLifeStoreApi(): LifeStore {
  const store = useContext(LifeStoreContext);
  if (!store) throw new Error("useLifeStore needs a LifeStoreContext.Provider above it");
  return store;
}

/** A slice of the state; the component re-renders when that slice changes. */
export function useLifeStore<T>(selector: (state: LifeState) => T): T {
  return useStore(useLifeStoreApi(), selector);
}
