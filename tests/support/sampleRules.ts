import { letterOf, popcount } from "../../src/rules/henselLetters.ts";
import { parseRule } from "../../src/rules/parseRule.ts";
import { type LifeLikeRule, lifeLike, type Rule } from "../../src/rules/Rule.ts";

/**
 * Two-state 3x3 rules that are not Life-like, for the table kernels' tests and benchmark,
 * written as rulestrings (read by the project's parser) or MAP tables, so that the cell
 * coroutine (`cellProgramOf`) decides what they do and `compileRule` makes their tables: a
 * random MAP table, a random isotropic one, Hensel-notation rules, a hexagonal and a von
 * Neumann rule. Bit `3 * row + column` of a block index is its cell (`CompiledRule`); 4 is
 * the centre. At the end, multi-state samples for the colour and state-name tests.
 */

const CENTRE = 1 << 4;

/** A MAP-notation rule from its table. */
export function mapRule(table: Uint8Array): LifeLikeRule {
  return { family: "life", neighbourhood: "moore", notation: "map", table };
}

/** A random table, its empty block dead unless `birthOnZero` (a B0 rule). */
export function randomMapTable(random: () => number, birthOnZero = false): Uint8Array {
  const table = Uint8Array.from({ length: 512 }, () => (random() < 0.5 ? 1 : 0));
  table[0] = birthOnZero ? 1 : 0;
  return table;
}

/**
 * A random isotropic table: one random next state for each centre and each Hensel arrangement
 * of live neighbours (`letterOf`: the arrangements are the orbits of the square's symmetries),
 * the empty block dead.
 */
export function randomIsotropicTable(random: () => number): Uint8Array {
  const chosen = new Map<string, number>();
  return Uint8Array.from({ length: 512 }, (_, block) => {
    if (block === 0) return 0;
    const key = `${block & CENTRE} ${popcount(block & ~CENTRE)}${letterOf(block)}`;
    let next = chosen.get(key);
    if (next === undefined) {
      next = random() < 0.5 ? 1 : 0;
      chosen.set(key, next);
    }
    return next;
  });
}

/** A rulestring the table-kernel tests run, read by the project's parser. */
function twoState(text: string): LifeLikeRule {
  const { rule } = parseRule(text);
  if (rule.family !== "life") throw new Error(`${text} is not a two-state 3x3 rule`);
  return rule;
}

/** tlife, B3/S2-i34q (Hensel letters). */
export const TLIFE = twoState("B3/S2-i34q");

/** B2-a/S12 (Hensel letters). */
export const B2_A_S12 = twoState("B2-a/S12");

/** B2/S34H, a hexagonal rule (its table ignores the north-east and south-west corners). */
export const HEX_B2_S34 = twoState("B2/S34H");

/** B13/S012V, a von Neumann rule (only the four orthogonal neighbours count). */
export const VON_NEUMANN_B13_S012 = twoState("B13/S012V");

/**
 * The rules that are not Life-like the infinite plane's engines are checked on, named: the
 * fixed ones above and `randomMaps` random MAP tables and a random isotropic one (none with B0,
 * which the infinite plane refuses).
 */
export function planeTableRules(random: () => number, randomMaps = 1): [string, LifeLikeRule][] {
  return [
    ["tlife B3/S2-i34q", TLIFE],
    ["B2-a/S12", B2_A_S12],
    ["B2/S34H", HEX_B2_S34],
    ["B13/S012V", VON_NEUMANN_B13_S012],
    ...Array.from(
      { length: randomMaps },
      () => ["random MAP", mapRule(randomMapTable(random))] as [string, LifeLikeRule],
    ),
    ["random isotropic", mapRule(randomIsotropicTable(random))],
  ];
}

/** B3/S23 as a rule value, the base of the multi-state samples below. */
export const LIFE_RULE = lifeLike(0b1000, 0b1100);

/** Generations on Life with `states` states. */
export const generationsRule = (states: number): Rule => ({
  family: "generations",
  states,
  base: LIFE_RULE,
});

/** LifeHistory (7 states) and LifeSuper (26). */
export const HISTORY_RULE: Rule = { family: "history", variant: "History", base: LIFE_RULE };
export const SUPER_RULE: Rule = { family: "history", variant: "Super", base: LIFE_RULE };

/** Bosco's rule with four states: Larger than Life, range 5. */
export const LTL_RULE: Rule = {
  family: "ltl",
  range: 5,
  states: 4,
  middle: true,
  shape: "moore",
  birth: [[34, 45]],
  survival: [[34, 58]],
};
