import { parseRule } from "../rules/parseRule.ts";
import { stateCount } from "../rules/Rule.ts";
import { RuleError } from "../rules/RuleError.ts";
import { FormatError } from "./FormatError.ts";
import type { MultiStateCell } from "./readMultiStateCell.ts";
import { toColumn } from "./toColumn.ts";

/**
 * The FormatError for a cell in a state its rule does not have (`text` at `line[index]`), as
 * Golly refuses one ("Cell state out of range"). `states` is how many states the file's `rule`
 * has (2 when it gives none); undefined when the rule is one this app cannot run, and then the
 * message names its family, as parseRule does (RuleLoader files, for instance).
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
  const family = describeRuleFamily(rule);
  let reason: string;
  if (family !== undefined) {
    reason = `${family} (this pattern's cells use states beyond 0 and 1: ${which})`;
  } else if (states === undefined || states <= 2) {
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

/** parseRule's message for a rule it refuses, or undefined for none or a rule that runs. */
export function describeRuleFamily(rule: string | undefined): string | undefined {
  if (rule === undefined) return undefined;
  try {
    parseRule(rule);
    return undefined;
  } catch (error) {
    if (error instanceof RuleError) return error.message;
    throw error;
  }
}
