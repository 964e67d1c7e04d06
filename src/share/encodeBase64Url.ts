import { BASE64URL_ALPHABET } from "./base64UrlAlphabet.ts";

/**
 * `bytes` as unpadded base64url, which needs no escaping in a URL fragment. Written by hand
 * because btoa is not part of the pure core's standard library and wants a binary string anyway.
 */
export function encodeBase64Url(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const triple = (b0 << 16) | (b1 << 8) | b2;
    const left = bytes.length - i;
    parts.push(
      charAt(triple >> 18) +
        charAt(triple >> 12) +
        (left > 1 ? charAt(triple >> 6) : "") +
        (left > 2 ? charAt(triple) : ""),
    );
  }
  return parts.join("");
}

function charAt(sixBits: number): string {
  return BASE64URL_ALPHABET.charAt(sixBits & 63);
}
