import { describe, expect, it } from "vitest";
import { decodePatternBytes, MAX_DECOMPRESSED_BYTES } from "./decodePatternBytes.ts";
import { PatternBytesError } from "./PatternBytesError.ts";
import { parsePattern } from "./parsePattern.ts";
import { describeReadError } from "./readPatternText.ts";

const GLIDER = "#N Glider\nx = 3, y = 3, rule = B3/S23\nbo$2bo$3o!\n";

/** `pieces` gzipped by the platform's CompressionStream, written one after another. */
async function gzip(...pieces: Uint8Array<ArrayBuffer>[]): Promise<Uint8Array> {
  const stream = new CompressionStream("gzip");
  const writing = (async () => {
    const writer = stream.writable.getWriter();
    for (const piece of pieces) await writer.write(piece);
    await writer.close();
  })();
  const compressed = new Uint8Array(await new Response(stream.readable).arrayBuffer());
  await writing;
  return compressed;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

async function catchBytesError(bytes: Uint8Array): Promise<PatternBytesError> {
  try {
    await decodePatternBytes(bytes);
  } catch (error) {
    if (error instanceof PatternBytesError) return error;
    throw error;
  }
  throw new Error("expected a PatternBytesError, but the bytes were decoded");
}

describe("decodePatternBytes", () => {
  it("decodes plain bytes as UTF-8, invalid sequences as U+FFFD", async () => {
    expect(await decodePatternBytes(utf8(GLIDER))).toBe(GLIDER);
    expect(await decodePatternBytes(utf8("#C café 🙂\n"))).toBe("#C café 🙂\n");
    expect(await decodePatternBytes(Uint8Array.of(0x23, 0xff, 0x0a))).toBe("#\uFFFD\n");
    expect(await decodePatternBytes(new Uint8Array(0))).toBe("");
    // A lone 0x1f is not gzip's magic.
    expect(await decodePatternBytes(Uint8Array.of(0x1f, 0x41))).toBe("\u001fA");
  });

  it("gunzips gzip data (.rle.gz), so that the pattern reads as from the plain file", async () => {
    const compressed = await gzip(utf8(GLIDER));
    expect([compressed[0], compressed[1]]).toEqual([0x1f, 0x8b]);
    const text = await decodePatternBytes(compressed);
    expect(text).toBe(GLIDER);
    expect(parsePattern(text)).toEqual(parsePattern(GLIDER));
  });

  it("keeps multi-byte characters whole across decompressed chunks", async () => {
    const text = `#C ${"é🙂".repeat(200_000)}\nx = 1, y = 1\no!\n`;
    expect(await decodePatternBytes(await gzip(utf8(text)))).toBe(text);
  });

  it.each([
    ["cut short", (bytes: Uint8Array) => bytes.slice(0, bytes.length - 6)],
    ["the magic bytes alone", () => Uint8Array.of(0x1f, 0x8b)],
    ["with a corrupt body", (bytes: Uint8Array) => bytes.map((b, i) => (i === 12 ? b ^ 0xff : b))],
    [
      "with a wrong checksum",
      (bytes: Uint8Array) => bytes.map((b, i, all) => (i === all.length - 6 ? b ^ 1 : b)),
    ],
  ])("refuses gzip data %s with a clear message", async (_what, spoil) => {
    const error = await catchBytesError(spoil(await gzip(utf8(GLIDER))));
    expect(error.message).toMatch(
      /^the file looks gzip-compressed but could not be decompressed: \S/,
    );
    expect(describeReadError(error, "glider.rle.gz")).toBe(`glider.rle.gz: ${error.message}`);
  });

  it("stops a gzip bomb (257 MiB from under 1 MiB) at 256 MiB with a clear message", async () => {
    expect(MAX_DECOMPRESSED_BYTES).toBe(256 * 1024 * 1024);
    const mebibyte = new Uint8Array(1024 * 1024).fill(0x62); // "b"
    const bomb = await gzip(...Array.from({ length: 257 }, () => mebibyte));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await catchBytesError(bomb);
    expect(error.message).toBe(
      "the file is gzip-compressed and decompresses to more than 268435456 bytes (256 MiB), the most this app reads from a compressed file",
    );
  }, 30_000);

  it("reads a gzip file of several MiB in full", async () => {
    const text = "x = 1, y = 1\no!\n";
    const padding = "#C".padEnd(1023, "-").concat("\n");
    expect(padding).toHaveLength(1024);
    const body = utf8(padding.repeat(1024));
    const decoded = await decodePatternBytes(
      await gzip(...Array.from({ length: 3 }, () => body), utf8(text)),
    );
    expect(decoded.length).toBe(3 * 1024 * 1024 + text.length);
    expect(decoded.endsWith(text)).toBe(true);
  });
});
