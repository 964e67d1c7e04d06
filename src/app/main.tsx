import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createLifeStore } from "../store/createLifeStore.ts";
import { createBrowserScheduler } from "../store/FrameScheduler.ts";
import { LifeStoreContext } from "../store/useLifeStore.ts";
import { createBandWorker, createSimulationPool, poolSize } from "../worker/pool/index.ts";
import { App } from "./App.tsx";
import { startAutosave } from "./autosave.ts";
import { createDefaultWorld } from "./createDefaultWorld.ts";
import { loadInitialState } from "./loadInitialState.ts";
import "./styles.css";

// The grid is split into bands, one per core, each in its own worker; where workers cannot
// start (no Worker, a sandboxed page, a policy against them), the pool runs them in the page.
const simulator = createSimulationPool({
  workers: poolSize(),
  createWorker: createBandWorker,
  engine: "fast",
});
const store = createLifeStore({
  simulator,
  scheduler: createBrowserScheduler(),
  ...createDefaultWorld(),
});
store.getState().setSpeed(15);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <LifeStoreContext.Provider value={store}>
      <App />
    </LifeStoreContext.Provider>
  </StrictMode>,
);

// After the canvas has its size, so a link's view lands where it was shared.
requestAnimationFrame(() =>
  setTimeout(async () => {
    await loadInitialState(store, window.location, window.localStorage);
    startAutosave(store, window.localStorage);
    document.documentElement.dataset.ready = "true";
  }),
);
