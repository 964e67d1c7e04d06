import { formatBounds } from "./formatBounds.ts";
import type { GridBounds, Rule } from "./Rule.ts";

/**
 * Writes the canonical rulestring, as Golly does: `B3/S23`, digits ascending, `B2/S` when
 * nothing survives, then the bounded-grid suffix (`formatBounds`) when given bounds.
 */
export function formatRule(rule: Rule, bounds?: GridBounds): string {
  if (rule.family !== "life" || rule.notation !== "counts") {
    throw new RangeError(`formatRule does not write ${rule.family} rules yet`);
  }
  const suffix =
    rule.neighbourhood === "hexagonal" ? "H" : rule.neighbourhood === "vonNeumann" ? "V" : "";
  const text = `B${formatCounts(rule.birth)}/S${formatCounts(rule.survival)}${suffix}`;
  return bounds ? `${text}${formatBounds(bounds)}` : text;
}

function formatCounts(mask: number): string {
  let digits = "";
  for (let n = 0; n <= 8; n++) if ((mask >> n) & 1) digits += n;
  return digits;
}
