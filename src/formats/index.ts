/** Reading and writing pattern files: RLE and plaintext `.cells`. */
export { FormatError } from "./FormatError.ts";
export type { Pattern, PatternComment } from "./Pattern.ts";
export { MAX_PATTERN_AREA } from "./Pattern.ts";
export { parseCells } from "./parseCells.ts";
export { parsePattern } from "./parsePattern.ts";
export { parseRle } from "./parseRle.ts";
export { writeCells } from "./writeCells.ts";
export type { WriteRleOptions } from "./writeRle.ts";
export { writeRle } from "./writeRle.ts";
