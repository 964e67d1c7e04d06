import type { Macrocell } from "../formats/Macrocell.ts";
import type { PatternComment } from "../formats/Pattern.ts";
import type { Rule } from "../rules/Rule.ts";
import { compileRuleOf } from "./compileRuleOf.ts";
import { createUniverse, type EngineChoice } from "./createUniverse.ts";
import { HashLifeUniverse } from "./hashlife/HashLifeUniverse.ts";
import { hashLifeFromMacrocell, macrocellFromHashLife } from "./hashlife/macrocellUniverse.ts";
import type { Universe } from "./Universe.ts";

/**
 * A macrocell file's universe on the infinite plane: HashLife takes its nodes as they are (a
 * pattern 2^40 cells wide never becomes a list of cells); another engine asked for by name gets
 * the cells copied in, which only a pattern of modest population can afford.
 */
export function universeFromMacrocell(
  macrocell: Macrocell,
  rule: Rule,
  engine: EngineChoice = "auto",
): Universe {
  const compiled = compileRuleOf(rule);
  if (engine === "auto" || engine === "hashlife") return hashLifeFromMacrocell(macrocell, compiled);
  if (macrocell.generation !== 0n) {
    throw new RangeError(
      `a macrocell at generation ${macrocell.generation} keeps its generation only on the hashlife engine`,
    );
  }
  const tree = hashLifeFromMacrocell(macrocell, compiled);
  const universe = createUniverse({ space: { kind: "infinite" }, rule, engine });
  for (const [x, y, state] of tree.cells()) universe.set(x, y, state);
  tree.dispose();
  return universe;
}

/**
 * The macrocell description of a universe's cells at its generation, for `.mc` files: straight
 * from HashLife's nodes, or for another engine by copying its cells into HashLife first.
 */
export function macrocellOf(
  universe: Universe,
  rule: Rule,
  head: { readonly rule?: string; readonly comments?: readonly PatternComment[] } = {},
): Macrocell {
  if (universe instanceof HashLifeUniverse) return macrocellFromHashLife(universe, head);
  const copy = createUniverse({ space: { kind: "infinite" }, rule, engine: "hashlife" });
  for (const [x, y, state] of universe.cells()) copy.set(x, y, state);
  const macrocell = macrocellFromHashLife(copy, head);
  copy.dispose();
  return { ...macrocell, generation: universe.generation };
}
