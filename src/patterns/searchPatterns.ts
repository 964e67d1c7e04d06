import type { LibraryPattern } from "./LibraryPattern.ts";
import { PATTERN_LIBRARY } from "./patternLibrary.ts";

/**
 * The library patterns whose name, id, category or description contains every word of `query`,
 * ignoring case; all of them for a blank query. Library order is kept, except that patterns
 * whose name contains the whole query come first, so "glider" lists the Glider before guns.
 */
export function searchPatterns(query: string): LibraryPattern[] {
  const needle = query.trim().toLowerCase();
  const words = needle.split(/\s+/).filter((word) => word !== "");
  const matches = PATTERN_LIBRARY.filter((pattern) => {
    const haystack = [pattern.name, pattern.id, pattern.category, pattern.description]
      .join("\n")
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  const byName = (pattern: LibraryPattern) => pattern.name.toLowerCase().includes(needle);
  return [...matches.filter(byName), ...matches.filter((pattern) => !byName(pattern))];
}
