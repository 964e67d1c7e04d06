import { ruleFamilyName } from "../rules/describeRule.ts";
import { findPreset } from "../rules/findPreset.ts";
import { parseRule } from "../rules/parseRule.ts";
import type { LibraryPattern } from "./LibraryPattern.ts";
import { PATTERN_LIBRARY } from "./patternLibrary.ts";

/**
 * The library patterns whose name, id, category, description or rule contains every word of
 * `query`, ignoring case; all of them for a blank query. A rule is found by its rulestring, its
 * family ("Generations", "Larger than Life", "Hexagonal") and its preset names ("Brian's Brain",
 * "HighLife"). Library order is kept, except that patterns whose name contains the whole query
 * come first, so "glider" lists the Glider before guns.
 */
export function searchPatterns(query: string): LibraryPattern[] {
  const needle = query.trim().toLowerCase();
  const words = needle.split(/\s+/).filter((word) => word !== "");
  const matches = PATTERN_LIBRARY.filter((pattern) => {
    const haystack = haystackOf(pattern);
    return words.every((word) => haystack.includes(word));
  });
  const byName = (pattern: LibraryPattern) => pattern.name.toLowerCase().includes(needle);
  return [...matches.filter(byName), ...matches.filter((pattern) => !byName(pattern))];
}

const HAYSTACKS = new Map<LibraryPattern, string>();

/** The searchable text of a pattern, lower case, worked out once: rule names need parsing. */
function haystackOf(pattern: LibraryPattern): string {
  let haystack = HAYSTACKS.get(pattern);
  if (haystack === undefined) {
    haystack = [
      pattern.name,
      pattern.id,
      pattern.category,
      pattern.description,
      ...ruleWords(pattern.rule),
    ]
      .join("\n")
      .toLowerCase();
    HAYSTACKS.set(pattern, haystack);
  }
  return haystack;
}

function ruleWords(rule: string): string[] {
  const preset = findPreset(rule);
  return [
    rule,
    ruleFamilyName(parseRule(rule).rule),
    ...(preset ? [preset.name, ...preset.aliases] : []),
  ];
}
