import { type FormEvent, useEffect, useId, useState } from "react";
import { describeTube } from "../engine/Surface.ts";
import { formatBounds } from "../rules/formatBounds.ts";
import type { WorldTopology } from "../store/LifeState.ts";
import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";

/**
 * Grid size as "W×H" text, applied on Enter or when the field is left (an error shows until the
 * value is edited again), and the topology: torus, bounded plane, or the infinite plane (where
 * the size is that of the grid the cells would go back to), or a tube or strip of infinite
 * width as high as the grid (Golly's `:T0,h` and `:P0,h`; the height is the tube's). One
 * infinite downwards (`:T30,0`) comes from a rule's suffix or an opened file: while the world is
 * on one the topology shows it ("Tube 30 wide"), and choosing another moves the cells off it.
 */
export function GridSettings() {
  const store = useLifeStoreApi();
  const width = useLifeStore((s) => s.width);
  const height = useLifeStore((s) => s.height);
  const tube = useLifeStore((s) => (s.world.space.kind === "tube" ? s.world.space : null));
  const topology = useLifeStore((s) => {
    const { space } = s.world;
    if (space.kind === "infinite") return "infinite";
    if (space.kind !== "tube") return s.topology;
    if (space.axis === "y") return "downwards";
    return space.topology === "torus" ? "tube" : "strip";
  });
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
        aria-describedby={
          error ? errorId : topology === "infinite" || tube ? sizeHintId : undefined
        }
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
      {!error && tube && (
        <p id={sizeHintId} className="field-hint">
          A {describeTube(tube)} ({formatBounds(tube)}): its{" "}
          {tube.axis === "x" ? "height" : "width"} is the tube's; the other side is the grid a torus
          or plane would start from.
        </p>
      )}
      <label htmlFor={topologyId}>Topology</label>
      <select
        id={topologyId}
        value={topology}
        onChange={(event) => store.getState().setTopology(event.target.value as WorldTopology)}
      >
        {tube?.axis === "y" && (
          <option value="downwards" disabled>
            {capitalised(describeTube(tube))} (infinite height, from the rule)
          </option>
        )}
        <option value="torus">Torus (edges wrap around)</option>
        <option value="plane">Plane (edges are walls)</option>
        <option value="klein">Klein bottle (one pair wraps reversed)</option>
        <option value="cross">Cross-surface (both pairs wrap reversed)</option>
        <option value="sphere">Sphere (each edge joins the next; square)</option>
        <option value="tube">Tube (infinite width; top and bottom joined)</option>
        <option value="strip">Strip (infinite width; walls top and bottom)</option>
        <option value="infinite">Infinite plane (no edges)</option>
      </select>
    </form>
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
