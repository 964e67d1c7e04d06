import { type FormEvent, useEffect, useId, useState } from "react";
import type { WorldTopology } from "../store/LifeState.ts";
import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";

/**
 * Grid size as "W×H" text, applied on Enter or when the field is left (an error shows until the
 * value is edited again), and the topology: torus, bounded plane, or the infinite plane (where
 * the size is that of the grid the cells would go back to).
 */
export function GridSettings() {
  const store = useLifeStoreApi();
  const width = useLifeStore((s) => s.width);
  const height = useLifeStore((s) => s.height);
  const topology = useLifeStore((s) =>
    s.world.space.kind === "infinite" ? "infinite" : s.topology,
  );
  const sizeHintId = useId();
  const current = `${width}x${height}`;
  const [draft, setDraft] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const sizeId = useId();
  const topologyId = useId();
  const errorId = useId();

  useEffect(() => {
    setDraft(current);
    setError(null);
  }, [current]);

  const apply = (event?: FormEvent) => {
    event?.preventDefault();
    if (draft.trim() === current) return;
    const match = /^\s*(\d+)\s*[x×*,]\s*(\d+)\s*$/i.exec(draft);
    if (!match) {
      setError(`"${draft}" is not a size: write WIDTHxHEIGHT, e.g. 256x256`);
      return;
    }
    setError(store.getState().setSize(Number(match[1]), Number(match[2])));
  };

  return (
    <form className="field-group" onSubmit={apply}>
      <label htmlFor={sizeId}>Grid size</label>
      <input
        id={sizeId}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onBlur={() => apply()}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : topology === "infinite" ? sizeHintId : undefined}
        inputMode="numeric"
        spellCheck={false}
        autoComplete="off"
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      {!error && topology === "infinite" && (
        <p id={sizeHintId} className="field-hint">
          The infinite plane has no size: this is the grid a torus or plane would start from.
        </p>
      )}
      <label htmlFor={topologyId}>Topology</label>
      <select
        id={topologyId}
        value={topology}
        onChange={(event) => store.getState().setTopology(event.target.value as WorldTopology)}
      >
        <option value="torus">Torus (edges wrap around)</option>
        <option value="plane">Plane (edges are walls)</option>
        <option value="klein">Klein bottle (one pair wraps reversed)</option>
        <option value="cross">Cross-surface (both pairs wrap reversed)</option>
        <option value="sphere">Sphere (each edge joins the next; square)</option>
        <option value="infinite">Infinite plane (no edges)</option>
      </select>
    </form>
  );
}
