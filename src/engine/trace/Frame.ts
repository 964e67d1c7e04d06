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
}
