import { parseRule } from "../rules/parseRule.ts";
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
