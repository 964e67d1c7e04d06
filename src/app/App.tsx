import { useCallback, useRef, useState } from "react";
import { AlertBanner } from "../components/AlertBanner.tsx";
import { GridDock } from "../components/canvas/GridDock.tsx";
import { LifeCanvas } from "../components/canvas/LifeCanvas.tsx";
import { DisplaySettings } from "../components/DisplaySettings.tsx";
import { EngineControls } from "../components/EngineControls.tsx";
import { FilePanel } from "../components/FilePanel.tsx";
import { GridSettings } from "../components/GridSettings.tsx";
import { PopulationGraph } from "../components/graph/PopulationGraph.tsx";
import { useRememberedGraph } from "../components/graph/useRememberedGraph.ts";
import { HyperspeedControls } from "../components/HyperspeedControls.tsx";
import { IdentifyPanel } from "../components/identify/IdentifyPanel.tsx";
import { InspectorPanel } from "../components/inspector/InspectorPanel.tsx";
import { WatchBar } from "../components/inspector/WatchBar.tsx";
import { NoticeBanner } from "../components/NoticeBanner.tsx";
import { PatternLibrary } from "../components/PatternLibrary.tsx";
import { RandomFill } from "../components/RandomFill.tsx";
import { RulePicker } from "../components/RulePicker.tsx";
import { LinkedRuleNotice } from "../components/ruleEditor/LinkedRuleNotice.tsx";
import { SelectionBar } from "../components/SelectionBar.tsx";
import { SETTINGS_ID, SettingsDrawer } from "../components/SettingsDrawer.tsx";
import { SharePanel } from "../components/SharePanel.tsx";
import { SpeedControls } from "../components/SpeedControls.tsx";
import { StateLegend } from "../components/StateLegend.tsx";
import { StatePicker } from "../components/StatePicker.tsx";
import { StatusBar } from "../components/StatusBar.tsx";
import { Toolbar } from "../components/Toolbar.tsx";
import { TimelineSlider } from "../components/timeline/TimelineSlider.tsx";
import { useKeyboardShortcuts } from "../components/useKeyboardShortcuts.ts";
import { usePasteAndDrop } from "../components/usePasteAndDrop.ts";
import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";

/**
 * The page: toolbar with Open and Share on top, settings at the side (a drawer on small
 * screens), the grid filling the rest with alerts and notices over it, status below.
 */
export function App() {
  const store = useLifeStoreApi();
  const canvasArea = useRef<HTMLDivElement>(null);
  const settingsToggle = useRef<HTMLButtonElement>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const closeSettings = useCallback(() => setSettingsOpen(false), []);
  const inspecting = useLifeStore((s) => s.inspection !== null);
  useKeyboardShortcuts(store);
  useRememberedGraph(store);
  usePasteAndDrop(store, canvasArea);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Coroutine Life</h1>
        <Toolbar />
        <div className="header-actions">
          <FilePanel part="open" />
          <SharePanel />
          <button
            ref={settingsToggle}
            type="button"
            className="settings-toggle"
            aria-expanded={settingsOpen}
            aria-controls={SETTINGS_ID}
            onClick={() => setSettingsOpen((open) => !open)}
          >
            Settings
          </button>
        </div>
      </header>
      <main className={inspecting ? "app-main inspecting" : "app-main"}>
        <SettingsDrawer open={settingsOpen} onClose={closeSettings} toggle={settingsToggle}>
          <RulePicker />
          <StateLegend />
          <GridSettings />
          <SpeedControls />
          <HyperspeedControls />
          <EngineControls />
          <DisplaySettings />
          <RandomFill />
          <details className="panel" open>
            <summary>Patterns</summary>
            <PatternLibrary />
          </details>
          <details className="panel">
            <summary>Save</summary>
            <FilePanel part="save" />
          </details>
          <details className="help">
            <summary>How to use</summary>
            <ul>
              <li>
                Click or tap a cell to toggle it; drag (one finger on a touch screen) to draw, or to
                erase when the drag starts on a live cell. With more than two states, the state
                drawn is chosen over the grid; a cell already in it is erased.
              </li>
              <li>
                Zoom with the wheel, a pinch or + −; pan with two fingers, the right button,
                Shift+drag or the Pan tool.
              </li>
              <li>A picked-up pattern follows the pointer: click or tap where it should go.</li>
              <li>
                Keys: Space play/pause · N or → step · Shift+N or ← back · R reset · F fit · ↑ ↓ and
                Shift+arrows pan · G reads out the generation and population · P shows the
                population graph.
              </li>
              <li>
                On the grid (Tab to it): arrows move the cursor, Shift+arrow by 8 · Enter or Space
                toggles its cell.
              </li>
              <li>
                I: the Inspect tool, click a cell to step through its coroutine · W: watch a
                generation cell by cell · Y: Identify (period, speed, heat; Escape closes it).
              </li>
              <li>T: trails, dead cells fading behind the live ones · the theme is under Theme.</li>
              <li>
                Ctrl+Z undo · Ctrl+Shift+Z redo · S select · Ctrl+C/X/V copy, cut, paste · Delete.
              </li>
              <li>Open a file with Open, or drop an RLE, .cells or Life 1.06 file on the grid.</li>
            </ul>
          </details>
        </SettingsDrawer>
        <div className="canvas-wrap" ref={canvasArea}>
          <LifeCanvas />
          <SelectionBar />
          <WatchBar />
          <StatePicker />
          <GridDock>
            <IdentifyPanel />
            <PopulationGraph />
          </GridDock>
          <div className="messages">
            <AlertBanner />
            <NoticeBanner />
            <LinkedRuleNotice />
          </div>
        </div>
        <InspectorPanel />
      </main>
      <TimelineSlider />
      <StatusBar />
    </div>
  );
}
