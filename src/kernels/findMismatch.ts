import { CoroutineEngine } from "../engine/CoroutineEngine.ts";
import { Grid, type Surface } from "../engine/Grid.ts";
import type { CellProgram } from "../engine/protocol.ts";
import type { Stepper, StepperKind } from "./Stepper.ts";

/** Where a kernel first parted from the interpreter. */
export interface Mismatch {
  readonly kind: StepperKind;
  readonly generation: number;
  readonly y: number;
  readonly x: number;
  readonly expected: number;
  readonly actual: number;
}

/**
 * Runs `steppers` (all of one size and topology, all holding the same cells) beside the
 * coroutine interpreter (`CoroutineEngine` running `program` on a grid of `surface`, by default
 * the steppers' topology, untwisted and unshifted) and compares each with it cell for
 * cell, at the start and after each of `generations` ticks. Returns the first difference, or
 * undefined when there is none. The interpreter costs about a microsecond per cell per tick,
 * which is why one interpreter run serves every stepper.
 */
export function findMismatch(
  steppers: readonly Stepper[],
  program: CellProgram,
  generations: number,
  surface?: Surface,
): Mismatch | undefined {
  const first = steppers[0];
  if (!first) return undefined;
  const { width, height, topology } = first;
  const grid = new Grid(height, width, surface ?? topology, first.getCells());
  const engine = new CoroutineEngine(grid, program);
  for (let generation = 0; generation <= generations; generation++) {
    if (generation > 0) engine.step();
    for (const stepper of steppers) {
      if (generation > 0) stepper.step();
      const mismatch = compare(engine.grid.cells, stepper.getCells(), width);
      if (mismatch) return { kind: stepper.kind, generation, ...mismatch };
    }
  }
  return undefined;
}

function compare(
  expected: Uint8Array,
  actual: Uint8Array,
  width: number,
): { y: number; x: number; expected: number; actual: number } | undefined {
  for (let i = 0; i < expected.length; i++) {
    if (actual[i] !== expected[i]) {
      const y = Math.floor(i / width);
      return { y, x: i - y * width, expected: expected[i] as number, actual: actual[i] ?? -1 };
    }
  }
  return undefined;
}
