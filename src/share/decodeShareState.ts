import { decodeBase64Url } from "./decodeBase64Url.ts";
import { inflateRaw } from "./inflateRaw.ts";
import { quoteValue } from "./quoteValue.ts";
import { readAscii } from "./readAscii.ts";
import { readShareEnvelope } from "./readShareEnvelope.ts";
import { ShareLinkError } from "./ShareLinkError.ts";
import type { ShareState } from "./ShareState.ts";
import { resolveShareLimits, type ShareLimits } from "./shareLimits.ts";
import { SHARE_PAYLOAD_PREFIX } from "./sharePayloadPrefix.ts";

const VERSIONED = /^v(\d{1,6})\./;

/**
 * The state in a payload made by encodeShareState. A leading `#` and surrounding whitespace are
 * ignored, so `location.hash` can be passed as it is. Rejects with ShareLinkError, and nothing
 * else, for: an unknown version, bad base64url, corrupt or cut-short deflate data, data that
 * inflates past `maxInflatedBytes`, malformed fields, a bad rule, a grid over `maxArea` cells,
 * over MAX_GRID_SIDE a side or of a size that is not whole and positive, and cells outside the
 * grid. It never allocates more
 * than the limits allow: `maxPayloadLength` characters in, `maxInflatedBytes` inflated (plus one
 * stream chunk), `maxArea` bytes of cells.
 */
export async function decodeShareState(payload: string, limits?: ShareLimits): Promise<ShareState> {
  try {
    return await decodePayload(payload, limits);
  } catch (error) {
    if (error instanceof ShareLinkError) throw error;
    // Not expected; the promise is still that callers only ever see a ShareLinkError.
    throw new ShareLinkError(`the link could not be read: ${String(error)}`, { cause: error });
  }
}

async function decodePayload(payload: string, limits?: ShareLimits): Promise<ShareState> {
  const { maxPayloadLength, maxInflatedBytes, maxArea } = resolveShareLimits(limits);
  if (typeof payload !== "string") throw new ShareLinkError("a share link payload must be text");
  if (payload.length > maxPayloadLength) {
    throw new ShareLinkError(
      `the link is ${payload.length} characters long, over the limit of ${maxPayloadLength}`,
    );
  }
  const text = payload.trim().replace(/^#/, "");
  if (!text.startsWith(SHARE_PAYLOAD_PREFIX)) {
    const version = VERSIONED.exec(text)?.[1];
    throw new ShareLinkError(
      version === undefined
        ? `this is not a share link: it should start with "${SHARE_PAYLOAD_PREFIX}", not ${quoteValue(text.slice(0, 8))}`
        : `this share link has version ${version}, which this app cannot read (it reads version 1)`,
    );
  }
  const deflated = decodeBase64Url(text.slice(SHARE_PAYLOAD_PREFIX.length));
  const envelope = readAscii(await inflateRaw(deflated, maxInflatedBytes));
  return readShareEnvelope(envelope, maxArea);
}
