import { decodeMap, isBase64, MAP_LENGTHS, neighbourhoodOfMapLength } from "./mapRule.ts";
import type { LifeLikeRule } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

/**
 * Reads the base64 part of a MAP rule (after `MAP`), as Golly does: 86 characters for the Moore
 * neighbourhood, 22 hexagonal, 6 von Neumann, optionally followed by `==` padding.
 */
export function parseMap(base64: string, input: string): LifeLikeRule {
  const digits = base64.endsWith("==") ? base64.slice(0, -2) : base64;
  const neighbourhood = neighbourhoodOfMapLength(digits.length);
  if (neighbourhood === undefined) {
    const { moore, hexagonal, vonNeumann } = MAP_LENGTHS;
    throw new RuleError(
      `A MAP rule needs ${vonNeumann}, ${hexagonal} or ${moore} base64 characters, not ${digits.length}, in "${input}"`,
      input,
      digits,
    );
  }
  const bad = Array.from(digits).find((ch) => !isBase64(ch));
  if (bad !== undefined) {
    throw new RuleError(`"${bad}" is not a base64 character in MAP rule "${input}"`, input, bad);
  }
  return {
    family: "life",
    neighbourhood,
    notation: "map",
    table: decodeMap(digits, neighbourhood),
  };
}
