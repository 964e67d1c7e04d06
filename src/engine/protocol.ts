/**
 * The coroutine protocol between a cell and its environment.
 *
 * A cell coroutine yields `Query` to ask for the state at (y, x) and receives that state
 * as the value of the `yield` expression; it yields `Transition` to announce its next state.
 * The simulation yields `TICK` once every cell of a generation has transitioned.
 * Coordinates in a query may lie outside the grid: the environment decides what that means
 * (wrap around on a torus, empty on a bounded plane).
 */

/**
 * A cell's state, 0 (empty) to 255. Two-state rules use 0 and 1 (alive); Generations, History
 * and Larger than Life rules with more states use the rest. Numbers, so grids can be typed
 * arrays.
 */
export type CellState = number;
export const EMPTY: CellState = 0;
export const ALIVE: CellState = 1;

export interface Query {
  readonly kind: "query";
  readonly y: number;
  readonly x: number;
}

export interface Transition {
  readonly kind: "transition";
  readonly y: number;
  readonly x: number;
  readonly state: CellState;
}

export interface Tick {
  readonly kind: "tick";
}

/** Everything a coroutine may yield to its environment. */
export type Instruction = Query | Transition | Tick;

/** The one TICK value; compare by identity or by `kind`. */
export const TICK: Tick = Object.freeze({ kind: "tick" });

/**
 * Sees each instruction as `query` or `transition` builds it, while a cell is being traced
 * (`traceCell`): called on the coroutine's own stack, it can record which generator frames asked.
 * Unset otherwise, so the interpreter pays one comparison an instruction.
 */
let witness: ((instruction: Query | Transition) => void) | undefined;

/** Sets (or with undefined, clears) the witness of instructions; returns the previous one. */
export function witnessInstructions(
  next: ((instruction: Query | Transition) => void) | undefined,
): ((instruction: Query | Transition) => void) | undefined {
  const previous = witness;
  witness = next;
  return previous;
}

/** Asks the environment for the state of the cell at (y, x). */
export function query(y: number, x: number): Query {
  const instruction: Query = { kind: "query", y, x };
  if (witness !== undefined) witness(instruction);
  return instruction;
}

/** Tells the environment that the cell at (y, x) has `state` in the next generation. */
export function transition(y: number, x: number, state: CellState): Transition {
  const instruction: Transition = { kind: "transition", y, x, state };
  if (witness !== undefined) witness(instruction);
  return instruction;
}

/**
 * The rule: a cell's next state from its current state and its live-neighbour count.
 * Swapping it changes the game without touching the coroutines around it.
 */
export type GameLogic = (state: CellState, neighbors: number) => CellState;

/** A coroutine that yields queries (answered with states) and finally returns `T`. */
export type CellCoroutine<T> = Generator<Query, T, CellState>;

/**
 * A rule as a cell coroutine: the one for the cell at (y, x) asks for the states it needs and
 * announces the cell's next state with one Transition. Every rule family is one of these.
 */
export type CellProgram = (y: number, x: number) => Generator<Query | Transition, void, CellState>;
