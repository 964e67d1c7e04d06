/**
 * The text as one byte per character. The envelope is plain ASCII by construction (rulestrings,
 * numbers, RLE), and TextEncoder is not part of the pure core's standard library.
 */
export function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
