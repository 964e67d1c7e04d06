/**
 * A generator frame that was on the stack when a traced coroutine built an instruction: its
 * function's name and where it was, in the code that runs (a module as the dev server serves
 * it, or the production bundle). `line` and `column` (1-based) are the call being made (the
 * `query(…)` or `transition(…)` of the innermost frame, the `yield*` an outer frame waits in);
 * `functionLine` and `functionColumn` are where the function's text starts, so that the
 * position can be read against `Function.prototype.toString()` (see `yieldIndexAt`).
 */
export interface Frame {
  readonly name: string;
  readonly line: number;
  readonly column: number;
  readonly functionLine: number;
  readonly functionColumn: number;
  /** The script the frame ran in, as the engine names it (a URL, or a sourceURL), when known. */
  readonly file?: string;
  /**
   * Which `yield` of its function the frame stands at and how many the function has, when they
   * were read where the function runs (`yieldIndexAt`): a trace made in another context (the
   * rule sandbox's worker) carries them, since the page cannot read that context's code.
   */
  readonly yieldIndex?: number;
  readonly yieldCount?: number;
}
