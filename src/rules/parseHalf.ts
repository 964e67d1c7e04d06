import { ALL_HENSEL_LETTERS, HENSEL_LETTERS } from "./henselLetters.ts";
import { RuleError } from "./RuleError.ts";

/** One neighbour count of a half-rule with the Hensel letters after it: `2`, `2ae`, `2-a`. */
export interface CountGroup {
  readonly count: number;
  /** `2-a`: every arrangement of 2 except the letters. */
  readonly negative: boolean;
  readonly letters: string;
  /** As written, to quote in messages. */
  readonly text: string;
}

/** The counts of one half of a rulestring (`2-a3` of `B2-a3/S23`), in the order written. */
export interface HalfRule {
  /** Bit n: the count n appears. */
  readonly mask: number;
  readonly groups: readonly CountGroup[];
  /** Whether any count has letters or a "-", which makes the rule non-totalistic as written. */
  readonly lettered: boolean;
}

/**
 * Reads one half of a rulestring (`"23"` of `S23`, `"2-a3ij"` of `B2-a3ij`) for a
 * neighbourhood of `neighbours` cells. Order and repeats do not matter, as in Golly; letters
 * must be ones Golly allows after their count, and one count cannot have both plain and "-"
 * letters. `input` is the whole rulestring, for messages.
 */
export function parseHalf(counts: string, input: string, neighbours: number): HalfRule {
  // Code points, not UTF-16 units, so a stray emoji is quoted whole.
  const chars = Array.from(counts);
  const groups: CountGroup[] = [];
  let mask = 0;
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] ?? "";
    if (!/^[0-9]$/.test(ch)) throw strayCharacter(ch, input);
    const count = Number(ch);
    if (count > neighbours) {
      throw new RuleError(
        `"${ch}" is not a neighbour count (0-${neighbours}) in "${input}"`,
        input,
        ch,
      );
    }
    let end = i + 1;
    const negative = chars[end] === "-";
    if (negative) end++;
    let letters = "";
    // Golly reads letters in either case.
    while (end < chars.length && ALL_HENSEL_LETTERS.includes((chars[end] ?? "-").toLowerCase())) {
      letters += (chars[end] ?? "").toLowerCase();
      end++;
    }
    const group = { count, negative, letters, text: chars.slice(i, end).join("") };
    checkLetters(group, groups, input);
    groups.push(group);
    mask |= 1 << count;
    i = end;
  }
  return { mask, groups, lettered: groups.some((g) => g.negative || g.letters !== "") };
}

function checkLetters(group: CountGroup, before: readonly CountGroup[], input: string): void {
  const allowed = HENSEL_LETTERS[group.count] ?? "";
  for (const letter of group.letters) {
    if (!allowed.includes(letter)) {
      const which = allowed === "" ? "none" : allowed;
      throw new RuleError(
        `"${letter}" is not a letter of ${group.count} neighbours (${which}) in "${group.text}" of "${input}"`,
        input,
        group.text,
      );
    }
  }
  if (group.letters === "") return;
  const clash = before.find(
    (g) => g.count === group.count && g.letters !== "" && g.negative !== group.negative,
  );
  if (clash) {
    throw new RuleError(
      `${group.count} neighbours cannot have both letters and "-" letters: "${clash.text}" and "${group.text}" in "${input}"`,
      input,
      group.text,
    );
  }
}

function strayCharacter(ch: string, input: string): RuleError {
  if (ch === "-") {
    return new RuleError(`"-" must follow a neighbour count in "${input}"`, input, ch);
  }
  if (ALL_HENSEL_LETTERS.includes(ch.toLowerCase())) {
    return new RuleError(`"${ch}" must follow a neighbour count in "${input}"`, input, ch);
  }
  if (/^[bs]$/i.test(ch)) {
    return new RuleError(
      `Misplaced "${ch}" in rule "${input}": "B" and "S" go before their digits`,
      input,
      ch,
    );
  }
  return new RuleError(`Unknown character "${ch}" in rule "${input}"`, input, ch);
}
