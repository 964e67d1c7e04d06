/**
 * The 1-based column of `line[index]` as an editor shows it: characters outside the Basic
 * Multilingual Plane take two UTF-16 code units but one column.
 */
export function toColumn(line: string, index: number): number {
  let column = 1;
  for (let i = 0; i < index; i++) {
    const code = line.charCodeAt(i);
    // The low half of a surrogate pair was already counted with its high half.
    if (code < 0xdc00 || code > 0xdfff) column++;
  }
  return column;
}
