import type { CellProgram } from "../engine/protocol.ts";
import { birthOnZero } from "../rules/birthOnZero.ts";
import { cellProgramOf } from "../rules/cellProgramOf.ts";
import type { Rule } from "../rules/Rule.ts";
import { isMultiState } from "../rules/Rule.ts";
import { createBoundedUniverse } from "./bounded/createBoundedUniverse.ts";
import { compileRuleOf, compileStatesOf } from "./compileRuleOf.ts";
import { createCoroutineUniverse } from "./coroutine/createCoroutineUniverse.ts";
import {
  createGrowingPlaneUniverse,
  MAX_PLANE_SIDE,
} from "./growing/createGrowingPlaneUniverse.ts";
import { multiStatePlanes, twoStatePlanes } from "./growing/planesFor.ts";
import { createHashLife } from "./hashlife/createHashLife.ts";
import { birthOnZeroError } from "./refuseBirthOnZero.ts";
import { createStateUniverse } from "./states/createStateUniverse.ts";
import { hasStateKernel, reachOf, stateStepperFor } from "./states/stateStepperFor.ts";
import { createTiledUniverse } from "./tiles/createTiledUniverse.ts";
import type { EngineName, Space, TubeSpace, Universe } from "./Universe.ts";

/** The engine asked for: one by name, or `auto`, the fastest that runs the space and rule. */
export type EngineChoice = "auto" | EngineName;

export interface UniverseOptions {
  readonly space: Space;
  readonly rule: Rule;
  readonly engine?: EngineChoice;
  /** What will be put in it, if known: how `auto` chooses on the infinite plane. */
  readonly contents?: UniverseContents;
  /** A bounded grid's first cells, packed a bit each as `PackedCells.words` lays them out. */
  readonly words?: Uint32Array;
}

/** The live cells a universe is made for, and the area of their box. */
export interface UniverseContents {
  readonly population: number;
  readonly area: number;
}

/**
 * The smallest population, and the least density in its box, at which `auto` takes a pattern
 * for a soup and runs it on tiles. HashLife wins on what repeats in space or time (guns,
 * breeders, spaceships, engineered patterns, however large: a metapixel pattern of 10^8 cells
 * has a density under 0.01) and loses badly on chaos: a 512x512 soup at half density takes
 * 8 s for 1000 generations on HashLife and 1 s on tiles.
 */
export const SOUP_POPULATION = 10_000;
export const SOUP_DENSITY = 0.2;

/** The engine `auto` runs on `space` for `contents`. */
export function autoEngine(space: Space, contents?: UniverseContents): EngineName {
  if (space.kind !== "infinite") return "fast";
  const soup =
    contents !== undefined &&
    contents.population >= SOUP_POPULATION &&
    contents.population >= SOUP_DENSITY * contents.area;
  return soup ? "tiles" : "hashlife";
}

/**
 * The engine `auto` runs `rule` on in `space` for `contents`: as `autoEngine`, but a
 * multi-state rule on the infinite plane runs on the bounded kernels of a growing plane
 * ("fast"), or on the coroutine engine when it has no kernel (a growing plane would interpret
 * every empty cell of it, where the coroutine engine runs only those near live cells) or its
 * cells' box is already too large for the largest plane.
 */
export function autoEngineFor(rule: Rule, space: Space, contents?: UniverseContents): EngineName {
  if (!isMultiState(rule) || space.kind !== "infinite") return autoEngine(space, contents);
  const tooLarge = contents !== undefined && contents.area > MAX_PLANE_SIDE * MAX_PLANE_SIDE;
  return tooLarge || !hasStateKernel(rule, compileStatesOf(rule).compiled) ? "coroutine" : "fast";
}

/**
 * The engines each space can run on, fastest first for most patterns. On the infinite plane a
 * multi-state rule runs on "fast" (the bounded kernels on a growing plane) or "coroutine" only.
 */
export const ENGINES_FOR: Readonly<Record<Space["kind"], readonly EngineName[]>> = {
  torus: ["fast", "coroutine"],
  plane: ["fast", "coroutine"],
  klein: ["fast", "coroutine"],
  cross: ["fast", "coroutine"],
  sphere: ["fast", "coroutine"],
  tube: ["fast", "coroutine"],
  infinite: ["hashlife", "tiles", "coroutine"],
};

/**
 * An empty universe for `space` and `rule` on the engine asked for. The rule is defined once,
 * by the cell coroutine (`cellProgramOf`); every engine gets it from
 * there, the fast ones by compiling it. Throws RangeError when the engine cannot run the space
 * or the rule (a B0 rule on the infinite plane, an engine that has no infinite plane).
 */
