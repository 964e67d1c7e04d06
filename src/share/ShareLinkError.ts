/**
 * A share link that cannot be read, or a state that cannot be written as one. The message says
 * what is wrong in words a person can act on; `cause` keeps the underlying error, if any.
 */
export class ShareLinkError extends Error {
  override readonly name = "ShareLinkError";
}
