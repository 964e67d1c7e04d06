import { useEffect, useId, useState } from "react";
import { periodColors } from "../../render/periodColors.ts";
import { themeOf } from "../../store/display.ts";
import { useLifeStore, useLifeStoreApi } from "../../store/useLifeStore.ts";
import { MAX_IDENTIFY_LIMIT } from "../../universe/identify/index.ts";
import { factsOf } from "./IdentifyFacts.tsx";

/**
 * Identify's results over the grid: the answer in a sentence, its figures, and for an
 * oscillator the legend of the cell-period map (with a toggle); the limit to run to, and a
 * way to run again. Closed with its button or Escape; a run under way shows its progress and
 * can be cancelled.
 */
export function IdentifyPanel() {
  const store = useLifeStoreApi();
  const shown = useLifeStore((s) => s.identified);
  const mapShown = useLifeStore((s) => s.periodMap !== null);
  const theme = useLifeStore(themeOf);
  const headingId = useId();
  const limitId = useId();
  const [limit, setLimit] = useState("");
  useEffect(() => {
    if (shown) setLimit((typed) => typed || String(shown.limit));
  }, [shown]);
  if (!shown) return null;
  const s = () => store.getState();
  const again = () => {
    const asked = Number(limit);
    void s().identify(Number.isFinite(asked) && asked >= 1 ? asked : shown.limit);
  };
  const result = shown.phase === "done" ? shown.result : null;
  const colors = result?.cells
    ? periodColors(
        result.cells.counts.map(([p]) => p),
        theme.empty,
      )
    : null;
  return (
    <section className="identify-panel" aria-labelledby={headingId}>
      <div className="identify-head">
        <h2 id={headingId}>Identify</h2>
        <button type="button" aria-label="Close Identify" onClick={() => s().closeIdentify()}>
          ×
        </button>
      </div>
      {shown.phase === "running" && (
        <div className="codec-progress">
          <progress
            aria-label="Identifying"
            max={1}
            {...(shown.fraction !== null && { value: shown.fraction })}
          />
          <span aria-hidden="true">
            {shown.fraction === null ? "…" : `${Math.round(shown.fraction * 100)}%`}
          </span>
          <button type="button" onClick={() => s().closeIdentify()}>
            Cancel
          </button>
        </div>
      )}
      {shown.phase === "failed" && <p className="field-error">{shown.message}</p>}
      {shown.phase === "done" && result && (
        <>
          <p className="identify-sentence" data-testid="identify-sentence">
            {shown.sentence}
          </p>
          <dl className="identify-facts">
            {factsOf(result, shown.generation).map(([term, value]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {result.cells && colors && (
            <>
              <ul className="identify-legend" aria-label="Cell periods">
                {result.cells.counts.map(([period, cells]) => (
                  <li key={period}>
                    <span className="swatch" style={{ background: colors.get(period) }} />
                    {period === 1 ? "Period 1 (stator)" : `Period ${period}`}: {cells}{" "}
                    {cells === 1 ? "cell" : "cells"}
                  </li>
                ))}
              </ul>
              <button type="button" aria-pressed={mapShown} onClick={() => s().toggleIdentifyMap()}>
                Show cell periods on the grid
              </button>
            </>
          )}
        </>
      )}
      <div className="identify-again">
        <label htmlFor={limitId}>Up to generations</label>
        <input
          id={limitId}
          type="number"
          min={1}
          max={MAX_IDENTIFY_LIMIT}
          value={limit}
          onChange={(event) => setLimit(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") again();
            // Keys typed in a field are not shortcuts: Escape still closes the panel.
            if (event.key === "Escape") s().closeIdentify();
          }}
        />
        <button type="button" onClick={again} disabled={shown.phase === "running"}>
          Identify again
        </button>
      </div>
    </section>
  );
}
