import { PatternBytesError } from "./PatternBytesError.ts";

/**
 * The most bytes a compressed pattern file may decompress to: 256 MiB, the size of the largest
 * dense box at a byte a cell; a gzip bomb is stopped there, not when memory runs out.
 */
export const MAX_DECOMPRESSED_BYTES = 256 * 1024 * 1024;

// Deflate expands at most about 1032:1, so one piece decompresses to at most ~16 MiB even where
// a platform inflates a whole written chunk before anyone reads.
const INPUT_PIECE = 16 * 1024;

/*
 * DecompressionStream and TextDecoder are globals in browsers, workers and Node 20, but their
 * types live in lib "DOM", which the pure core does not load; these local types describe only
 * what we call (as src/share/getCompressionStreams.ts does).
 */
type ReadResult =
  | { readonly done: true; readonly value?: undefined }
  | { readonly done: false; readonly value: Uint8Array };

interface Gunzip {
  readonly readable: {
    getReader(): { read(): Promise<ReadResult>; cancel(reason?: unknown): Promise<void> };
  };
  readonly writable: {
    getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> };
  };
}

interface Utf8Decoder {
  decode(bytes?: Uint8Array, options?: { stream: boolean }): string;
}

interface TextGlobals {
  readonly DecompressionStream?: new (format: "gzip") => Gunzip;
  readonly TextDecoder: new (label: "utf-8") => Utf8Decoder;
}

/**
 * The text of a pattern file's bytes: gunzipped first when they start with gzip's magic bytes
 * (1f 8b), as Golly opens `.rle.gz` and `.mc.gz`, then decoded as UTF-8 (invalid sequences become
 * U+FFFD, as a browser's `File.text()` does). Throws PatternBytesError for gzip data that is
 * corrupt or cut short, that decompresses past MAX_DECOMPRESSED_BYTES, or on a platform without
 * DecompressionStream.
 */
export async function decodePatternBytes(bytes: Uint8Array): Promise<string> {
  const globals = globalThis as unknown as TextGlobals;
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    return new globals.TextDecoder("utf-8").decode(bytes);
  }
  const { DecompressionStream } = globals;
  if (typeof DecompressionStream !== "function") {
    throw new PatternBytesError(
      "the file looks gzip-compressed, but this platform cannot decompress it (it has no DecompressionStream)",
    );
  }
  const stream = new DecompressionStream("gzip");
  // The reader sees every failure too, so the writer's own rejections carry nothing new.
  writePieces(stream.writable.getWriter(), bytes).catch(() => undefined);
  const reader = stream.readable.getReader();
  const decoder = new globals.TextDecoder("utf-8");
  const parts: string[] = [];
  let total = 0;
  try {
    for (let result = await reader.read(); !result.done; result = await reader.read()) {
      total += result.value.length;
      if (total > MAX_DECOMPRESSED_BYTES) {
        await reader.cancel().catch(() => undefined);
        throw new PatternBytesError(
          `the file is gzip-compressed and decompresses to more than ${MAX_DECOMPRESSED_BYTES} bytes (256 MiB), the most this app reads from a compressed file`,
        );
      }
      parts.push(decoder.decode(result.value, { stream: true }));
    }
  } catch (error) {
    if (error instanceof PatternBytesError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new PatternBytesError(
      `the file looks gzip-compressed but could not be decompressed: ${reason}`,
      { cause: error },
    );
  }
  parts.push(decoder.decode());
  return parts.join("");
}

async function writePieces(
  writer: ReturnType<Gunzip["writable"]["getWriter"]>,
  bytes: Uint8Array,
): Promise<void> {
  for (let start = 0; start < bytes.length; start += INPUT_PIECE) {
    await writer.write(bytes.subarray(start, start + INPUT_PIECE));
  }
  await writer.close();
}
