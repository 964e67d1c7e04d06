/**
 * The start of every payload this version writes. The version number lets a later format be
 * told apart from this one, so old links keep working or fail with a clear message.
 */
export const SHARE_PAYLOAD_PREFIX = "v1.";
