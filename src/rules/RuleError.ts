/** A rulestring that cannot be read. `part` is the offending piece of the input, quoted in the message. */
export class RuleError extends Error {
  override readonly name = "RuleError";
  constructor(
    message: string,
    readonly input: string,
    readonly part: string,
  ) {
    super(message);
  }
}
