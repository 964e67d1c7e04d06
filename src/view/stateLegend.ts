import { type Rule, stateCount } from "../rules/Rule.ts";
import { stateNames } from "./stateNames.ts";

/** One line of a rule's legend: a state (or a range of them), its colours and its name. */
export interface LegendEntry {
  /** "1", or "2–7" for a range of dying states. */
  readonly label: string;
  readonly name: string;
  /** One colour a state in the entry (a range shows its gradient). */
  readonly colors: readonly number[];
}

/**
 * The legend of a multi-state rule's colours, short enough for a phone: every state of History
 * and Super by name; for Generations and Larger than Life, alive and then the dying states as
 * one entry with their gradient (up to 255 states would not fit). Empty for a two-state rule.
 * State 0, the background, is left out.
 */
export function stateLegend(rule: Rule, colors: readonly number[]): LegendEntry[] {
  const states = stateCount(rule);
  if (states <= 2) return [];
  const names = stateNames(rule);
  const entry = (state: number): LegendEntry => ({
    label: String(state),
    name: names[state] ?? "",
    colors: [colors[state] ?? 0],
  });
  if (rule.family === "history") return Array.from({ length: states - 1 }, (_, i) => entry(i + 1));
  const dying: LegendEntry =
    states === 3
      ? entry(2)
      : {
          label: `2–${states - 1}`,
          name: "dying",
          colors: colors.slice(2, states),
        };
  return [entry(1), { ...dying, name: "dying" }];
}
