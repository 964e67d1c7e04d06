/**
 * The coroutine protocol between a cell and its environment.
 *
 * A cell coroutine yields `Query` to ask for the state at (y, x) and receives that state
 * as the value of the `yield` expression; it yields `Transition` to announce its next state.
 * The simulation yields `TICK` once every cell of a generation has transitioned.
 * Coordinates in a query may lie outside the grid: the environment decides what that means
 * (wrap around on a torus, empty on a bounded plane).
 */

/** A cell is either alive or empty. Numbers, so grids can be typed arrays. */
export type CellState = 0 | 1;
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

/** Asks the environment for the state of the cell at (y, x). */
export function query(y: number, x: number): Query {
  return { kind: "query", y, x };
}

/** Tells the environment that the cell at (y, x) has `state` in the next generation. */
export function transition(y: number, x: number, state: CellState): Transition {
  return { kind: "transition", y, x, state };
}

/**
 * The rule: a cell's next state from its current state and its live-neighbour count.
 * Swapping it changes the game without touching the coroutines around it.
 */
export type GameLogic = (state: CellState, neighbors: number) => CellState;

/** A coroutine that yields queries (answered with states) and finally returns `T`. */
export type CellCoroutine<T> = Generator<Query, T, CellState>;
