import { lifeLikeOf } from "./lifeLikeOf.ts";
import { parseHalf } from "./parseHalf.ts";
import { parseMap } from "./parseMap.ts";
import type { LifeLikeRule, Neighbourhood } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

/** How many neighbours each neighbourhood has, the highest count a rule may name. */
export const NEIGHBOUR_COUNTS: Readonly<Record<Neighbourhood, number>> = {
  moore: 8,
  hexagonal: 6,
  vonNeumann: 4,
};

/** One half of a rulestring: its letter (`b`, `s`, or none in MCell form) and its counts. */
interface Half {
  readonly letter: "b" | "s" | "";
  readonly counts: string;
}

/**
 * Reads a two-state rule as Golly does (liferules.cpp): `MAP` + base64, or the counts of
 * `B3/S23`, `S23/B3`, `b3s23`, `s23b3`, `B3`, `3/S23` or MCell's survival-first `23/3`, with
 * Hensel letters (`B2-a/S12`) and an `H` (hexagonal) or `V` (von Neumann) suffix. `src` has no
 * whitespace or grid suffix; `input` is the whole rulestring, quoted in messages.
 */
export function parseLifeLike(src: string, input: string): LifeLikeRule {
  if (/^map/i.test(src)) return parseMap(src.slice(3), input);
  const { body, neighbourhood } = splitNeighbourhood(src, input);
  return parseBirthSurvival(body, neighbourhood, input);
}

/**
 * Takes the neighbourhood letter off the end of a rule: `H` hexagonal, `V` von Neumann, none
 * for Moore. Golly allows one, last.
 */
export function splitNeighbourhood(
  src: string,
  input: string,
): { body: string; neighbourhood: Neighbourhood } {
  const last = src.slice(-1).toLowerCase();
  const neighbourhood: Neighbourhood =
    last === "h" ? "hexagonal" : last === "v" ? "vonNeumann" : "moore";
  const body = neighbourhood === "moore" ? src : src.slice(0, -1);
  const misplaced = /[hv]/i.exec(body)?.[0];
  if (misplaced !== undefined) {
    throw new RuleError(
      `The neighbourhood letter "${misplaced}" must come once, at the end of rule "${input}"`,
      input,
      misplaced,
    );
  }
  return { body, neighbourhood };
}

/** The birth and survival counts of `B3/S23` and its other spellings (no MAP, no suffix). */
export function parseBirthSurvival(
  body: string,
  neighbourhood: Neighbourhood,
  input: string,
): LifeLikeRule {
  const segments = body.split("/");
  if (segments.length > 2) {
    throw new RuleError(`Only one "/" is allowed in rule "${input}"`, input, "/");
  }
  const [first = "", second] = segments;
  const [birth, survival] =
    second !== undefined
      ? splitSlashed(splitHalf(first), splitHalf(second), input)
      : splitLettered(body, input);
  const neighbours = NEIGHBOUR_COUNTS[neighbourhood];
  return lifeLikeOf(
    parseHalf(birth, input, neighbours),
    parseHalf(survival, input, neighbours),
    neighbourhood,
    input,
  );
}

/** `B3/S23`, `S23/B3`, `B3/23`, `23/B3` or MCell `23/3`: a letter on either side decides. */
function splitSlashed(first: Half, second: Half, input: string): [string, string] {
  if (first.letter !== "" && first.letter === second.letter) {
    const part = first.letter.toUpperCase();
    throw new RuleError(`"${part}" appears on both sides of "/" in rule "${input}"`, input, part);
  }
  // Without letters it is MCell's order, survival first.
  const birthFirst = first.letter === "b" || second.letter === "s";
  return birthFirst ? [first.counts, second.counts] : [second.counts, first.counts];
}

/** `b3s23`, `s23b3`, `B3` or `S23`: no slash, so the letters alone split the halves. */
function splitLettered(src: string, input: string): [string, string] {
  const match = /^([bs])([^bs]*)(?:([bs])([^bs]*))?$/i.exec(src);
  const firstLetter = match?.[1];
  if (match === null || firstLetter === undefined) {
    if (!/^[bs]/i.test(src)) {
      parseHalf(src, input, 8);
      throw new RuleError(
        `Rule "${input}" needs "B" and "S" or a "/" to tell birth from survival`,
        input,
        input,
      );
    }
    throw repeatedLetterError(src, input);
  }
  const first = { letter: toLetter(firstLetter), counts: match[2] ?? "" };
  const secondLetter = match[3];
  if (secondLetter === undefined) {
    return first.letter === "b" ? [first.counts, ""] : ["", first.counts];
  }
  if (toLetter(secondLetter) === first.letter) throw repeatedLetterError(src, input);
  return splitSlashed(first, { letter: toLetter(secondLetter), counts: match[4] ?? "" }, input);
}

function splitHalf(segment: string): Half {
  const head = segment.charAt(0);
  return /^[bs]$/i.test(head)
    ? { letter: toLetter(head), counts: segment.slice(1) }
    : { letter: "", counts: segment };
}

function toLetter(letter: string): "b" | "s" {
  return letter.toLowerCase() === "b" ? "b" : "s";
}

function repeatedLetterError(src: string, input: string): RuleError {
  const seen = new Set<string>();
  for (const ch of src) {
    const lower = ch.toLowerCase();
    if (lower !== "b" && lower !== "s") continue;
    if (seen.has(lower)) {
      const part = lower.toUpperCase();
      return new RuleError(`"${part}" appears twice in rule "${input}"`, input, part);
    }
    seen.add(lower);
  }
  // Unreachable: the caller only asks when a letter repeats.
  return new RuleError(`Cannot read rule "${input}"`, input, input);
}
