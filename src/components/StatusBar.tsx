import { useLifeStore } from "../store/useLifeStore.ts";

/**
 * Generation and population in a `status` live region (with the last announcement), and
 * beside it, outside the live region so it is not read out on every move, the measured
 * speed, the cell under the pointer and the engine.
 */
export function StatusBar() {
  const generation = useLifeStore((s) => s.generation);
  const population = useLifeStore((s) => s.population);
  const announcement = useLifeStore((s) => s.announcement);
  const notice = useLifeStore((s) => s.notice);
  const rate = useLifeStore((s) => s.measuredRate);
  const running = useLifeStore((s) => s.running);
  const hover = useLifeStore((s) => s.hover);
  const engine = useLifeStore((s) => s.engine);
  const ruleText = useLifeStore((s) => s.ruleText);
  const size = useLifeStore((s) => `${s.width}×${s.height} ${s.topology}`);
  return (
    <footer className="status-bar">
      <p role="status" aria-atomic="true">
        <span>Generation {generation}</span>
        <span>Population {population}</span>
        {announcement && <span className="announcement">{announcement}</span>}
        {notice && <span className="notice">{notice}</span>}
      </p>
      <p className="info">
        <span>{running ? `${rate.toFixed(1)} gen/s` : "paused"}</span>
        <span>{hover ? `x ${hover.x}, y ${hover.y}` : "x –, y –"}</span>
        <span>
          {ruleText} · {size}
        </span>
        <span>{engine}</span>
      </p>
    </footer>
  );
}
