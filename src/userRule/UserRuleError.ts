/**
 * What is wrong with a user's rule, in words a user can act on, with the line and column of
 * their source it points at when there is one (1-based, as an editor numbers them).
 */
export class UserRuleError extends Error {
  constructor(
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(
      line === undefined ? detail : `line ${line}${column ? `, column ${column}` : ""}: ${detail}`,
    );
    this.name = "UserRuleError";
  }
}

/** The parts of a UserRuleError that cross a worker boundary (a class does not). */
export interface UserRuleProblem {
  readonly message: string;
  readonly detail: string;
  readonly line?: number;
  readonly column?: number;
}

/** A UserRuleError as plain data. */
export function problemOf(error: UserRuleError): UserRuleProblem {
  return {
    message: error.message,
    detail: error.detail,
    ...(error.line !== undefined && { line: error.line }),
    ...(error.column !== undefined && { column: error.column }),
  };
}
