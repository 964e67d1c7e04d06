import { birthOnZero } from "./birthOnZero.ts";
import { formatBounds } from "./formatBounds.ts";
import { type GridBounds, isTube, type Rule, type Tube } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

/**
 * Throws RuleError where a rule cannot run on a grid. As Golly: its Larger than Life algorithm
 * runs on a torus or a plane only, unshifted (ltlalgo.cpp: "bad topology in suffix (must be
 * torus or plane)"), while its other algorithms take every bounded grid. Unlike Golly: a B0
 * rule on a tube or strip, whose infinite side it would fill at once (as on the infinite plane,
 * where Golly emulates it by inverting alternate generations and this app refuses it). `input`
 * is the whole rulestring, quoted in the message. The interpreter itself could run a Larger
 * than Life rule on any surface (`foldOntoGrid` folds any reach); this keeps the app's rules
 * Golly's.
 */
export function checkBoundsForRule(rule: Rule, bounds: GridBounds | Tube, input: string): void {
  const suffix = formatBounds(bounds);
  if (isTube(bounds)) {
    if (!birthOnZero(rule)) return;
    throw new RuleError(
      `Rules with B0 (birth with no live neighbours) cannot run on a tube or strip ("${suffix}"): its infinite side would fill at once, as the infinite plane would; use a bounded grid: "${input}"`,
      input,
      suffix,
    );
  }
  if (rule.family !== "ltl") return;
  const plain = (bounds.topology === "torus" || bounds.topology === "plane") && !bounds.shift;
  if (plain) return;
  throw new RuleError(
    `Larger than Life rules run on a torus or a plane only, as in Golly, not "${suffix}": "${input}"`,
    input,
    suffix,
  );
}
