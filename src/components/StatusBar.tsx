import { countsText } from "../store/countsText.ts";
import { formatCount } from "../store/formatCount.ts";
import { useLifeStore } from "../store/useLifeStore.ts";

/**
 * One line at the bottom. The generation and population are shown as they change but sit
 * outside the `status` live region, which would otherwise read out every generation; the live
 * region carries the announcements (paused, rule changed, pattern opened...) and, when paused,
 * the counts (G asks for them at any time). Beside them, also outside the live region: the
 * measured speed, the cell under the pointer, the rule and grid, and the engine.
 */
export function StatusBar() {
  // Exact: on the infinite plane counts pass 2^53.
  const generation = useLifeStore((s) => s.world.generation);
  const population = useLifeStore((s) => s.world.population);
  const announcement = useLifeStore((s) => s.announcement);
  const rate = useLifeStore((s) => s.measuredRate);
  const running = useLifeStore((s) => s.running);
  // The keyboard cursor's cell while it is shown, else the one under the pointer.
  const hover = useLifeStore((s) => s.cursor ?? s.hover);
  const engine = useLifeStore((s) => s.engine);
  const ruleText = useLifeStore((s) => s.ruleText);
  const size = useLifeStore((s) =>
    s.world.space.kind === "infinite" ? "infinite plane" : `${s.width}×${s.height} ${s.topology}`,
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
        {!running && announcement !== counts && <span className="visually-hidden">{counts}</span>}
      </p>
      <p className="info">
        <span>{running ? `${rate.toFixed(1)} gen/s` : "paused"}</span>
        <span className="hover-cell">{hover ? `x ${hover.x}, y ${hover.y}` : "x –, y –"}</span>
        <span>
          {ruleText} · {size}
        </span>
        <span className="engine" title={engine}>
          {engine}
        </span>
      </p>
    </footer>
  );
}
