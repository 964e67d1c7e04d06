/** Share links: the state of a grid in a URL fragment, and settings in readable query parameters. */
export { decodeShareState } from "./decodeShareState.ts";
export { encodeShareState } from "./encodeShareState.ts";
export { parseQueryParams } from "./parseQueryParams.ts";
export type { QueryParseResult, QuerySettings } from "./QuerySettings.ts";
export { ShareLinkError } from "./ShareLinkError.ts";
export type { ShareState, ShareView } from "./ShareState.ts";
export {
  MAX_SHARE_AREA,
  MAX_SHARE_INFLATED_BYTES,
  MAX_SHARE_PAYLOAD_LENGTH,
  type ShareLimits,
} from "./shareLimits.ts";
export { SHARE_PAYLOAD_PREFIX } from "./sharePayloadPrefix.ts";
