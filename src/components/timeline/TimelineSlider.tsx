import { useEffect, useState } from "react";
import { formatCount } from "../../store/formatCount.ts";
import type { LifeState } from "../../store/LifeState.ts";
import { useLifeStoreApi } from "../../store/useLifeStore.ts";
import { useSampledWhileRunning } from "../useSampledWhileRunning.ts";
import { sliderScale } from "./sliderScale.ts";

interface Span {
  readonly first: bigint;
  readonly newest: bigint;
  readonly generation: bigint;
  readonly running: boolean;
  readonly navigating: boolean;
}

const spanOf = (s: LifeState): Span => ({
  first: s.world.timelineFirst,
  newest: s.world.timelineNewest,
  generation: s.world.generation,
  running: s.running,
  navigating: s.navigating,
});

const sameSpan = (a: Span, b: Span) =>
  a.first === b.first &&
  a.newest === b.newest &&
  a.generation === b.generation &&
  a.running === b.running &&
  a.navigating === b.navigating;

/**
 * The run timeline as a slider over the generations computed, from the first kept to the
 * newest: dragging it moves the world there (at most one move in flight, the latest wins: see
 * createTimelineNavigation). Its value reads "Generation N"; it shows where the world is,
 * except while a drag's target is still being reached. Disabled while running and until
 * something has run.
 */
export function TimelineSlider() {
  const store = useLifeStoreApi();
  // Ten times a second at most while running, as the counters.
  const { first, newest, generation, running, navigating } = useSampledWhileRunning(
    spanOf,
    sameSpan,
  );
  /** The generation the thumb was moved to, while the world is on its way there. */
  const [asked, setAsked] = useState<bigint | null>(null);
  useEffect(() => {
    if (asked !== null && !navigating) setAsked(null);
  }, [asked, navigating]);
  const scale = sliderScale(first, newest);
  const shown = asked ?? generation;
  return (
    <section className="timeline" aria-label="Run timeline">
      <label htmlFor="timeline-slider">Timeline</label>
      <input
        id="timeline-slider"
        type="range"
        min={0}
        max={scale.positions}
        step={1}
        value={scale.positionOf(shown)}
        aria-valuetext={`Generation ${formatCount(shown)}`}
        title={`Generations ${formatCount(first)} to ${formatCount(newest)} (Back: ← or Shift+N)`}
        disabled={running || scale.positions === 0}
        onChange={(event) => {
          const target = scale.generationAt(Number(event.target.value));
          setAsked(target);
          store.getState().scrubTo(target);
        }}
      />
      <span className="timeline-range" aria-hidden="true">
        {formatCount(first)}–{formatCount(newest)}
      </span>
    </section>
  );
}
