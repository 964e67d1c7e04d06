import { asciiBytes } from "./asciiBytes.ts";
import { deflateRaw } from "./deflateRaw.ts";
import { encodeBase64Url } from "./encodeBase64Url.ts";
import { ShareLinkError } from "./ShareLinkError.ts";
import type { ShareState } from "./ShareState.ts";
import { resolveShareLimits, type ShareLimits } from "./shareLimits.ts";
import { SHARE_PAYLOAD_PREFIX } from "./sharePayloadPrefix.ts";
import { writeShareEnvelope } from "./writeShareEnvelope.ts";

/**
 * A compact URL-fragment payload for `state`: `v1.` then the base64url of the raw-deflated
 * envelope (rule, size, topology, position and RLE of the live cells' bounding box, view).
 * Throws ShareLinkError for an invalid state, or one whose link decodeShareState would refuse
 * under the same `limits` (too many cells, too much data), so a link that is made can be opened.
 */
export async function encodeShareState(state: ShareState, limits?: ShareLimits): Promise<string> {
  const { maxArea, maxInflatedBytes, maxPayloadLength } = resolveShareLimits(limits);
  const envelope = writeShareEnvelope(state, maxArea, maxInflatedBytes);
  if (envelope.length > maxInflatedBytes) {
    throw new ShareLinkError(
      `this grid is too busy to share as a link: ${envelope.length} bytes of cells, over the limit of ${maxInflatedBytes}`,
    );
  }
  const payload = SHARE_PAYLOAD_PREFIX + encodeBase64Url(await deflateRaw(asciiBytes(envelope)));
  if (payload.length > maxPayloadLength) {
    throw new ShareLinkError(
      `this grid is too busy to share as a link: ${payload.length} characters, over the limit of ${maxPayloadLength}`,
    );
  }
  return payload;
}
