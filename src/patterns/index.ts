/** A library of classic patterns, with lookup by id and text search. */
export { findPattern } from "./findPattern.ts";
export type { LibraryPattern, PatternCategory } from "./LibraryPattern.ts";
export { PATTERN_LIBRARY } from "./patternLibrary.ts";
export { searchPatterns } from "./searchPatterns.ts";
