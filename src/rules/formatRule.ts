import type { GridBounds, Rule } from "./Rule.ts";

/**
 * Writes the canonical rulestring, as Golly does: `B3/S23`, digits ascending, `B2/S` when
 * nothing survives, then `:T64,48` or `:P64,48` when given bounds.
 */
export function formatRule(rule: Rule, bounds?: GridBounds): string {
  const text = `B${formatCounts(rule.birth)}/S${formatCounts(rule.survival)}`;
  if (!bounds) return text;
  const letter = bounds.topology === "torus" ? "T" : "P";
  return `${text}:${letter}${bounds.width},${bounds.height}`;
}

function formatCounts(mask: number): string {
  let digits = "";
  for (let n = 0; n <= 8; n++) if ((mask >> n) & 1) digits += n;
  return digits;
}
