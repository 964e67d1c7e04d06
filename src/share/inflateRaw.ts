import { concatBytes } from "./concatBytes.ts";
import { type ByteWriter, getCompressionStreams } from "./getCompressionStreams.ts";
import { ShareLinkError } from "./ShareLinkError.ts";

// Deflate expands at most about 1032:1, so one input piece yields at most ~1 MiB of output.
// Some platforms inflate a whole written chunk before anyone reads, so we write small pieces.
const INPUT_PIECE = 1024;

/**
 * `bytes` inflated from raw deflate, read piece by piece and abandoned as soon as the output
 * passes `maxBytes`. Throws ShareLinkError for data that is corrupt, cut short or too large.
 */
export async function inflateRaw(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const { DecompressionStream } = getCompressionStreams();
  const stream = new DecompressionStream("deflate-raw");
  // The reader sees every failure too, so the writer's own rejections carry nothing new.
  writePieces(stream.writable.getWriter(), bytes).catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (let result = await reader.read(); !result.done; result = await reader.read()) {
      total += result.value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new ShareLinkError(
          `the link's data inflates to more than ${maxBytes} bytes, the most this app reads`,
        );
      }
      chunks.push(result.value);
    }
  } catch (error) {
    if (error instanceof ShareLinkError) throw error;
    throw new ShareLinkError("the link's data is corrupt or cut short: it does not inflate", {
      cause: error,
    });
  }
  return concatBytes(chunks, total);
}

async function writePieces(writer: ByteWriter, bytes: Uint8Array): Promise<void> {
  for (let start = 0; start < bytes.length; start += INPUT_PIECE) {
    await writer.write(bytes.subarray(start, start + INPUT_PIECE));
  }
  await writer.close();
}
