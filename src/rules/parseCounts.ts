import { RuleError } from "./RuleError.ts";

const COUNT = /^[0-8]$/;
/** Hensel's non-totalistic letters, and the "-" that negates them, as they may follow a count. */
const HENSEL = /^[-ceaiknjqrytwz]$/i;

/**
 * Reads the digits of one half of a rulestring (`"23"` of `S23`) into a 9-bit mask.
 * Order and duplicates do not matter, as in Golly. `input` is the whole rulestring, for messages.
 */
export function parseCounts(counts: string, input: string): number {
  // Code points, not UTF-16 units, so a stray emoji is quoted whole.
  const chars = Array.from(counts);
  let mask = 0;
  for (const [i, ch] of chars.entries()) {
    if (COUNT.test(ch)) {
      mask |= 1 << Number(ch);
      continue;
    }
    if (ch === "9") {
      throw new RuleError(`"9" is not a neighbour count (0-8) in "${input}"`, input, "9");
    }
    const previous = chars[i - 1];
    if (HENSEL.test(ch) && previous !== undefined && COUNT.test(previous)) {
      const group = readHenselGroup(chars, i - 1);
      throw new RuleError(
        `Non-totalistic rules are not supported: "${group}" in "${input}"`,
        input,
        group,
      );
    }
    if (/^[bs]$/i.test(ch)) {
      throw new RuleError(
        `Misplaced "${ch}" in rule "${input}": "B" and "S" go before their digits`,
        input,
        ch,
      );
    }
    throw new RuleError(`Unknown character "${ch}" in rule "${input}"`, input, ch);
  }
  return mask;
}

/** The count at `start` with the letters after it, e.g. `2-a` or `2ae`, to quote it whole. */
function readHenselGroup(chars: readonly string[], start: number): string {
  let end = start + 1;
  while (end < chars.length && HENSEL.test(chars[end] ?? "")) end++;
  return chars.slice(start, end).join("");
}
