/** Reading and writing pattern files: RLE, plaintext `.cells`, Life 1.06 and macrocell nodes. */
export { FormatError } from "./FormatError.ts";
export {
  isMacrocellLeaf,
  MAX_MACROCELL_LEVEL,
  type Macrocell,
  type MacrocellBranch,
  type MacrocellLeaf,
  type MacrocellNode,
} from "./Macrocell.ts";
export type { Pattern, PatternComment } from "./Pattern.ts";
export { MAX_PATTERN_AREA } from "./Pattern.ts";
export { parseCells } from "./parseCells.ts";
export { LIFE_106_HEADER, parseLife106 } from "./parseLife106.ts";
export { MACROCELL_HEADER, parseMacrocell } from "./parseMacrocell.ts";
export { parsePattern } from "./parsePattern.ts";
export { parseRle } from "./parseRle.ts";
export { patternFileName } from "./patternFileName.ts";
export { describeReadError, readPatternText } from "./readPatternText.ts";
export { writeCells } from "./writeCells.ts";
export type { WriteLife106Options } from "./writeLife106.ts";
export { writeLife106 } from "./writeLife106.ts";
export { MACROCELL_WRITER_HEADER, writeMacrocell } from "./writeMacrocell.ts";
export { type PackedRleOptions, writePackedRle } from "./writePackedRle.ts";
export { type PackedRleBodyOptions, writePackedRleBody } from "./writePackedRleBody.ts";
export type { WriteRleOptions } from "./writeRle.ts";
export { MAX_RLE_LINE_LENGTH, writeRle, writeRleHead } from "./writeRle.ts";
