import { checkBoundsForRule } from "./checkBoundsForRule.ts";
import { findPresetByName } from "./findPresetByName.ts";
import { parseBounds } from "./parseBounds.ts";
import { parseRulestring } from "./parseRulestring.ts";
import type { ParsedRule } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

// Golly's longest rule (MAXRULESIZE less one), which a Larger than Life weighted neighbourhood
// may need (`NW` and two hex digits for each of (2r+1)² cells); a hostile or
// pasted-by-mistake text beyond it is refused without being quoted whole.
const MAX_RULE_LENGTH = 1999;
// How much of a too-long rule the message shows.
const SHOWN_LENGTH = 40;

/**
 * Reads a rule as Golly, LifeViewer and LifeWiki RLE headers write it: Life-like `B3/S23`,
 * `b3s23`, `S23/B3`, MCell's `23/3`, with Hensel letters (`B2-a/S12`), `H` or `V` (`B2/S34H`)
 * or as `MAP` + base64; Generations `345/2/4`; Larger than Life `R5,C0,M1,S34..58,B34..45,NM`
 * or `R5,C0,S33-57,B34-45`; `LifeHistory`, `B36/S23Super`; or a preset name such as
 * "HighLife"; each optionally followed by Golly's bounded-grid suffix (`:T64,48` torus,
 * `:P64,48` plane, `:T20` for 20x20). Throws `RuleError` quoting the offending part, and naming
 * the family of rules Golly reads that this app does not (RuleLoader, Investigator, Wolfram);
 * `input` on the error is the trimmed text, cut to its first 40 characters when it is over 1999
 * long (Golly reads none longer).
 */
export function parseRule(text: string): ParsedRule {
  const input = text.trim();
  if (input.length > MAX_RULE_LENGTH) {
    const shown = `${Array.from(input).slice(0, SHOWN_LENGTH).join("")}…`;
    throw new RuleError(
      `Rule "${shown}" is too long: ${input.length} characters, where a rule has at most ${MAX_RULE_LENGTH}`,
      shown,
      shown,
    );
  }
  const colon = input.indexOf(":");
  const body = (colon < 0 ? input : input.slice(0, colon)).trim();
  if (body === "") {
    throw new RuleError(
      input === "" ? "Cannot read an empty rule" : `Cannot read an empty rule in "${input}"`,
      input,
      "",
    );
  }
  const preset = findPresetByName(body);
  const rule = preset
    ? parseRulestring(preset.rulestring, preset.rulestring)
    : parseRulestring(body, input);
  if (colon < 0) return { rule };
  const bounds = parseBounds(input.slice(colon + 1), input);
  checkBoundsForRule(rule, bounds, input);
  return { rule, bounds };
}
