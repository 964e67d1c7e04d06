import { parseBirthSurvival, splitNeighbourhood } from "./parseLifeLike.ts";
import { parseMap } from "./parseMap.ts";
import type { GenerationsRule, LifeLikeRule } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

/** Golly's limit on the states of a Generations rule. */
const MAX_STATES = 256;

/**
 * Reads a Generations rule (src has exactly two slashes, no whitespace or grid suffix) as Golly
 * does (generationsalgo.cpp): survival, birth and state count in MCell's order `345/2/4`, or
 * with letters `B2/S/3`, with Hensel letters and an `H` or `V` after the state count
 * (`345/2/4H`), or `MAP` + base64 + `/3`. LifeViewer's `B2/S/C3` (a `C` before the count) is
 * read too. 2 states is a Life-like rule run by Generations, as in Golly; B0 is refused, as in
 * Golly.
 */
export function parseGenerations(src: string, input: string): GenerationsRule {
  if (/^map/i.test(src)) {
    const slash = src.lastIndexOf("/");
    const base = parseMap(src.slice(3, slash), input);
    return generations(base, readStates(src.slice(slash + 1), input), input);
  }
  const { body, neighbourhood } = splitNeighbourhood(src, input);
  const slash = body.lastIndexOf("/");
  const states = readStates(body.slice(slash + 1), input);
  return generations(parseBirthSurvival(body.slice(0, slash), neighbourhood, input), states, input);
}

function readStates(text: string, input: string): number {
  const digits = /^c?(\d+)$/i.exec(text)?.[1];
  if (digits === undefined) {
    const part = text === "" ? "/" : text;
    throw new RuleError(
      `A Generations rule ends with its number of states, not "${text}", in "${input}"`,
      input,
      part,
    );
  }
  const states = Number(digits);
  if (states < 2 || states > MAX_STATES) {
    throw new RuleError(
      `A Generations rule has 2 to ${MAX_STATES} states, not ${digits}, in "${input}"`,
      input,
      text,
    );
  }
  return states;
}

function generations(base: LifeLikeRule, states: number, input: string): GenerationsRule {
  const bornOnZero = base.notation === "counts" ? (base.birth & 1) !== 0 : base.table[0] === 1;
  if (bornOnZero) {
    throw new RuleError(
      `Generations rules cannot have birth on 0 neighbours (B0), as in Golly: "${input}"`,
      input,
      "0",
    );
  }
  return { family: "generations", states, base };
}
