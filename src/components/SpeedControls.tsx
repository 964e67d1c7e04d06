import { useId } from "react";
import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";

const SPEEDS = [1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 1000] as const;

/**
 * Generations per second (up to as fast as possible) and generations per frame: at a set speed
 * the speed decides how many generations a frame runs; as fast as possible, each request to the
 * engine asks for the generations per frame (more per request, fewer round trips and drawings).
 */
export function SpeedControls() {
  const store = useLifeStoreApi();
  const speed = useLifeStore((s) => s.speed);
  const perFrame = useLifeStore((s) => s.generationsPerFrame);
  const speedId = useId();
  const perFrameId = useId();
  const perFrameHintId = useId();
  return (
    <div className="field-group">
      <label htmlFor={speedId}>Speed</label>
      <select
        id={speedId}
        value={Number.isFinite(speed) ? String(speed) : "max"}
        onChange={(event) =>
          store
            .getState()
            .setSpeed(
              event.target.value === "max" ? Number.POSITIVE_INFINITY : Number(event.target.value),
            )
        }
      >
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s} generation{s === 1 ? "" : "s"}/s
          </option>
        ))}
        <option value="max">As fast as possible</option>
      </select>
      <label htmlFor={perFrameId}>Generations per frame</label>
      <input
        id={perFrameId}
        type="number"
        min={1}
        max={1000}
        value={perFrame}
        aria-describedby={perFrameHintId}
        onChange={(event) => store.getState().setGenerationsPerFrame(Number(event.target.value))}
      />
      <p className="field-hint" id={perFrameHintId}>
        {Number.isFinite(speed)
          ? "Used at As fast as possible; at a set speed each frame runs the generations due."
          : "Generations asked for at a time, as fast as possible."}
      </p>
    </div>
  );
}
