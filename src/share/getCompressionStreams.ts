import { ShareLinkError } from "./ShareLinkError.ts";

/*
 * The Compression Streams API is a global in browsers, workers and Node 20, but its types live in
 * lib "DOM", which the pure core does not load. Declaring the globals would clash with lib "DOM"
 * where both are loaded, so these local types describe only what we call, and we reach the
 * constructors through globalThis.
 */

/** A chunk read from a stream: bytes, or the end. */
export type ByteReadResult =
  | { readonly done: true; readonly value?: undefined }
  | { readonly done: false; readonly value: Uint8Array };

export interface ByteReader {
  read(): Promise<ByteReadResult>;
  cancel(reason?: unknown): Promise<void>;
}

export interface ByteWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** A CompressionStream or DecompressionStream. */
export interface ByteTransformStream {
  readonly readable: { getReader(): ByteReader };
  readonly writable: { getWriter(): ByteWriter };
}

export type ByteTransformStreamConstructor = new (format: "deflate-raw") => ByteTransformStream;

/** The two constructors we need. */
export interface CompressionStreams {
  readonly CompressionStream: ByteTransformStreamConstructor;
  readonly DecompressionStream: ByteTransformStreamConstructor;
}

/** The platform's CompressionStream and DecompressionStream; ShareLinkError where there are none. */
export function getCompressionStreams(): CompressionStreams {
  const streams = globalThis as unknown as Partial<CompressionStreams>;
  const { CompressionStream, DecompressionStream } = streams;
  if (typeof CompressionStream !== "function" || typeof DecompressionStream !== "function") {
    throw new ShareLinkError("share links need CompressionStream, which this platform lacks");
  }
  return { CompressionStream, DecompressionStream };
}
