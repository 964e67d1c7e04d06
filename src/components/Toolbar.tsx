import type { Tool } from "../store/LifeState.ts";
import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";

const TOOLS: readonly { tool: Tool; label: string; title: string }[] = [
  { tool: "draw", label: "Draw", title: "Click toggles a cell, drag draws (D)" },
  { tool: "select", label: "Select", title: "Drag selects a rectangle (S)" },
  { tool: "pan", label: "Pan", title: "Drag moves the view (H); also right-drag or Shift+drag" },
  {
    tool: "inspect",
    label: "Inspect",
    title: "Click a cell to step through its coroutine for one generation (I)",
  },
];

/** Playback, history, tools and view buttons. Their names are what assistive technology uses. */
export function Toolbar() {
  const store = useLifeStoreApi();
  const running = useLifeStore((s) => s.running);
  const canUndo = useLifeStore((s) => s.canUndo);
  const canRedo = useLifeStore((s) => s.canRedo);
  const tool = useLifeStore((s) => s.tool);
  const atFirst = useLifeStore((s) => s.world.generation <= s.world.timelineFirst);
  const s = () => store.getState();
  return (
    <div className="toolbar" role="toolbar" aria-label="Simulation">
      <div className="group">
        <button type="button" className="primary" onClick={() => s().togglePlay()} title="Space">
          {running ? "Pause" : "Play"}
        </button>
        <button
          type="button"
          onClick={() => s().back()}
          disabled={running || atFirst}
          title="Back along the timeline (← or Shift+N)"
        >
          Back
        </button>
        <button type="button" onClick={() => s().step()} disabled={running} title="N or →">
          Step
        </button>
        <button type="button" onClick={() => s().reset()} title="R">
          Reset
        </button>
        <button type="button" onClick={() => s().clear()}>
          Clear
        </button>
      </div>
      <div className="group">
        <button type="button" onClick={() => s().undo()} disabled={!canUndo} title="Ctrl+Z">
          Undo
        </button>
        <button type="button" onClick={() => s().redo()} disabled={!canRedo} title="Ctrl+Shift+Z">
          Redo
        </button>
      </div>
      <fieldset className="group segmented">
        <legend className="visually-hidden">Tool</legend>
        {TOOLS.map((t) => (
          <button
            key={t.tool}
            type="button"
            aria-pressed={tool === t.tool}
            title={t.title}
            onClick={() => s().setTool(t.tool)}
          >
            {t.label}
          </button>
        ))}
      </fieldset>
      <div className="group">
        <button
          type="button"
          onClick={() => void s().identify()}
          title="Y: run the pattern until it repeats and say what it is"
        >
          Identify
        </button>
      </div>
      <div className="group">
        <button type="button" onClick={() => s().fit()} title="F">
          Fit
        </button>
        <button type="button" aria-label="Zoom in" title="+" onClick={() => s().zoomBy(1.5)}>
          +
        </button>
        <button type="button" aria-label="Zoom out" title="−" onClick={() => s().zoomBy(1 / 1.5)}>
          −
        </button>
      </div>
    </div>
  );
}
