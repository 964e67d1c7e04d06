import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";

export interface ToolbarProps {
  readonly panMode: boolean;
  readonly onPanModeChange: (panMode: boolean) => void;
}

/** Playback and view buttons. Their names are what assistive technology (and tests) use. */
export function Toolbar({ panMode, onPanModeChange }: ToolbarProps) {
  const store = useLifeStoreApi();
  const running = useLifeStore((s) => s.running);
  const act = (action: () => void) => () => action();
  return (
    <div className="toolbar" role="toolbar" aria-label="Simulation">
      <div className="group">
        <button
          type="button"
          className="primary"
          onClick={act(() => store.getState().togglePlay())}
          title="Space"
        >
          {running ? "Pause" : "Play"}
        </button>
        <button
          type="button"
          onClick={act(() => store.getState().step())}
          disabled={running}
          title="N or →"
        >
          Step
        </button>
        <button type="button" onClick={act(() => store.getState().reset())} title="R">
          Reset
        </button>
        <button type="button" onClick={act(() => store.getState().clear())}>
          Clear
        </button>
      </div>
      <div className="group">
        <button type="button" onClick={act(() => store.getState().fit())} title="F">
          Fit
        </button>
        <button
          type="button"
          aria-label="Zoom in"
          title="+"
          onClick={act(() => store.getState().zoomBy(1.5))}
        >
          +
        </button>
        <button
          type="button"
          aria-label="Zoom out"
          title="−"
          onClick={act(() => store.getState().zoomBy(1 / 1.5))}
        >
          −
        </button>
        <button
          type="button"
          aria-pressed={panMode}
          title="Drag to pan (or drag with the right button, or Shift+drag)"
          onClick={() => onPanModeChange(!panMode)}
        >
          Pan
        </button>
      </div>
    </div>
  );
}
