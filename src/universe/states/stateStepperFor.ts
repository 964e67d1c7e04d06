import type { CellProgram } from "../../engine/protocol.ts";
import { isRefusal } from "../../kernels/range/compileRangeRule.ts";
import { createRangeStepper } from "../../kernels/range/createRangeStepper.ts";
import { planRangeSums } from "../../kernels/range/planRangeSums.ts";
import type { StateStepper } from "../../kernels/StateStepper.ts";
import type { CompiledStates } from "../../kernels/states/CompiledStates.ts";
import { createStateStepper } from "../../kernels/states/createStateStepper.ts";
import { InterpreterStateStepper } from "../../kernels/states/InterpreterStateStepper.ts";
import type { Rule } from "../../rules/Rule.ts";
import { rangeCellsOf } from "../../rules/rangeCellsOf.ts";
import { compileRangeRuleOf } from "../compileRuleOf.ts";
import { surfaceOfSpace } from "../surfaceOfSpace.ts";
import type { GridSpace } from "../Universe.ts";

/**
 * The kernel of a multi-state bounded grid: Larger than Life on the running-sum kernels, the
 * other families on the kernel their compiled table allows; the interpreter when asked for
 * (`interpreter`), when the coroutine does not compile, and on Golly's twisted and shifted
 * surfaces (whose edges the multi-state kernels do not join), where `Grid` folds every query
 * as Golly does. Bounded grids and the growing plane of the infinite plane both take it.
 */
export function stateStepperFor(
  space: GridSpace,
  rule: Rule,
  interpreter: boolean,
  program: CellProgram,
  compiled: CompiledStates | undefined,
): StateStepper {
  const { width, height } = space;
  const surface = surfaceOfSpace(space);
  const plain = (space.kind === "torus" || space.kind === "plane") && !space.shift;
  if (interpreter || !plain) {
    return new InterpreterStateStepper(width, height, surface, program);
  }
  const topology = space.kind;
  if (rule.family === "ltl") {
    const range = compileRangeRuleOf(rule);
    if (isRefusal(range) || typeof planRangeSums(range) === "string") {
      return new InterpreterStateStepper(width, height, surface, program);
    }
    return createRangeStepper({ width, height, topology, compiled: range });
  }
  return createStateStepper({
    width,
    height,
    topology,
    program,
    ...(compiled && { compiled }),
    kernel: "auto",
  });
}

/**
 * Whether `stateStepperFor` runs `rule` on a kernel on a plain plane, not the interpreter: a
 * planned Larger than Life range rule, or another family compiled to `compiled`.
 */
export function hasStateKernel(rule: Rule, compiled: CompiledStates | undefined): boolean {
  if (rule.family !== "ltl") return compiled !== undefined;
  const range = compileRangeRuleOf(rule);
  return !isRefusal(range) && typeof planRangeSums(range) !== "string";
}

/**
 * How far a cell of `rule` looks: its neighbourhood's reach for Larger than Life (twice the
 * range along a row on the triangular grid), 1 for the 3x3 families.
 */
export function reachOf(rule: Rule): number {
  return rule.family === "ltl" ? rangeCellsOf(rule).range : 1;
}
