import { countNeighbors } from "./countNeighbors.ts";
import {
  type CellState,
  type GameLogic,
  type Query,
  query,
  type Transition,
  transition,
} from "./protocol.ts";

/**
 * One cell's part in one generation: ask for its own state, count its neighbours (composed
 * with `yield*`, the seed's `yield from`), apply the rule, announce the next state.
 */
export function* stepCell(
  y: number,
  x: number,
  gameLogic: GameLogic,
): Generator<Query | Transition, void, CellState> {
  const state = yield query(y, x);
  const neighbors = yield* countNeighbors(y, x);
  yield transition(y, x, gameLogic(state, neighbors));
}
