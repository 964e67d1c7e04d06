import type { PatternComment } from "./Pattern.ts";

/**
 * Splits comments whose text holds line breaks into one comment per line of the same kind, so
 * that a writer never lets comment text spill into the header or the cells.
 */
export function flattenComments(comments: readonly PatternComment[]): PatternComment[] {
  return comments.flatMap((comment) =>
    comment.text.split(/\r\n|\r|\n/).map((text) => ({ kind: comment.kind, text })),
  );
}
