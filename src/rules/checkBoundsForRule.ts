import { formatBounds } from "./formatBounds.ts";
import type { GridBounds, Rule } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

/**
 * Throws RuleError where Golly refuses a rule on a grid: its Larger than Life algorithm runs on
 * a torus or a plane only, unshifted (ltlalgo.cpp: "bad topology in suffix (must be torus or
 * plane)"), while its other algorithms take every bounded grid. `input` is the whole
 * rulestring, quoted in the message. The interpreter itself could run a Larger than Life rule
 * on any surface (`foldOntoGrid` folds any reach); this keeps the app's rules Golly's.
 */
export function checkBoundsForRule(rule: Rule, bounds: GridBounds, input: string): void {
  if (rule.family !== "ltl") return;
  const plain = (bounds.topology === "torus" || bounds.topology === "plane") && !bounds.shift;
  if (plain) return;
  const suffix = formatBounds(bounds);
  throw new RuleError(
    `Larger than Life rules run on a torus or a plane only, as in Golly, not "${suffix}": "${input}"`,
    input,
    suffix,
  );
}
