/**
 * Reading and writing pattern files: RLE (with Golly's #CXRLE), plaintext `.cells`, Life 1.05
 * and 1.06, and Macrocell nodes; gzip-compressed bytes are inflated by decodePatternBytes.
 */
export { decodePatternBytes, MAX_DECOMPRESSED_BYTES } from "./decodePatternBytes.ts";
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
export { PatternBytesError } from "./PatternBytesError.ts";
export { type ParseAnyPatternOptions, parseAnyPattern } from "./parseAnyPattern.ts";
export { parseCells } from "./parseCells.ts";
export { LIFE_105_HEADER, parseLife105 } from "./parseLife105.ts";
export { LIFE_106_HEADER, parseLife106 } from "./parseLife106.ts";
export { MACROCELL_HEADER, parseMacrocell, parseMacrocellHead } from "./parseMacrocell.ts";
export { detectPatternFormat, type PatternFormatName, parsePattern } from "./parsePattern.ts";
export { parseRle } from "./parseRle.ts";
export { patternFileName } from "./patternFileName.ts";
export { patternRuns } from "./patternRuns.ts";
export { describeReadError, readPatternText } from "./readPatternText.ts";
export {
  isSparsePattern,
  MAX_SPARSE_RUNS,
  MAX_SPARSE_SIDE,
  type PatternRuns,
  type SparsePattern,
} from "./SparsePattern.ts";
export { writeCells } from "./writeCells.ts";
export type { WriteLife106Options } from "./writeLife106.ts";
export { writeLife106 } from "./writeLife106.ts";
export { MACROCELL_WRITER_HEADER, writeMacrocell } from "./writeMacrocell.ts";
export { type PackedRleOptions, writePackedRle } from "./writePackedRle.ts";
export { type PackedRleBodyOptions, writePackedRleBody } from "./writePackedRleBody.ts";
export type { RlePlaceOptions, WriteRleOptions } from "./writeRle.ts";
export {
  MAX_RLE_LINE_LENGTH,
  writeCxrleLine,
  writeRle,
  writeRleHead,
  writeRunsRle,
} from "./writeRle.ts";
