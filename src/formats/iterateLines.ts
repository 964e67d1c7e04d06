/**
 * Yields the lines of `text`, split at `\r\n`, `\r` or `\n` (files from Windows, old Macs and Unix
 * all reach us by paste), after dropping a leading UTF-8 byte order mark. Lazy, so that format
 * detection can look at the first lines of a large file without splitting all of it.
 */
export function* iterateLines(text: string): Generator<string, void, undefined> {
  const start = text.startsWith("\uFEFF") ? 1 : 0;
  const lineBreak = /\r\n|\r|\n/g;
  lineBreak.lastIndex = start;
  let lineStart = start;
  for (let match = lineBreak.exec(text); match !== null; match = lineBreak.exec(text)) {
    yield text.slice(lineStart, match.index);
    lineStart = lineBreak.lastIndex;
  }
  yield text.slice(lineStart);
}
