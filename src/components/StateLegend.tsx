import { themeOf } from "../store/display.ts";
import { useLifeStore } from "../store/useLifeStore.ts";
import { multiStateColors } from "../view/stateColors.ts";
import { stateLegend } from "../view/stateLegend.ts";
import { toCss } from "../view/Theme.ts";

/**
 * The colours of a multi-state rule's states and what they mean (see stateLegend), under the
 * rule; nothing for a two-state rule.
 */
export function StateLegend() {
  const rule = useLifeStore((s) => s.rule);
  const theme = useLifeStore(themeOf);
  const colors = multiStateColors(rule, theme.empty, theme.alive);
  if (!colors) return null;
  const entries = stateLegend(rule, colors);
  return (
    <ul className="state-legend" aria-label="Cell states">
      <li>
        <span className="state-swatch" style={{ background: toCss(theme.empty) }} />0 empty
      </li>
      {entries.map((entry) => (
        <li key={entry.label}>
          <span className="state-swatch" style={{ background: swatchOf(entry.colors) }} />
          {entry.label} {entry.name}
        </li>
      ))}
    </ul>
  );
}

/** One colour, or a gradient through a range's colours (at most 16 stops). */
function swatchOf(colors: readonly number[]): string {
  if (colors.length === 1) return toCss(colors[0] as number);
  const step = Math.max(1, Math.ceil(colors.length / 16));
  const stops = colors.filter((_, i) => i % step === 0 || i === colors.length - 1).map(toCss);
  return `linear-gradient(to right, ${stops.join(", ")})`;
}
