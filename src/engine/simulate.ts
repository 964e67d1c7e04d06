import { type CellProgram, type CellState, type Instruction, TICK, type Tick } from "./protocol.ts";

/** A simulation as its interpreter sees it: it yields instructions and is sent cell states. */
export type Simulation = Iterator<Instruction, never, CellState> & Iterable<Instruction>;

/**
 * The whole grid, forever: every cell steps in row-major order (each a fresh coroutine of
 * `program`, such as `stepCell` with a game logic), then the clock ticks. It knows nothing of how the grid is stored or what lies
 * beyond its edges; the interpreter that drives it (`liveAGeneration`) decides.
 *
 * This is the seed's `while True: for y: for x: yield from step_cell(y, x); yield TICK`, with
 * the `yield*` written out by hand: `next(state)` is passed straight to the current cell's
 * coroutine and its instruction straight back, exactly as `yield*` would. A generator function
 * here would put a third suspended frame between the interpreter and every neighbour query
 * (countNeighbors inside stepCell inside simulate), and resuming that frame is what V8 spends
 * most on: measured on 256x256, the generator form runs about 20 ticks/s in Node 20, this one
 * about 30. Cells stay generator coroutines composed with `yield*`.
 */
export function simulate(height: number, width: number, program: CellProgram): Simulation {
  const tick: IteratorYieldResult<Tick> = { done: false, value: TICK };
  let y = 0;
  let x = 0;
  let cell: Generator<Instruction, void, CellState> | undefined;
  const simulation: Simulation = {
    // `state` is undefined when the interpreter calls `next()`; a generator treats
    // `next(undefined)` exactly as `next()`, so it is passed on as it is.
    next(state?: CellState) {
      if (cell !== undefined) {
        const step = cell.next(state as CellState);
        if (!step.done) return step;
        cell = undefined;
      }
      if (y === height) {
        y = 0;
        return tick;
      }
      cell = program(y, x);
      if (++x === width) {
        x = 0;
        y++;
      }
      return cell.next() as IteratorYieldResult<Instruction>;
    },
    [Symbol.iterator]() {
      return simulation;
    },
  };
  return simulation;
}
