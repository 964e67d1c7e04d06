import { findPresetByName } from "./findPresetByName.ts";
import { parseBounds } from "./parseBounds.ts";
import { parseRulestring } from "./parseRulestring.ts";
import type { ParsedRule } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

/**
 * Reads a rule as Golly, LifeViewer and LifeWiki RLE headers write it: `B3/S23`, `b3s23`,
 * `S23/B3`, MCell's `23/3`, a preset name such as "HighLife", each optionally followed by
 * Golly's bounded-grid suffix (`:T64,48` torus, `:P64,48` plane, `:T20` for 20x20).
 * Throws `RuleError` quoting the offending part; `input` on the error is the trimmed text.
 */
export function parseRule(text: string): ParsedRule {
  const input = text.trim();
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
  return { rule, bounds: parseBounds(input.slice(colon + 1), input) };
}
