import type { LibraryPattern } from "./LibraryPattern.ts";
import { PATTERN_LIBRARY } from "./patternLibrary.ts";

const BY_ID = new Map(PATTERN_LIBRARY.map((pattern) => [pattern.id, pattern]));

/** The library pattern with this id (exact, as ids are slugs), or undefined. */
export function findPattern(id: string): LibraryPattern | undefined {
  return BY_ID.get(id);
}
