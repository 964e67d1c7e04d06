import type { Rule } from "../rules/Rule.ts";
import { stateCount } from "../rules/Rule.ts";

/**
 * What each state of `rule` is called, index = state, for the state picker and the legend.
 * Generations and multi-state Larger than Life: empty, alive, then the dying states counted
 * down to empty ("dying, 3 left"); History and Super: the names in Golly's Help
 * (Algorithms/Super.html), in lower case.
 */
export function stateNames(rule: Rule): string[] {
  const states = stateCount(rule);
  if (rule.family === "history") return rule.variant === "History" ? HISTORY : SUPER;
  const names = ["empty", "alive"];
  for (let state = 2; state < states; state++) names.push(`dying, ${states - state} left`);
  return names;
}

const HISTORY = [
  "off",
  "on",
  "history (was on)",
  "marked on",
  "marked off",
  "start on",
  "boundary off",
];

const SUPER = [
  "off",
  "on, trail 1",
  "off, trail 1",
  "marked on",
  "marked off",
  "start on",
  "boundary off",
  "marked on, no-trail boundary",
  "marked off, no-trail boundary",
  "on, trail 2",
  "off, trail 2",
  "on, trail 3",
  "off, trail 3",
  "on, no trail 1",
  "vanishing off label",
  "on, no trail 2",
  "removable off label",
  "on, no trail 3",
  "cyclable off 1 (label)",
  "on, no trail 4",
  "cyclable off 2 (label)",
  "on, no trail 5",
  "cyclable off 3 (label)",
  "on, no trail 6",
  "hidden off (pop-up label)",
  "on, no trail 7",
];
