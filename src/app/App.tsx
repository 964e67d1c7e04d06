import { useRef } from "react";
import { AlertBanner } from "../components/AlertBanner.tsx";
import { LifeCanvas } from "../components/canvas/LifeCanvas.tsx";
import { EngineControls } from "../components/EngineControls.tsx";
import { FilePanel } from "../components/FilePanel.tsx";
import { GridSettings } from "../components/GridSettings.tsx";
import { PatternLibrary } from "../components/PatternLibrary.tsx";
import { RandomFill } from "../components/RandomFill.tsx";
import { RulePicker } from "../components/RulePicker.tsx";
import { SelectionBar } from "../components/SelectionBar.tsx";
import { SharePanel } from "../components/SharePanel.tsx";
import { SpeedControls } from "../components/SpeedControls.tsx";
import { StatusBar } from "../components/StatusBar.tsx";
import { Toolbar } from "../components/Toolbar.tsx";
import { useKeyboardShortcuts } from "../components/useKeyboardShortcuts.ts";
import { usePasteAndDrop } from "../components/usePasteAndDrop.ts";
import { useLifeStoreApi } from "../store/useLifeStore.ts";

/** The page: toolbar on top, settings at the side, the grid filling the rest, status below. */
export function App() {
  const store = useLifeStoreApi();
  const canvasArea = useRef<HTMLDivElement>(null);
  useKeyboardShortcuts(store);
  usePasteAndDrop(store, canvasArea);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Coroutine Life</h1>
        <Toolbar />
      </header>
      <AlertBanner />
      <main className="app-main">
        <aside className="side-panel" aria-label="Settings">
          <RulePicker />
          <GridSettings />
          <SpeedControls />
          <EngineControls />
          <RandomFill />
          <details className="panel" open>
            <summary>Patterns</summary>
            <PatternLibrary />
          </details>
          <details className="panel">
            <summary>Open and save</summary>
            <FilePanel />
          </details>
          <details className="panel">
            <summary>Sharing</summary>
            <SharePanel />
          </details>
          <details className="help">
            <summary>How to use</summary>
            <ul>
              <li>Click a cell to toggle it; drag to draw (or erase, starting on a live cell).</li>
              <li>
                Wheel or pinch to zoom; drag with the right button, Shift+drag or the Pan tool to
                pan.
              </li>
              <li>Space play/pause · N or → step · R reset · F fit · + − zoom · arrows pan.</li>
              <li>
                On the grid (Tab to it): arrows move the cursor, Shift+arrow by 8 · Enter or Space
                toggles its cell.
              </li>
              <li>
                Ctrl+Z undo · Ctrl+Shift+Z redo · S select · Ctrl+C/X/V copy, cut, paste · Delete.
              </li>
              <li>Drop an RLE, .cells or Life 1.06 file on the grid to open it.</li>
            </ul>
          </details>
        </aside>
        <div className="canvas-wrap" ref={canvasArea}>
          <LifeCanvas />
          <SelectionBar />
        </div>
      </main>
      <StatusBar />
    </div>
  );
}
