import type { GridBounds, Rule } from "./Rule.ts";

/**
 * Writes the canonical rulestring, as Golly does: `B3/S23`, digits ascending, `B2/S` when
 * nothing survives, then `:T64,48` or `:P64,48` when given bounds.
 */
export function formatRule(rule: Rule, bounds?: GridBounds): string {
  if (rule.family !== "life" || rule.notation !== "counts") {
    throw new RangeError(`formatRule does not write ${rule.family} rules yet`);
  }
  const suffix =
    rule.neighbourhood === "hexagonal" ? "H" : rule.neighbourhood === "vonNeumann" ? "V" : "";
  const text = `B${formatCounts(rule.birth)}/S${formatCounts(rule.survival)}${suffix}`;
  if (!bounds) return text;
  const letter = bounds.topology === "torus" ? "T" : "P";
  return `${text}:${letter}${bounds.width},${bounds.height}`;
}

function formatCounts(mask: number): string {
  let digits = "";
  for (let n = 0; n <= 8; n++) if ((mask >> n) & 1) digits += n;
  return digits;
}
