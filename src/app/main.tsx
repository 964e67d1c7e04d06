import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createLifeStore, type LifeStore } from "../store/createLifeStore.ts";
import { DEFAULT_DISPLAY, pictureColorsOf } from "../store/display.ts";
import { createBrowserScheduler } from "../store/FrameScheduler.ts";
import { LifeStoreContext } from "../store/useLifeStore.ts";
import { ruleSandbox } from "../worker/sandbox/ruleSandbox.ts";
import { createBitmapPainter } from "../worker/universe/createBitmapPainter.ts";
import { createInProcessUniverseWorker } from "../worker/universe/createInProcessUniverseWorker.ts";
import { createUniverseClient } from "../worker/universe/createUniverseClient.ts";
import { createUniverseWorker } from "../worker/universe/createUniverseWorker.ts";
import { AfterMount } from "./AfterMount.tsx";
import { App } from "./App.tsx";
import { startAutosave } from "./autosave.ts";
import { createDefaultWorld } from "./createDefaultWorld.ts";
import { createLazyStorage } from "./createLazyStorage.ts";
import { loadInitialState } from "./loadInitialState.ts";
import { readThemeChoice, startThemePreference, systemThemeOf } from "./themePreference.ts";
import "./styles.css";
import "./themes.css";

// Chrome throws from the localStorage getter itself when cookies are blocked.
const storage = createLazyStorage(() => window.localStorage);
/** The store, once made, and until then the theme it will start in (see pictureColors). */
let made: LifeStore | undefined;
const startDisplay = {
  ...DEFAULT_DISPLAY,
  themeChoice: readThemeChoice(storage),
  systemTheme: systemThemeOf(window),
};
let universeWorkers = 0;
/** Why the first universe worker could not start, told once the store is there. */
let startFailure: string | undefined;
// The world lives in a worker of its own, in any space; in the page where workers cannot start.
const universe = createUniverseClient({
  // A worker that keeps failing (its script cannot load) gives way to the page.
  createWorker: () => {
    universeWorkers++;
    // In the page, pictures are painted as the worker paints them (with trails).
    const inPage = () =>
      createInProcessUniverseWorker(undefined, undefined, undefined, createBitmapPainter());
    if (universeWorkers > 2) return inPage();
    try {
      return createUniverseWorker((worker) => ruleSandbox.connect(worker));
    } catch (error) {
      startFailure = error instanceof Error ? error.message : String(error);
      return inPage();
    }
  },
  onLost: (message) => store.getState().showAlert(message),
  // Band workers lost and replaced inside the universe worker: the grid went on.
  onNotice: (message) => store.getState().showAlert(message),
  // The canvas's colours (the theme's, and trails when on): the worker paints each picture, and
  // the page only draws it. The store asks for pictures while it is being made.
  pictureColors: () => pictureColorsOf(made?.getState() ?? startDisplay),
});
const store = createLifeStore({
  universe,
  scheduler: createBrowserScheduler(),
  traceInSandbox: (request) => ruleSandbox.trace(request),
  ...createDefaultWorld(),
});
made = store;
store.getState().setSpeed(15);
if (startFailure !== undefined) {
  store
    .getState()
    .showAlert(`Workers could not start (${startFailure}); the simulation runs in the page`);
}

startThemePreference(store, storage, window, document.documentElement);
// Once the canvas has its size, so that a link's view lands where it was shared; the autosave
// only after the start-up world is settled, so it never saves a world the user did not open.
const startUp = async () => {
  const { canAutosave } = await loadInitialState(store, window.location, storage, (source) =>
    ruleSandbox.prepare(source),
  );
  if (canAutosave) startAutosave(store, storage);
  document.documentElement.dataset.ready = "true";
};

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <LifeStoreContext.Provider value={store}>
      <App />
      <AfterMount run={startUp} />
    </LifeStoreContext.Provider>
  </StrictMode>,
);
