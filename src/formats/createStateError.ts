import { parseRule } from "../rules/parseRule.ts";
import { type Rule, stateCount } from "../rules/Rule.ts";
import { RuleError } from "../rules/RuleError.ts";
import { FormatError } from "./FormatError.ts";
import type { MultiStateCell } from "./readMultiStateCell.ts";
import { toColumn } from "./toColumn.ts";

/**
 * The FormatError for a cell in a state beyond 0 and 1 (`text` at `line[index]`). Such files are
 * for Generations, LifeHistory, RuleLoader and other multi-state rules; when `rule` (the file's
 * own) is one this app cannot run, the message names its family, as parseRule does.
 */
export function createStateError(
  cell: MultiStateCell,
  line: string,
  index: number,
  lineNumber: number,
  rule: string | undefined,
): FormatError {
  const which = `"${cell.text}" is state ${cell.state}`;
  const family = describeRuleFamily(rule);
  const reason =
    family === undefined
      ? `this pattern has cells in states beyond 0 and 1 (${which}), as a Generations or other multi-state rule has: only two-state Life-like rules run here`
      : `${family} (this pattern's cells use states beyond 0 and 1: ${which})`;
  return new FormatError(reason, lineNumber, toColumn(line, index));
}

/**
 * parseRule's message for a rule it refuses; for a multi-state rule it reads (Generations,
 * Larger than Life with C3 and up, History), that pattern files of it are not read here yet;
 * undefined for none or a two-state rule.
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
};
