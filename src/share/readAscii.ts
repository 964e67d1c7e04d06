import { ShareLinkError } from "./ShareLinkError.ts";

// String.fromCharCode takes its codes as arguments, and engines cap how many one call may get.
const CHUNK = 8192;

/** The bytes as ASCII text; ShareLinkError if any byte is not ASCII, which no envelope holds. */
export function readAscii(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const chunk = bytes.subarray(start, start + CHUNK);
    if (chunk.some((byte) => byte > 0x7f)) {
      throw new ShareLinkError("the link's data is corrupt: it holds bytes that are not text");
    }
    parts.push(String.fromCharCode(...chunk));
  }
  return parts.join("");
}
