import { WATCH_SPEEDS } from "../../store/inspect/Watch.ts";
import { useLifeStore, useLifeStoreApi } from "../../store/useLifeStore.ts";

const SPEED_NAMES: Readonly<Record<number, string>> = {
  2: "2 instructions/s",
  10: "10 instructions/s",
  50: "50 instructions/s",
  250: "250 instructions/s",
  2000: "2,000 instructions/s",
  20000: "20,000 instructions/s",
  200000: "200,000 instructions/s",
};

/**
 * The Inspect tool's bar over the grid: a hint, and Watch a generation (in the Inspector's
 * panel instead while it is open); while watching, its
 * progress, speed, pause, finish, the check against the kernel and stop.
 */
export function WatchBar() {
  const store = useLifeStoreApi();
  const tool = useLifeStore((s) => s.tool);
  const watch = useLifeStore((s) => s.watch);
  const inspecting = useLifeStore((s) => s.inspection !== null);
  const s = () => store.getState();
  if (!watch) {
    // With the Inspector open, its panel offers the watch instead of covering the grid.
    if (tool !== "inspect" || inspecting) return null;
    return (
      <div className="selection-bar watch-bar" role="toolbar" aria-label="Inspect">
        <span className="hint">Click a cell to step through its coroutine</span>
        <button type="button" onClick={() => void s().watchGeneration()} title="W">
          Watch a generation
        </button>
      </div>
    );
  }
  const { region, phase, check } = watch;
  const total = region.width * region.height;
  const running = phase === "running";
  return (
    <div className="selection-bar watch-bar" role="toolbar" aria-label="Watch a generation">
      <span className="watch-progress" data-testid="watch-progress">
        {phase === "reading" && "Reading the cells…"}
        {running &&
          `Cell ${Math.min(watch.done + 1, total)} of ${total}${
            watch.cell
              ? ` (${watch.cell.y}, ${watch.cell.x}), instruction ${watch.step + 1} of ${watch.steps}`
              : ""
          }`}
        {phase === "ticking" && "TICK: the world advances one generation…"}
        {phase === "ticked" && `TICK done: ${total} cells watched`}
        {phase === "checking" && "Checking…"}
        {phase === "checked" &&
          check &&
          (check.differing.length === 0
            ? `Identical: ${check.compared} cells equal the kernel's generation (${check.engine})`
            : `${check.differing.length} of ${check.compared} cells differ from ${check.engine}`)}
        {watch.clipped && " · the middle of the view"}
      </span>
      {watch.error && <span className="field-error">{watch.error}</span>}
      <label className="watch-speed">
        <span className="visually-hidden">Watch speed</span>
        <select
          value={watch.speed}
          onChange={(event) => s().setWatchSpeed(Number(event.target.value))}
          disabled={!running}
        >
          {WATCH_SPEEDS.map((speed) => (
            <option key={speed} value={speed}>
              {SPEED_NAMES[speed]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => s().toggleWatchPause()} disabled={!running}>
        {watch.paused ? "Resume" : "Pause watch"}
      </button>
      <button type="button" onClick={() => s().finishWatch()} disabled={!running}>
        Run to TICK
      </button>
      <button
        type="button"
        onClick={() => void s().checkAgainstKernel()}
        disabled={phase === "reading" || phase === "ticking" || phase === "checking"}
      >
        Check against the kernel
      </button>
      <button type="button" onClick={() => void s().watchGeneration()} disabled={running}>
        Watch the next
      </button>
      <button type="button" onClick={() => s().stopWatch()}>
        Stop watching
      </button>
    </div>
  );
}
