import { type CellState, type GameLogic, type Instruction, TICK } from "./protocol.ts";
import { stepCell } from "./stepCell.ts";

/**
 * The whole grid, forever: every cell steps in row-major order, then the clock ticks.
 * It knows nothing of how the grid is stored or what lies beyond its edges; the interpreter
 * that drives it (`liveAGeneration`) decides.
 */
export function* simulate(
  height: number,
  width: number,
  gameLogic: GameLogic,
): Generator<Instruction, never, CellState> {
  while (true) {
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        yield* stepCell(y, x, gameLogic);
      }
    }
    yield TICK;
  }
}
