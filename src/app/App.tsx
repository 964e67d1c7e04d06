import { useState } from "react";
import { AlertBanner } from "../components/AlertBanner.tsx";
import { LifeCanvas } from "../components/canvas/LifeCanvas.tsx";
import { GridSettings } from "../components/GridSettings.tsx";
import { RandomFill } from "../components/RandomFill.tsx";
import { RulePicker } from "../components/RulePicker.tsx";
import { SpeedControls } from "../components/SpeedControls.tsx";
import { StatusBar } from "../components/StatusBar.tsx";
import { Toolbar } from "../components/Toolbar.tsx";
import { useKeyboardShortcuts } from "../components/useKeyboardShortcuts.ts";
import { useLifeStoreApi } from "../store/useLifeStore.ts";

/** The page: toolbar on top, settings at the side, the grid filling the rest, status below. */
export function App() {
  const store = useLifeStoreApi();
  const [panMode, setPanMode] = useState(false);
  useKeyboardShortcuts(store);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Coroutine Life</h1>
        <Toolbar panMode={panMode} onPanModeChange={setPanMode} />
      </header>
      <AlertBanner />
      <main className="app-main">
        <aside className="side-panel" aria-label="Settings">
          <RulePicker />
          <GridSettings />
          <SpeedControls />
          <RandomFill />
          <details className="help">
            <summary>How to use</summary>
            <ul>
              <li>Click a cell to toggle it; drag to draw (or erase, starting on a live cell).</li>
              <li>
                Wheel or pinch to zoom; drag with the right button, Shift+drag or Pan mode to pan.
              </li>
              <li>Space play/pause · N or → step · R reset · F fit · + − zoom · arrows pan.</li>
            </ul>
          </details>
        </aside>
        <div className="canvas-wrap">
          <LifeCanvas panMode={panMode} />
        </div>
      </main>
      <StatusBar />
    </div>
  );
}
