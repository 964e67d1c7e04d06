import { assertGridSize, type Topology } from "../engine/Grid.ts";
import { type CompiledRangeRule, neighbourCount } from "./CompiledRangeRule.ts";
import { createDiamondSums } from "./diamondSums.ts";
import { planRangeSums } from "./planRangeSums.ts";
import { createRectangleSums } from "./rectangleSums.ts";
import type { StateStepper } from "./StateStepper.ts";

export interface RangeStepperOptions {
  readonly width: number;
  readonly height: number;
  readonly topology: Topology;
  /** The rule, from `compileRangeRule`. */
  readonly compiled: CompiledRangeRule;
  /** The first generation, a byte a cell, row-major (copied); empty when left out. */
  readonly cells?: Uint8Array;
}

/**
 * A bounded grid on a range rule (Larger than Life / HROT) compiled from its cell coroutine,
 * at a cost a cell independent of the range for the square and the diamond (and a few reads
 * per row of the disc's outline for the disc): running sums of the counted cells, read for
 * the neighbourhood with the cell itself, the table taking the cell off again. A torus wraps
 * as often as its size needs, so on a torus smaller than the neighbourhood a cell is counted
 * as many times as the interpreter's queries reach it.
 *
 * Throws a RangeError for a bad size or cells, or a neighbourhood no running sum can add up
 * (`planRangeSums` says so beforehand).
 */
export function createRangeStepper(options: RangeStepperOptions): StateStepper {
  const { width, height, topology, compiled } = options;
  assertGridSize(height, width);
  const plan = planRangeSums(compiled);
  if (typeof plan === "string") throw new RangeError(`no range kernel for this rule: ${plan}`);
  const { states } = compiled;
  const size = neighbourCount(compiled);

  // The sums count the centre too: row `state` of the table is the compiled row shifted by
  // whether the cell's own state counts.
  const tableStride = size + 2;
  const table = new Uint8Array(states * tableStride);
  const weight = new Uint8Array(256);
  for (let state = 0; state < states; state++) {
    const own = compiled.alive[state] as number;
    weight[state] = own;
    const row = compiled.next.subarray(state * (size + 1), (state + 1) * (size + 1));
    table.set(row, state * tableStride + own);
  }
  const step =
    plan.kind === "diamond"
      ? createDiamondSums(width, height, topology, plan.range)
      : createRectangleSums(width, height, topology, plan.range, plan.rectangles);

  let current = new Uint8Array(width * height);
  let spare = new Uint8Array(width * height);
  const checkState = (state: number): void => {
    if (!Number.isInteger(state) || state < 0 || state >= states) {
      throw new RangeError(`state ${state} is not one of this rule's ${states} states`);
    }
  };
  const setCells = (cells: Uint8Array): void => {
    if (cells.length !== width * height) {
      throw new RangeError(
        `a ${width}x${height} grid needs ${width * height} cells, got ${cells.length}`,
      );
    }
    for (const state of cells) if (state >= states) checkState(state);
    current.set(cells);
  };
  if (options.cells) setCells(options.cells);

  return {
    kind: plan.kind === "diamond" ? "ltl-diamond-sums" : "ltl-rectangle-sums",
    width,
    height,
    topology,
    cells: () => current,
    setCells,
    setCell(y, x, state) {
      checkState(state);
      if (
        !Number.isInteger(y) ||
        !Number.isInteger(x) ||
        y < 0 ||
        y >= height ||
        x < 0 ||
        x >= width
      ) {
        throw new RangeError(`cell (${y}, ${x}) is outside the ${width}x${height} grid`);
      }
      current[y * width + x] = state;
    },
    step() {
      step(current, spare, weight, table, tableStride);
      [current, spare] = [spare, current];
    },
    dispose() {},
  };
}
