import { parseRule } from "../rules/parseRule.ts";
import { type Rule, stateCount } from "../rules/Rule.ts";
import { RuleError } from "../rules/RuleError.ts";
import { FormatError } from "./FormatError.ts";
import type { MultiStateCell } from "./readMultiStateCell.ts";
import { toColumn } from "./toColumn.ts";

/**
 * The FormatError for a cell in a state its rule does not have (`text` at `line[index]`), as
 * Golly refuses one ("Cell state out of range"). `states` is how many states the file's `rule`
 * has (2 when it gives none); undefined when the rule is one this app cannot run, and then the
 * message is parseRule's, naming its family (RuleLoader files, for instance).
 */
export function createStateError(
  cell: MultiStateCell,
  line: string,
  index: number,
  lineNumber: number,
  rule: string | undefined,
  states: number | undefined,
): FormatError {
  const which = `"${cell.text}" is state ${cell.state}`;
  let reason: string;
  if (states === undefined) {
    reason = `${refusalOf(rule)} (this pattern's cells use states beyond 0 and 1: ${which})`;
  } else if (states <= 2) {
    const named = rule === undefined ? "it gives no rule, so it is Life" : `its rule ${rule}`;
    reason = `this pattern has cells in states beyond 0 and 1 (${which}), as a Generations or other multi-state rule has, but ${named}, with two states`;
  } else {
    reason = `${which}, out of range for the rule ${rule}, whose cells have states 0 to ${states - 1}`;
  }
  return new FormatError(reason, lineNumber, toColumn(line, index));
}

/**
 * How many states a cell of `rule` has (Life's 2 when there is no rule), or undefined when the
 * rule cannot be read here.
 */
export function statesOfRule(rule: string | undefined): number | undefined {
  if (rule === undefined) return 2;
  try {
    return stateCount(parseRule(rule).rule);
  } catch (error) {
    if (error instanceof RuleError) return undefined;
    throw error;
  }
}

/** parseRule's message for a rule it refuses. */
function refusalOf(rule: string | undefined): string {
  try {
    parseRule(rule ?? "");
  } catch (error) {
    if (error instanceof RuleError) return error.message;
    throw error;
  }
  return `the rule "${rule}" cannot be read`;
}

/**
 * parseRule's message for a rule it refuses; for a multi-state rule it reads (Generations,
 * Larger than Life with C3 and up, History), that macrocell files of it are not read here yet
 * (HashLife holds two states); undefined for none or a two-state rule.
 */
export function describeRuleFamily(rule: string | undefined): string | undefined {
  if (rule === undefined) return undefined;
  let parsed: Rule;
  try {
    parsed = parseRule(rule).rule;
  } catch (error) {
    if (error instanceof RuleError) return error.message;
    throw error;
  }
  const states = stateCount(parsed);
  if (states <= 2) return undefined;
  return `${FAMILY_NAMES[parsed.family]} rules (${states} states) are not supported in pattern files yet: "${rule}"`;
}

const FAMILY_NAMES: Readonly<Record<Rule["family"], string>> = {
  life: "Life-like",
  generations: "Generations",
  ltl: "Larger than Life",
  history: "History",
  user: "User-written",
};
