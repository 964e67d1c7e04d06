import { useId } from "react";
import { stateCount } from "../rules/Rule.ts";
import { themeOf } from "../store/display.ts";
import { drawStateOf } from "../store/drawStateOf.ts";
import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";
import { multiStateColors } from "../view/stateColors.ts";
import { stateNames } from "../view/stateNames.ts";
import { toCss } from "../view/Theme.ts";

/**
 * The state a click or drag draws, for a rule with more than two states: one radio button a
 * state (arrow keys move between them, as in any radio group), each with its colour and name,
 * so the list is the rule's colour key too. Clicking a cell in the chosen state empties it.
 * Shown over the grid, and only for multi-state rules.
 */
export function StatePicker() {
  const store = useLifeStoreApi();
  const rule = useLifeStore((s) => s.rule);
  const theme = useLifeStore(themeOf);
  const chosen = useLifeStore(drawStateOf);
  const name = useId();
  const states = stateCount(rule);
  if (states <= 2) return null;
  const colors = multiStateColors(rule, theme.empty, theme.alive) ?? [];
  const names = stateNames(rule);
  return (
    <fieldset className="state-picker">
      <legend>
        Draw state <span className="state-picker-chosen">{`${chosen} ${names[chosen]}`}</span>
      </legend>
      <div className="state-picker-options">
        {Array.from({ length: states - 1 }, (_, i) => {
          const state = i + 1;
          return (
            <label key={state} className="state-option" title={`${state} ${names[state]}`}>
              <input
                type="radio"
                name={name}
                value={state}
                checked={state === chosen}
                onChange={() => store.getState().setDrawState(state)}
                aria-label={`State ${state}: ${names[state]}`}
              />
              <span
                className="state-swatch"
                style={{ background: toCss(colors[state] ?? theme.alive) }}
                aria-hidden="true"
              />
              <span className="state-option-text" aria-hidden="true">
                {state} {names[state]}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
