import { type Rule, stateCount } from "../rules/Rule.ts";

/**
 * The state a click or drag draws in: the chosen `drawState`, or the rule's last state when the
 * rule has fewer (a Generations choice kept across a change to Life draws 1).
 */
export function drawStateOf(state: { readonly rule: Rule; readonly drawState: number }): number {
  return Math.max(1, Math.min(state.drawState, stateCount(state.rule) - 1));
}
