import { birthOnZero } from "../../rules/birthOnZero.ts";
import { isMultiState, type Rule } from "../../rules/Rule.ts";
import { createUniverse, type EngineChoice } from "../createUniverse.ts";
import type { Space, Universe } from "../Universe.ts";
import type { IdentifyResult } from "./IdentifyResult.ts";
import { type IdentifyOptions, identify } from "./identify.ts";
import { nameObject } from "./nameObject.ts";

/** A world's cells as Identify is given them: (x, y) pairs and, at each pair's index, a state. */
export interface IdentifyInput {
  readonly space: Space;
  readonly rule: Rule;
  readonly cells: Float64Array;
  /** Each cell's state; all 1 when absent (a two-state world). */
  readonly states?: Uint8Array;
}

/**
 * Identifies a world from a copy of its cells, in a universe of its own on the same space and
 * rule (the world is not touched): on the infinite plane, the tiled engine for a two-state rule
 * (it steps one generation of a small pattern fastest and lists its cells cheaply), the growing
 * plane or coroutine engine for a multi-state one; on a bounded grid or tube, the fast kernels.
 * LifeHistory's history states are left out of the object (see IdentifyOptions.follow). The
 * object, and what a gun emits, are named from the pattern library where it has them. Throws
 * RangeError for a rule the engines here do not run (a user's rule that did not compile).
 */
export function identifyCells(
  input: IdentifyInput,
  options: Omit<IdentifyOptions, "fresh" | "follow"> & {
    /** Whether to look the object (or a gun's emission) up in the pattern library; yes by default. */
    readonly name?: boolean;
  } = {},
): IdentifyResult {
  const { space, rule, cells, states } = input;
  if (rule.family === "user") {
    throw new RangeError("Identify runs built-in rules only, not a rule written in JavaScript");
  }
  const engine: EngineChoice =
    space.kind === "infinite" && !isMultiState(rule) && !birthOnZero(rule) ? "tiles" : "auto";
  const make = (): Universe => createUniverse({ space, rule, engine });
  const universe = make();
  try {
    for (let i = 0; i < cells.length / 2; i++) {
      universe.set(
        cells[2 * i] as number,
        cells[2 * i + 1] as number,
        states ? (states[i] as number) : 1,
      );
    }
    const follow = rule.family === "history" ? (state: number) => (state & 1) === 1 : undefined;
    const { name = true, ...rest } = options;
    const namer = (result: IdentifyResult, phases: ReadonlySet<string>) =>
      nameObject(result, rule, phases);
    return identify(universe, {
      ...rest,
      fresh: make,
      ...(follow && { follow }),
      ...(name && { name: namer }),
    });
  } finally {
    universe.dispose();
  }
}
