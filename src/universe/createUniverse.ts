import { stepCell } from "../engine/stepCell.ts";
import type { CompiledRule } from "../kernels/CompiledRule.ts";
import { compileGameLogic } from "../kernels/compileGameLogic.ts";
import { createGameLogic } from "../rules/createGameLogic.ts";
import type { Rule } from "../rules/Rule.ts";
import { createBoundedUniverse } from "./bounded/createBoundedUniverse.ts";
import { createCoroutineUniverse } from "./coroutine/createCoroutineUniverse.ts";
import { createHashLife } from "./hashlife/createHashLife.ts";
import { createTiledUniverse } from "./tiles/createTiledUniverse.ts";
import type { EngineName, Space, Universe } from "./Universe.ts";

/** The engine asked for: one by name, or `auto`, the fastest that runs the space and rule. */
export type EngineChoice = "auto" | EngineName;

export interface UniverseOptions {
  readonly space: Space;
  readonly rule: Rule;
  readonly engine?: EngineChoice;
}

/** The engines each space can run on, fastest first (`auto` takes the first). */
export const ENGINES_FOR: Readonly<Record<Space["kind"], readonly EngineName[]>> = {
  torus: ["fast", "coroutine"],
  plane: ["fast", "coroutine"],
  infinite: ["hashlife", "tiles", "coroutine"],
};

/**
 * An empty universe for `space` and `rule` on the engine asked for. The rule is defined once,
 * by the cell coroutine (`stepCell` with the rule's `gameLogic`); every engine gets it from
 * there, the fast ones by compiling it. Throws RangeError when the engine cannot run the space
 * or the rule (a B0 rule on the infinite plane, an engine that has no infinite plane).
 */
export function createUniverse({ space, rule, engine = "auto" }: UniverseOptions): Universe {
  const gameLogic = createGameLogic(rule);
  const compiled: CompiledRule | undefined = compileGameLogic(gameLogic);
  if (!compiled) throw new RangeError("the rule's cell coroutine does not compile to a 3x3 table");
  const engines = ENGINES_FOR[space.kind];
  const name = engine === "auto" ? (engines[0] as EngineName) : engine;
  if (!engines.includes(name)) {
    throw new RangeError(
      `the ${name} engine does not run ${space.kind === "infinite" ? "the infinite plane" : `a ${space.kind}`}; it runs on ${engines.join(", ")}`,
    );
  }
  if (name === "hashlife") return createHashLife(compiled);
  if (name === "tiles") return createTiledUniverse(compiled);
  if (space.kind === "infinite") {
    return createCoroutineUniverse((y, x) => stepCell(y, x, gameLogic), compiled);
  }
  return createBoundedUniverse(
    space,
    compiled,
    name === "coroutine" ? { kind: "coroutine", gameLogic } : { kind: "fast" },
  );
}
