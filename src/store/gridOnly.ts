import { birthOnZero } from "../rules/birthOnZero.ts";
import { type Rule, stateCount } from "../rules/Rule.ts";

/**
 * Why `rule` cannot run on the infinite plane, or null when it can: a B0 rule would fill it at
 * once, and the infinite plane's engines hold two states only (see Universe's State), so a
 * rule of more than two states runs on a bounded grid.
 */
export function gridOnlyReason(rule: Rule): string | null {
  if (birthOnZero(rule)) return "B0 would fill it at once";
  if (stateCount(rule) > 2) return "only a bounded grid holds cells in more than two states";
  return null;
}
