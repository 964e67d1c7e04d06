/** The index of the first character of `line` that is not a space, tab or control character. */
export function findContentStart(line: string): number {
  let index = 0;
  while (index < line.length && line.charCodeAt(index) <= 0x20) index++;
  return index;
}
