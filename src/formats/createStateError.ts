import { parseRule } from "../rules/parseRule.ts";
import { RuleError } from "../rules/RuleError.ts";
import { FormatError } from "./FormatError.ts";
import { toColumn } from "./toColumn.ts";

const STATE_LETTERS = 24;
const A = 0x41;
const P = 0x70;

/**
 * The state a multi-state RLE cell names at `line[index]`, as Golly writes them: `A`..`X` are 1
 * to 24, and `p`..`y` before one of them add 24 each (`pA` 25, `yO` 255). Undefined when there is
 * no such cell there (a lone `p`, or any other character).
 */
export function readCellState(
  line: string,
  index: number,
): { text: string; state: number } | undefined {
  const code = line.charCodeAt(index);
  if (isStateLetter(code)) return { text: line.charAt(index), state: code - A + 1 };
  const next = line.charCodeAt(index + 1);
  if (code >= P && code <= P + 9 && isStateLetter(next)) {
    return {
      text: line.slice(index, index + 2),
      state: (code - P + 1) * STATE_LETTERS + next - A + 1,
    };
  }
  return undefined;
}

/**
 * The FormatError for a cell in a state beyond 0 and 1 (`text` at `line[index]`). Such files are
 * for Generations, LifeHistory, RuleLoader and other multi-state rules; when `rule` (the file's
 * own) is one this app cannot run, the message names its family, as parseRule does.
 */
export function createStateError(
  cell: { text: string; state: number },
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
function describeRuleFamily(rule: string | undefined): string | undefined {
  if (rule === undefined) return undefined;
  try {
    parseRule(rule);
    return undefined;
  } catch (error) {
    if (error instanceof RuleError) return error.message;
    throw error;
  }
}

function isStateLetter(code: number): boolean {
  return code >= A && code < A + STATE_LETTERS;
}
