import { CoroutineEngine, Grid } from "../engine/index.ts";
import { compileGameLogic, createStepper } from "../kernels/index.ts";
import { createGameLogic, type Rule } from "../rules/index.ts";
import type { EngineChoice } from "./parseRunArgs.ts";

/** A grid being run by one of the engines, as `life run` needs it. */
export interface Runner {
  /** "coroutine", or "fast (wasm)", "fast (bits)", "fast (bytes)": the kernel that runs. */
  readonly engine: string;
  step(): void;
  /** The current generation as a Grid (a copy for the fast engine). */
  grid(): Grid;
}

/**
 * The engine `--engine` asks for: `coroutine` interprets the cell coroutines; `fast` runs the
 * kernel compiled from them; `auto` is `fast` when the rule compiles (every Life-like rule
 * does) and the interpreter otherwise. Fast and coroutine agree cell for cell (the kernel tests).
 */
export function createRunner(grid: Grid, rule: Rule, choice: EngineChoice): Runner {
  const gameLogic = createGameLogic(rule);
  const compiled = choice === "coroutine" ? undefined : compileGameLogic(gameLogic);
  if (!compiled) {
    const engine = new CoroutineEngine(grid, gameLogic);
    return { engine: "coroutine", step: () => engine.step(), grid: () => engine.grid };
  }
  const stepper = createStepper({
    width: grid.width,
    height: grid.height,
    topology: grid.topology,
    compiled,
    cells: grid.cells,
  });
  return {
    engine: `fast (${stepper.kind})`,
    step: () => stepper.step(),
    grid: () => new Grid(grid.height, grid.width, grid.topology, stepper.getCells()),
  };
}
