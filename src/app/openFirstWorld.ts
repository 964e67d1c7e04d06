/**
 * What trying one start-up source came to: nothing to open (`undefined`), a world opened (with
 * whether it should start playing), or a failure that changed nothing. `problem` is what the
 * alert should say about it: why it failed, or which parts of an opened world were left out.
 */
export type WorldAttempt =
  | undefined
  | { readonly opened: true; readonly autoplay: boolean; readonly problem?: string | undefined }
  | { readonly opened: false; readonly problem: string };

/**
 * Tries the start-up sources in order (share link, query parameters, autosave, default) until
 * one opens a world; a source that is absent or fails falls through to the next. Returns
 * whether the opened world plays, and the problems met on the way, in order.
 */
export async function openFirstWorld(
  sources: readonly (() => WorldAttempt | Promise<WorldAttempt>)[],
): Promise<{ autoplay: boolean; problems: string[] }> {
  const problems: string[] = [];
  for (const source of sources) {
    const attempt = await source();
    if (attempt?.problem) problems.push(attempt.problem);
    if (attempt?.opened) return { autoplay: attempt.autoplay, problems };
  }
  return { autoplay: false, problems };
}
