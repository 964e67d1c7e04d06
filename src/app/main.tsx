import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createLifeStore } from "../store/createLifeStore.ts";
import { createBrowserScheduler } from "../store/FrameScheduler.ts";
import { LifeStoreContext } from "../store/useLifeStore.ts";
import { createWorkerSimulator } from "../worker/createWorkerSimulator.ts";
import { App } from "./App.tsx";
import { createDefaultWorld } from "./createDefaultWorld.ts";
import "./styles.css";

const store = createLifeStore({
  simulator: createWorkerSimulator(),
  scheduler: createBrowserScheduler(),
  ...createDefaultWorld(),
});
store.getState().setSpeed(15);
store.getState().play();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <LifeStoreContext.Provider value={store}>
      <App />
    </LifeStoreContext.Provider>
  </StrictMode>,
);
