import { Grid, type Topology } from "../../src/engine/Grid.ts";
import { interpretBand } from "../../src/kernels/interpretBand.ts";
import type { CompiledRangeRule } from "../../src/kernels/range/CompiledRangeRule.ts";
import { createRangeStepper } from "../../src/kernels/range/createRangeStepper.ts";
import { cellProgramOf } from "../../src/rules/cellProgramOf.ts";
import type { LargerThanLifeRule } from "../../src/rules/Rule.ts";

/**
 * Runs the range kernels (wasm where the plan allows it, and JavaScript) beside the coroutine
 * interpreter for `generations` from the same random cells (each cell live with a random
 * density, in a random state) and returns where they first differ, or "none".
 */
export function firstRangeDifference(
  random: () => number,
  rule: LargerThanLifeRule,
  compiled: CompiledRangeRule,
  width: number,
  height: number,
  topology: Topology,
  generations: number,
): string {
  const density = random();
  const cells = Uint8Array.from({ length: width * height }, () =>
    random() < density ? Math.floor(random() * rule.states) : 0,
  );
  const steppers = (["wasm", "js"] as const).map((prefer) =>
    createRangeStepper({ width, height, topology, compiled, cells, prefer }),
  );
  let grid = new Grid(height, width, topology, cells.slice());
  const program = cellProgramOf(rule);
  for (let generation = 1; generation <= generations; generation++) {
    const next = grid.emptyLike();
    interpretBand(grid, next, 0, height, program);
    grid = next;
    for (const stepper of steppers) {
      stepper.step();
      const mine = stepper.cells();
      const at = grid.cells.findIndex((state, i) => mine[i] !== state);
      if (at >= 0) {
        return `${stepper.kind}: generation ${generation} cell (${Math.floor(at / width)}, ${at % width}): interpreter ${grid.cells[at]}, kernel ${mine[at]}`;
      }
    }
  }
  return "none";
}
