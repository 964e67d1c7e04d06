import { concatBytes } from "./concatBytes.ts";
import { getCompressionStreams } from "./getCompressionStreams.ts";

/** `bytes` compressed as raw deflate (RFC 1951, no zlib or gzip wrapper: fewer bytes). */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const { CompressionStream } = getCompressionStreams();
  const stream = new CompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  // Not awaited before reading: a write only settles once its output has room to go.
  const written = writer.write(bytes).then(() => writer.close());
  // Should reading fail first, its error is the one to report; this keeps the other one quiet.
  written.catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let result = await reader.read(); !result.done; result = await reader.read()) {
    chunks.push(result.value);
    total += result.value.length;
  }
  await written;
  return concatBytes(chunks, total);
}
