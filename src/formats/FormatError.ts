/** A pattern file that cannot be read; `line` and `column` are 1-based positions in the input. */
export class FormatError extends Error {
  override readonly name = "FormatError";
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
  }
}
