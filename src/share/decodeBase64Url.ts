import { BASE64URL_ALPHABET } from "./base64UrlAlphabet.ts";
import { ShareLinkError } from "./ShareLinkError.ts";

// Character code to 6-bit value, -1 for characters outside the alphabet.
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64URL_ALPHABET.length; i++) VALUES[BASE64URL_ALPHABET.charCodeAt(i)] = i;

/**
 * The bytes of base64url `text`; `=` padding at the end is allowed but not needed.
 * Throws ShareLinkError naming the first character outside the alphabet, or a length that
 * cannot be base64 (one character past a group of four).
 */
export function decodeBase64Url(text: string): Uint8Array {
  const data = text.replace(/={1,2}$/, "");
  if (data.length % 4 === 1) {
    throw new ShareLinkError("the link's data is cut short: its base64 length is impossible");
  }
  const bytes = new Uint8Array(Math.floor((data.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let length = 0;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    const value = code < 128 ? (VALUES[code] ?? -1) : -1;
    if (value < 0) {
      const character = JSON.stringify(String.fromCodePoint(data.codePointAt(i) ?? 0));
      throw new ShareLinkError(`the link's data is not base64url: it holds ${character}`);
    }
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[length++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}
