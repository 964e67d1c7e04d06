import { parseMacrocell } from "../../formats/parseMacrocell.ts";
import { type Rule, stateCount } from "../../rules/index.ts";
import { isBoundedUniverse } from "../../universe/bounded/BoundedUniverse.ts";
import { autoEngineFor, type UniverseContents } from "../../universe/createUniverse.ts";
import { HashLifeUniverse } from "../../universe/hashlife/HashLifeUniverse.ts";
import { macrocellOf, universeFromMacrocell } from "../../universe/macrocells.ts";
import type { EngineName, Universe } from "../../universe/Universe.ts";
import type { CreateUniverse } from "./createUniverseHost.ts";
import type { UniverseEngineChoice } from "./protocol.ts";

/**
 * The most live cells the worker copies one by one into another engine (the coroutine
 * interpreter or tiles), as many as a file may open with as cells. HashLife passes a world of
 * any size to HashLife by its nodes; a bigger world asked onto another engine is refused (a
 * metapixel pattern of 10^8 cells would take minutes and gigabytes as a list).
 */
export const MAX_CARRIED_CELLS = 2 ** 24;

/** What `auto` would choose for a universe's cells, from its population and box alone. */
function contentsOf(universe: Universe): UniverseContents {
  const box = universe.bounds();
  return {
    population: Number(universe.population()),
    area: box ? box.width * box.height : 0,
  };
}

/**
 * A new universe in `from`'s space, on `rule` and the engine `choice` names (auto: as `autoEngine` would choose
 * for these cells) holding `from`'s cells, at generation 0 (the caller keeps the generation).
 * HashLife to HashLife goes through the macrocell of its nodes, never a list of cells; any
 * other move copies the cells (a state the new rule lacks becomes its highest), refused with a RangeError past MAX_CARRIED_CELLS when the engine
 * was asked for by name (auto then stays on HashLife instead).
 */
export function carryUniverse(
  from: Universe,
  fromRule: Rule,
  rule: Rule,
  choice: UniverseEngineChoice,
  create: CreateUniverse,
): Universe {
  const contents = contentsOf(from);
  const fits = contents.population <= MAX_CARRIED_CELLS;
  let target: EngineName = choice !== "auto" ? choice : autoEngineFor(rule, from.space, contents);
  if (from instanceof HashLifeUniverse && !fits) {
    if (choice !== "auto" && choice !== "hashlife") {
      throw new RangeError(
        `the world has ${from.population()} live cells: at most ${MAX_CARRIED_CELLS} move from HashLife to the ${choice === "coroutine" ? "coroutine interpreter" : `${choice} engine`}, so it stays on HashLife`,
      );
    }
    target = "hashlife";
  }
  if (from instanceof HashLifeUniverse && target === "hashlife") {
    const macrocell = macrocellOf(from, fromRule);
    return universeFromMacrocell({ ...macrocell, generation: 0n }, rule, "hashlife");
  }
  // A two-state grid goes over packed, a word for 32 cells, however full it is.
  if (isBoundedUniverse(from) && stateCount(rule) === 2) {
    return create({ space: from.space, rule, engine: target, contents, words: from.words() });
  }
  const fresh = create({ space: from.space, rule, engine: target, contents });
  // As Golly does, a state the new rule does not have becomes its highest state.
  const highest = stateCount(rule) - 1;
  try {
    for (const [x, y, state] of from.cells()) fresh.set(x, y, Math.min(state, highest));
  } catch (error) {
    fresh.dispose();
    throw error;
  }
  return fresh;
}

/**
 * The universe of a macrocell file's text on `rule` at generation 0 (the file's `#G` is
 * returned beside it): HashLife takes its nodes as they are; another engine asked for gets
 * them as cells (see carryUniverse). Throws FormatError for a file that cannot be read.
 */
export function universeOfMacrocellText(
  text: string,
  rule: Rule,
  choice: UniverseEngineChoice,
  create: CreateUniverse,
): { universe: Universe; generation: bigint } {
  const macrocell = parseMacrocell(text);
  const tree = universeFromMacrocell({ ...macrocell, generation: 0n }, rule, "hashlife");
  if (choice === "auto" || choice === "hashlife") {
    return { universe: tree, generation: macrocell.generation };
  }
  try {
    return {
      universe: carryUniverse(tree, rule, rule, choice, create),
      generation: macrocell.generation,
    };
  } finally {
    tree.dispose();
  }
}
