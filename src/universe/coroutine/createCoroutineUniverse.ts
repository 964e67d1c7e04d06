import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import type { CellProgram } from "../../kernels/compileRule.ts";
import { pictureOfCells } from "../pictureOfCells.ts";
import { checkTwoState, refuseBirthOnZero } from "../refuseBirthOnZero.ts";
import { statePictureOfCells } from "../statePicture.ts";
import type { CellRect, Universe, UniverseSnapshot } from "../Universe.ts";
import { SparseCells } from "./SparseCells.ts";

interface CoroutineSnapshot extends UniverseSnapshot {
  readonly cells: SparseCells;
}

/**
 * The infinite plane run by the coroutine interpreter: each generation, every live cell and
 * every neighbour of one runs its cell coroutine, whose queries are answered from the current
 * generation and whose transition is written to the next (a cell with no live neighbour and
 * empty itself stays empty under any rule without B0, which is refused). Slow and exact: the
 * reference the fast engines of the plane are checked against.
 *
 * `reach` is how far a cell's coroutine looks (1 for a 3x3 rule); a query further away is an
 * error, since cells beyond the reach of every live cell are not run.
 *
 * With `states` above 2 (Generations, History...), cells hold any of them and every non-empty
 * cell runs, so a dying cell moves on even with nothing alive near it; pictures are state
 * pictures (see DensityPicture). `rule` is then the live cells' table (`compileStatesOf`).
 */
export function createCoroutineUniverse(
  program: CellProgram,
  rule: CompiledRule,
  reach = 1,
  states = 2,
): Universe {
  refuseBirthOnZero(rule);
  const checkState =
    states === 2
      ? checkTwoState
      : (state: number) => {
          if (!Number.isInteger(state) || state < 0 || state >= states) {
            throw new RangeError(
              `cell state ${state} is not one of this rule's states 0..${states - 1}`,
            );
          }
        };
  let current = new SparseCells();
  let generation = 0n;

  const runCell = (next: SparseCells, y: number, x: number) => {
    const coroutine = program(y, x);
    let item = coroutine.next();
    while (!item.done) {
      const instruction = item.value;
      if (instruction.kind === "query") {
        if (Math.abs(instruction.y - y) > reach || Math.abs(instruction.x - x) > reach) {
          throw new RangeError(
            `the cell at (${y}, ${x}) asked for (${instruction.y}, ${instruction.x}), beyond its reach of ${reach}`,
          );
        }
        item = coroutine.next(current.get(instruction.x, instruction.y));
      } else {
        if (instruction.kind === "transition")
          next.set(instruction.x, instruction.y, instruction.state);
        item = coroutine.next();
      }
    }
  };

  const stepOnce = () => {
    const candidates = new SparseCells();
    for (const [x, y] of current.cells()) {
      for (let dy = -reach; dy <= reach; dy++) {
        for (let dx = -reach; dx <= reach; dx++) candidates.set(x + dx, y + dy, 1);
      }
    }
    const next = new SparseCells();
    for (const [x, y] of candidates.cells()) runCell(next, y, x);
    current = next; // TICK: the new generation replaces the old at once.
    generation++;
  };

  return {
    space: { kind: "infinite" },
    engine: "coroutine",
    rule,
    get generation() {
      return generation;
    },
    population: () => BigInt(current.size),
    bounds: () => current.bounds(),
    get: (x, y) => current.get(x, y),
    set(x, y, state) {
      checkState(state);
      current.set(x, y, state);
    },
    step(generations) {
      if (generations < 0n) throw new RangeError("cannot step a negative number of generations");
      for (let i = 0n; i < generations; i++) stepOnce();
    },
    picture: (rect: CellRect, scale: number) =>
      states === 2
        ? pictureOfCells(rect, scale, current.cells(rect))
        : statePictureOfCells(rect, scale, current.cells(rect), states),
    cells: (rect?: CellRect) => current.cells(rect),
    snapshot(): CoroutineSnapshot {
      return {
        engine: "coroutine",
        generation,
        population: BigInt(current.size),
        cells: current.clone(),
      };
    },
    restore(snapshot) {
      const saved = snapshot as CoroutineSnapshot;
      if (saved.engine !== "coroutine" || !(saved.cells instanceof SparseCells)) {
        throw new TypeError(
          `a ${saved.engine} snapshot cannot be restored on the coroutine engine`,
        );
      }
      current = saved.cells.clone();
      generation = saved.generation;
    },
    dispose() {},
  };
}
