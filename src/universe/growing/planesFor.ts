import type { CellProgram } from "../../engine/protocol.ts";
import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import type { CompiledStates } from "../../kernels/states/CompiledStates.ts";
import type { Rule } from "../../rules/Rule.ts";
import { createBoundedUniverse } from "../bounded/createBoundedUniverse.ts";
import { createStateUniverse } from "../states/createStateUniverse.ts";
import { isStateUniverse } from "../states/StateUniverse.ts";
import { stateStepperFor } from "../states/stateStepperFor.ts";
import type { GridSpace } from "../Universe.ts";
import type { PlaneOf, PlaneSource } from "./createGrowingPlaneUniverse.ts";

/**
 * The planes of a growing two-state world: bounded grids on the fastest two-state kernel
 * compiled from the coroutine (bits, wasm), or on the interpreter (`Grid`) when asked for.
 */
export function twoStatePlanes(
  compiled: CompiledRule,
  program: CellProgram,
  interpreter: boolean,
): PlaneOf {
  return (grid, source) => {
    const plane = createBoundedUniverse(
      grid,
      compiled,
      interpreter ? { kind: "coroutine", program } : { kind: "fast" },
    );
    if (source) {
      for (const [x, y, state] of source.from.cells()) {
        const at = { x: x + source.dx, y: y + source.dy };
        if (inside(grid, at.x, at.y)) plane.set(at.x, at.y, state);
      }
    }
    return plane;
  };
}

/**
 * The planes of a growing multi-state world: a byte a cell, on the kernel `stateStepperFor`
 * picks for the grid (the interpreter when asked for or when the rule has no kernel).
 */
export function multiStatePlanes(
  rule: Rule,
  live: CompiledRule,
  states: number,
  program: CellProgram,
  compiled: CompiledStates | undefined,
  interpreter: boolean,
): PlaneOf {
  return (grid, source) =>
    createStateUniverse(
      grid,
      live,
      states,
      interpreter ? "coroutine" : "fast",
      stateStepperFor(grid, rule, interpreter, program, compiled),
      source && { cells: movedBytes(grid, source), generation: 0n },
    );
}

/** The cells of `source` that fall on `grid`, a byte each, copied a row at a time. */
function movedBytes(grid: GridSpace, { from, dx, dy }: PlaneSource): Uint8Array {
  const { width, height } = grid;
  const bytes = new Uint8Array(width * height);
  if (!isStateUniverse(from)) {
    for (const [x, y, state] of from.cells()) {
      if (inside(grid, x + dx, y + dy)) bytes[(y + dy) * width + x + dx] = state;
    }
    return bytes;
  }
  const old = from.space;
  const cells = from.bytes();
  // The old grid's rows and columns that fall in the new one.
  const x0 = Math.max(0, dx);
  const x1 = Math.min(width, old.width + dx);
  const y0 = Math.max(0, dy);
  const y1 = Math.min(height, old.height + dy);
  if (x0 >= x1) return bytes;
  for (let y = y0; y < y1; y++) {
    const start = (y - dy) * old.width + (x0 - dx);
    bytes.set(cells.subarray(start, start + x1 - x0), y * width + x0);
  }
  return bytes;
}

function inside(grid: GridSpace, x: number, y: number): boolean {
  return x >= 0 && y >= 0 && x < grid.width && y < grid.height;
}
