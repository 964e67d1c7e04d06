import { describeTube } from "../engine/Surface.ts";
import { countsText } from "../store/countsText.ts";
import { formatCount } from "../store/formatCount.ts";
import type { LifeState } from "../store/LifeState.ts";
import { useLifeStore } from "../store/useLifeStore.ts";
import { surfaceName } from "../store/world/surfaces.ts";
import { useSampledWhileRunning } from "./useSampledWhileRunning.ts";

interface Counters {
  readonly generation: number | bigint;
  readonly population: number | bigint;
  readonly rate: number;
}

// Exact: on the infinite plane counts pass 2^53.
const countersOf = (s: LifeState): Counters => ({
  generation: s.world.generation,
  population: s.world.population,
  rate: s.measuredRate,
});

const sameCounters = (a: Counters, b: Counters) =>
  a.generation === b.generation && a.population === b.population && a.rate === b.rate;

/**
 * One line at the bottom. The generation and population are shown as they change (ten times a
 * second at most while running, see useSampledWhileRunning) but sit outside the `status` live
 * region, which would otherwise read out every generation; the live region carries the announcements (paused, rule changed, pattern opened...) and, when paused,
 * the counts (G asks for them at any time). Beside them, also outside the live region: the
 * measured speed, the cell under the pointer, the rule and grid, and the engine.
 */
export function StatusBar() {
  // Ten times a second while running: each change shown costs the page a layout and a paint.
  const { generation, population, rate } = useSampledWhileRunning(countersOf, sameCounters);
  const announcement = useLifeStore((s) => s.announcement);
  const running = useLifeStore((s) => s.running);
  // Moving along the timeline: the counts are read out once it settles, not at each move.
  const navigating = useLifeStore((s) => s.navigating);
  // The keyboard cursor's cell while it is shown, else the one under the pointer.
  const hover = useLifeStore((s) => s.cursor ?? s.hover);
  const engine = useLifeStore((s) => s.engine);
  const ruleText = useLifeStore((s) => s.ruleText);
  const ruleNote = useLifeStore((s) =>
    s.ruleNote?.ruleText === s.ruleText ? s.ruleNote.note : null,
  );
  const size = useLifeStore((s) =>
    s.world.space.kind === "infinite"
      ? "infinite plane"
      : s.world.space.kind === "tube"
        ? describeTube(s.world.space)
        : `${s.width}×${s.height} ${surfaceName(s)}`,
  );
  const counts = countsText(generation, population);
  return (
    <footer className="status-bar">
      <p className="counters" data-testid="counters">
        <span>Generation {formatCount(generation)}</span>
        <span>Population {formatCount(population)}</span>
      </p>
      <p role="status" aria-atomic="true" className="announcement">
        <span title={announcement}>{announcement}</span>
        {!running && !navigating && announcement !== counts && (
          <span className="visually-hidden">{counts}</span>
        )}
      </p>
      <p className="info">
        <span>{running ? `${rate.toFixed(1)} gen/s` : "paused"}</span>
        <span className="hover-cell">{hover ? `x ${hover.x}, y ${hover.y}` : "x –, y –"}</span>
        <span title={ruleNote ?? undefined}>
          {ruleText} · {size}
        </span>
        {ruleNote && (
          <span className="rule-note" data-testid="rule-note" title={ruleNote}>
            {ruleNote}
          </span>
        )}
        <span className="engine" title={engine}>
          {engine}
        </span>
      </p>
    </footer>
  );
}
