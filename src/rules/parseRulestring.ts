import { parseCounts } from "./parseCounts.ts";
import { type LifeLikeRule, lifeLike } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";
import { rejectUnsupportedRule } from "./rejectUnsupportedRule.ts";

/** One half of a rulestring: its letter (`b`, `s`, or none in MCell form) and its digits. */
interface Half {
  readonly letter: "b" | "s" | "";
  readonly counts: string;
}

/**
 * Reads a Life-like rulestring without its grid suffix, as Golly does: `B3/S23`, `S23/B3`,
 * `b3s23`, `s23b3`, `B3`, `3/S23`, and MCell's survival-first `23/3`. Whitespace anywhere is
 * ignored (Golly skips spaces). `input` is the whole rulestring, quoted in messages.
 */
export function parseRulestring(body: string, input: string): LifeLikeRule {
  const src = body.replace(/\s+/g, "");
  rejectUnsupportedRule(src, input);
  rejectName(src, input);
  const segments = src.split("/");
  if (segments.length > 2) {
    throw new RuleError(`Only one "/" is allowed in rule "${input}"`, input, "/");
  }
  const [first = "", second] = segments;
  if (second !== undefined) return readSlashed(splitHalf(first), splitHalf(second), input);
  return readLettered(src, input);
}

/** `B3/S23`, `S23/B3`, `B3/23`, `23/B3` or MCell `23/3`: a letter on either side decides. */
function readSlashed(first: Half, second: Half, input: string): LifeLikeRule {
  if (first.letter !== "" && first.letter === second.letter) {
    const part = first.letter.toUpperCase();
    throw new RuleError(`"${part}" appears on both sides of "/" in rule "${input}"`, input, part);
  }
  const firstMask = parseCounts(first.counts, input);
  const secondMask = parseCounts(second.counts, input);
  // Without letters it is MCell's order, survival first.
  const birthFirst = first.letter === "b" || second.letter === "s";
  return birthFirst ? lifeLike(firstMask, secondMask) : lifeLike(secondMask, firstMask);
}

/** `b3s23`, `s23b3`, `B3` or `S23`: no slash, so the letters alone split the halves. */
function readLettered(src: string, input: string): LifeLikeRule {
  const match = /^([bs])([^bs]*)(?:([bs])([^bs]*))?$/i.exec(src);
  const firstLetter = match?.[1];
  if (match === null || firstLetter === undefined) {
    if (!/^[bs]/i.test(src)) {
      parseCounts(src, input);
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
    const mask = parseCounts(first.counts, input);
    return first.letter === "b" ? lifeLike(mask, 0) : lifeLike(0, mask);
  }
  if (toLetter(secondLetter) === first.letter) throw repeatedLetterError(src, input);
  return readSlashed(first, { letter: toLetter(secondLetter), counts: match[4] ?? "" }, input);
}

/**
 * Text with neither digit nor slash (`B`, `S`, `BS` aside, which Golly reads as rules), or that
 * starts with two letters other than `B` and `S` (`JvN29`), is a name: say so rather than
 * complain about its second letter. Golly reads any name as a RuleLoader rule from a `.rule`
 * file (WireWorld, Codd, ...), which this app cannot run, so the message says that too.
 */
function rejectName(src: string, input: string): void {
  const noCounts = !/[0-9/]/.test(src) && !/^[bs]{0,2}$/i.test(src);
  const named = /^[a-z]{2}/i.test(src) && !/^[bs]{2}/i.test(src);
  if (noCounts || named) {
    throw new RuleError(
      `Unknown rule "${input}": not a rulestring like "B3/S23" nor a known rule name (named multi-state rules, Golly's RuleLoader rules such as WireWorld or Codd, are not supported)`,
      input,
      input,
    );
  }
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
