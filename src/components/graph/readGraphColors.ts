import type { GraphColors } from "../../render/drawPopulationGraph.ts";

/**
 * The graph's colours from the CSS variables in force on `element` (the theme's: --graph-* when
 * a theme sets them, else its panel, text and accent colours), so a theme change reaches the
 * canvas at its next drawing.
 */
export function readGraphColors(element: Element): GraphColors {
  const style = getComputedStyle(element);
  const read = (names: readonly string[], fallback: string): string => {
    for (const name of names) {
      const value = style.getPropertyValue(name).trim();
      if (value) return value;
    }
    return fallback;
  };
  return {
    background: read(["--graph-bg", "--bg"], "#0d1117"),
    text: read(["--text"], "#e6edf3"),
    muted: read(["--muted"], "#9da7b3"),
    grid: read(["--graph-grid", "--border"], "#30363d"),
    line: read(["--graph-line", "--accent"], "#7ee787"),
    marker: read(["--graph-marker"], "#58a6ff"),
    cursor: read(["--graph-cursor", "--text"], "#e6edf3"),
    selection: read(["--graph-selection"], "rgba(88, 166, 255, 0.25)"),
  };
}
