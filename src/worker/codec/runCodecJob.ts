import { PackedCells } from "../../engine/index.ts";
import { writePackedRle } from "../../formats/index.ts";
import { decodeShareState, encodeShareState, ShareLinkError } from "../../share/index.ts";
import { identifyCells } from "../../universe/identify/index.ts";
import type { CodecReply, CodecRequest } from "./protocol.ts";

/** Progress is reported once per chunk of this many bytes of RLE: a few hundred for a big soup. */
const PROGRESS_CHUNK_BYTES = 1024 * 1024;

/**
 * Does one codec job and posts its replies (progress, then the result or why it failed), with
 * the buffers to transfer. The codec worker runs it; where there are no workers, the page does.
 */
export async function runCodecJob(
  request: CodecRequest,
  post: (reply: CodecReply, transfer?: Transferable[]) => void,
): Promise<void> {
  try {
    if (request.kind === "decode-share") {
      const { cells, width, height, states, ...rest } = await decodeShareState(
        request.payload,
        request.limits,
      );
      const grid = { width, height, words: cells.words, ...(states && { states }) };
      const transfer = states ? [cells.words.buffer, states.buffer] : [cells.words.buffer];
      post({ kind: "decoded", state: { ...rest, grid } }, transfer);
      return;
    }
    if (request.kind === "identify") {
      const { limit, ...input } = request;
      const result = identifyCells(input, {
        limit,
        onProgress: (generation) => post({ kind: "progress", fraction: generation / limit }),
      });
      post({ kind: "identified", result }, result.cells ? [result.cells.periods.buffer] : []);
      return;
    }
    const { width, height, words } = request.grid;
    const cells = new PackedCells(width, height, words);
    if (request.kind === "encode-rle") {
      const chunks: Uint8Array[] = [];
      writePackedRle(cells, (chunk) => chunks.push(chunk), {
        rule: request.rule,
        comments: request.comments,
        chunkBytes: PROGRESS_CHUNK_BYTES,
        onProgress: (done, rows) => post({ kind: "progress", fraction: done / rows }),
      });
      // The Blob is made here, so copying hundreds of megabytes into it is the worker's work;
      // it crosses to the page as a reference.
      post({ kind: "rle", blob: new Blob(chunks as BlobPart[], { type: "text/plain" }) });
      return;
    }
    const { topology, rule, view, limits, code } = request;
    const { states } = request.grid;
    const state = {
      width,
      height,
      topology,
      rule,
      cells,
      ...(states && { states }),
      ...(view && { view }),
      ...(code !== undefined && { code }),
    };
    post({ kind: "share", payload: await encodeShareState(state, limits) });
  } catch (error) {
    const share = error instanceof ShareLinkError;
    post({ kind: "failed", message: share ? error.message : String(error), share });
  }
}
