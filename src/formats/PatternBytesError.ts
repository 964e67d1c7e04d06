/**
 * A pattern file's bytes that cannot be made text: gzip data that does not decompress, or
 * decompresses past MAX_DECOMPRESSED_BYTES. It has no line or column, unlike FormatError, since
 * there is no text yet to point into.
 */
export class PatternBytesError extends Error {
  override readonly name = "PatternBytesError";
}
