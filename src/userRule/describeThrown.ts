import { UserRuleError } from "./UserRuleError.ts";
import { LINE_OFFSET, USER_RULE_FILE } from "./wrapUserRule.ts";

/**
 * A value thrown by a user's code as a UserRuleError at the line of their source it was thrown
 * from: the first frame of its stack in `USER_RULE_FILE` (V8 names eval'd and vm code by its
 * sourceURL or filename), moved back past the wrapper's lines. Read by shape, not `instanceof`:
 * errors made in another realm (a Node vm context) are not this realm's Error.
 */
export function describeThrown(thrown: unknown, doing: string): UserRuleError {
  if (thrown instanceof UserRuleError) return thrown;
  const { name, message, stack } = readError(thrown);
  const at = stack.match(new RegExp(`${USER_RULE_FILE.replace(".", "\\.")}:(\\d+):(\\d+)`));
  const line = at ? Number(at[1]) - LINE_OFFSET : undefined;
  const column = at ? Number(at[2]) : undefined;
  const usable = line !== undefined && line >= 1;
  return new UserRuleError(
    `${name}: ${message} (${doing})`,
    usable ? line : undefined,
    usable ? column : undefined,
  );
}

function readError(thrown: unknown): { name: string; message: string; stack: string } {
  if (typeof thrown === "object" && thrown !== null && "message" in thrown) {
    const error = thrown as { name?: unknown; message?: unknown; stack?: unknown };
    return {
      name: typeof error.name === "string" ? error.name : "Error",
      message: String(error.message),
      stack: typeof error.stack === "string" ? error.stack : "",
    };
  }
  return { name: "thrown", message: String(thrown), stack: "" };
}
