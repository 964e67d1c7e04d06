import { FormatError } from "./FormatError.ts";
import { toColumn } from "./toColumn.ts";

/**
 * A FormatError for the character at `line[index]`. The character is quoted as JSON so that a
 * tab or a control character is visible in the message.
 */
export function createCharacterError(
  line: string,
  index: number,
  lineNumber: number,
  context = "",
): FormatError {
  const character = String.fromCodePoint(line.codePointAt(index) ?? 0);
  const reason = `unexpected ${JSON.stringify(character)}${context}`;
  return new FormatError(reason, lineNumber, toColumn(line, index));
}