export function createUniverse({
  space,
  rule,
  engine = "auto",
  contents,
  words,
}: UniverseOptions): Universe {
  const program = cellProgramOf(rule);
  const engines = ENGINES_FOR[space.kind];
  const multiState = isMultiState(rule);
  const name = engine === "auto" ? autoEngineFor(rule, space, contents) : engine;
  const growingPlane = multiState && space.kind === "infinite" && name === "fast";
  if (!engines.includes(name) && !growingPlane) {
    throw new RangeError(
      `the ${name} engine does not run ${space.kind === "infinite" ? "the infinite plane" : `a ${space.kind}`}; it runs on ${engines.join(", ")}`,
    );
  }
  if (space.kind === "tube") return createTubeUniverse(space, rule, name, program, words);
  if (multiState) return createMultiStateUniverse(space, rule, name, program, words);
  const compiled = compileRuleOf(rule);
  if (name === "hashlife") return createHashLife(compiled);
  if (name === "tiles") return createTiledUniverse(compiled);
  if (space.kind === "infinite") {
    if (words)
      throw new RangeError("packed cells are a bounded grid's: the infinite plane has none");
    return createCoroutineUniverse(program, compiled);
  }
  return createBoundedUniverse(
    space,
    compiled,
    name === "coroutine" ? { kind: "coroutine", program } : { kind: "fast" },
    words && { words, generation: 0n },
  );
}

/**
 * A universe on a tube or strip, of any rule: the bounded kernels (or, on the coroutine engine,
 * the interpreter) on a grid that grows with the cells along the infinite axis and is the
 * tube's own side across (see createGrowingPlaneUniverse). Throws RangeError for a B0 rule,
 * which would fill the infinite side.
 */
function createTubeUniverse(
  space: TubeSpace,
  rule: Rule,
  name: EngineName,
  program: CellProgram,
  words: Uint32Array | undefined,
): Universe {
  if (words) throw new RangeError("packed cells are a bounded grid's: a tube or strip has none");
  if (birthOnZero(rule)) throw birthOnZeroError(true);
  const interpreter = name === "coroutine";
  const engine = interpreter ? "coroutine" : "fast";
  if (!isMultiState(rule)) {
    const compiled = compileRuleOf(rule);
    const planes = twoStatePlanes(compiled, program, interpreter);
    return createGrowingPlaneUniverse(space, planes, compiled, 2, 1, engine);
  }
  const { states, compiled, live } = compileStatesOf(rule);
  const planes = multiStatePlanes(rule, live, states, program, compiled, interpreter);
  return createGrowingPlaneUniverse(space, planes, live, states, reachOf(rule), engine);
}

/**
 * A universe of a multi-state rule: on a bounded grid, bytes on the kernel compiled from the
 * coroutine ("fast"; the interpreter when it does not compile) or on the interpreter
 * ("coroutine"); on the infinite plane, the same kernels on a plane that grows with the
 * cells ("fast", see createGrowingPlaneUniverse) or the coroutine engine.
 */
function createMultiStateUniverse(
  space: Exclude<Space, TubeSpace>,
  rule: Rule,
  name: EngineName,
  program: CellProgram,
  words: Uint32Array | undefined,
): Universe {
  const { states, compiled, live } = compileStatesOf(rule);
  if (space.kind === "infinite") {
    if (name !== "coroutine" && name !== "fast") {
      throw new RangeError(
        `the ${name} engine runs two-state rules only; this ${rule.family} rule has ${states} states: run it on the fast or coroutine engine or on a bounded grid`,
      );
    }
    if (words)
      throw new RangeError("packed cells are a bounded grid's: the infinite plane has none");
    // The live table of a rule that is not compiled is empty: ask the coroutine itself.
    if (birthOnZero(rule)) throw birthOnZeroError();
    if (name === "coroutine") return createCoroutineUniverse(program, live, reachOf(rule), states);
    const planes = multiStatePlanes(rule, live, states, program, compiled, false);
    return createGrowingPlaneUniverse(space, planes, live, states, reachOf(rule), "fast");
  }
  const stepper = stateStepperFor(space, rule, name === "coroutine", program, compiled);
  return createStateUniverse(
    space,
    live,
    states,
    name === "coroutine" ? "coroutine" : "fast",
    stepper,
    words && { cells: words, generation: 0n },
  );
}
