import { assertGridSize, type Topology } from "../../engine/Grid.ts";
import type { StateStepper } from "../StateStepper.ts";
import { type CompiledRangeRule, neighbourCount, rowLength } from "./CompiledRangeRule.ts";
import { createCheckerSums } from "./checkerSums.ts";
import { createDiamondSums } from "./diamondSums.ts";
import { planRangeSums, type RangeSumPlan } from "./planRangeSums.ts";
import type { RangeSums } from "./RangeSums.ts";
import { createRectangleSums } from "./rectangleSums.ts";
import {
  createWasmDiamondSums,
  createWasmRectangleSums,
  createWasmSquareSums,
} from "./wasmRangeSums.ts";
import { createWeightedSums } from "./weightedSums.ts";

export interface RangeStepperOptions {
  readonly width: number;
  readonly height: number;
  readonly topology: Topology;
  /** The rule, from `compileRangeRule`. */
  readonly compiled: CompiledRangeRule;
  /** The first generation, a byte a cell, row-major (copied); empty when left out. */
  readonly cells?: Uint8Array;
  /**
   * "wasm" (the default) runs every shape on the wasm kernels where the host can;
   * "js" always runs the JavaScript kernels (for tests and benchmarks).
   */
  readonly prefer?: "wasm" | "js";
}

/**
 * A bounded grid on a range rule (Larger than Life / HROT) compiled from its cell coroutine,
 * at a cost a cell independent of the range for the square and the diamond (and four reads
 * for each run of equal rows of the disc's outline for the disc): running sums of the counted
 * cells, read for the neighbourhood with the cell itself, the table taking the cell off again;
 * on wasm where the host can, else in JavaScript (same sums, a few times slower). A torus wraps
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
  const weight = new Uint8Array(256);
  weight.set(compiled.alive);

  // The sums count the centre too: row `state` of the table is the compiled row shifted by
  // whether the cell's own state counts. Weighted sums leave the centre out: the rows as learnt.
  const weighted = plan.kind === "weighted";
  const tableStride = weighted ? rowLength(compiled) : size + 2;
  const table = weighted ? compiled.next : new Uint8Array(states * tableStride);
  for (let state = 0; state < states && !weighted; state++) {
    const own = compiled.alive[state] as number;
    const row = compiled.next.subarray(state * (size + 1), (state + 1) * (size + 1));
    table.set(row, state * tableStride + own);
  }
  const sums =
    plan.kind === "weighted"
      ? weightedJavaScriptSums(
          width,
          height,
          topology,
          plan,
          weight,
          table,
          tableStride,
          compiled.lowest ?? 0,
        )
      : (options.prefer !== "js" &&
          wasmSums(width, height, topology, plan, weight, table, tableStride)) ||
        javaScriptSums(width, height, topology, plan, weight, table, tableStride);
  const { buffers } = sums;
  let from: 0 | 1 = 0;

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
    buffers[from].set(cells);
  };
  if (options.cells) setCells(options.cells);

  return {
    kind: sums.kind,
    width,
    height,
    topology,
    cells: () => buffers[from],
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
      buffers[from][y * width + x] = state;
    },
    step() {
      sums.step(from);
      from = from === 0 ? 1 : 0;
    },
    dispose() {
      // The wasm instance and its memory go with the last reference to them.
    },
  };
}

function weightedJavaScriptSums(
  width: number,
  height: number,
  topology: Topology,
  plan: Extract<RangeSumPlan, { kind: "weighted" }>,
  weight: Uint8Array,
  table: Uint8Array,
  tableStride: number,
  lowest: number,
): RangeSums {
  const step = createWeightedSums(width, height, topology, plan.range, plan.classes);
  const buffers = [new Uint8Array(width * height), new Uint8Array(width * height)] as const;
  return {
    kind: "ltl-weighted-js",
    buffers,
    step(from) {
      step(buffers[from], buffers[1 - from] as Uint8Array, weight, table, tableStride, lowest);
    },
  };
}

function javaScriptSums(
  width: number,
  height: number,
  topology: Topology,
  plan: Exclude<RangeSumPlan, { kind: "weighted" }>,
  weight: Uint8Array,
  table: Uint8Array,
  tableStride: number,
): RangeSums {
  const step =
    plan.kind === "diamond"
      ? createDiamondSums(width, height, topology, plan.range)
      : plan.kind === "checker"
        ? createCheckerSums(width, height, topology, plan.range, plan.same)
        : createRectangleSums(
            width,
            height,
            topology,
            plan.range,
            plan.rectangles,
            plan.oddRectangles,
          );
  const buffers = [new Uint8Array(width * height), new Uint8Array(width * height)] as const;
  return {
    kind: `ltl-${plan.kind}-js`,
    buffers,
    step(from) {
      step(buffers[from], buffers[1 - from] as Uint8Array, weight, table, tableStride);
    },
  };
}

function wasmSums(
  width: number,
  height: number,
  topology: Topology,
  plan: Exclude<RangeSumPlan, { kind: "weighted" }>,
  weight: Uint8Array,
  table: Uint8Array,
  tableStride: number,
): RangeSums | undefined {
  // The triangular grid's two stacks and the checkerboards run in JavaScript only.
  if (plan.kind === "checker" || (plan.kind === "rectangles" && plan.oddRectangles)) {
    return undefined;
  }
  if (plan.kind === "diamond") {
    return createWasmDiamondSums(width, height, topology, plan.range, weight, table, tableStride);
  }
  const [square, ...more] = plan.rectangles;
  if (square && more.length === 0) {
    return createWasmSquareSums(
      width,
      height,
      topology,
      plan.range,
      square,
      weight,
      table,
      tableStride,
    );
  }
  return createWasmRectangleSums(
    width,
    height,
    topology,
    plan.range,
    plan.rectangles,
    weight,
    table,
    tableStride,
  );
}
