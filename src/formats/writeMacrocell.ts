import { isMacrocellLeaf, type Macrocell } from "./Macrocell.ts";

/** The header this app writes: Golly reads any first line that starts with `[`. */
export const MACROCELL_WRITER_HEADER = "[M2] (coroutine-life)";

/**
 * Writes a macrocell file as Golly's hlifealgo does: the `[M2]` line, `#R` rule, `#G` generation
 * when it is not 0, the comments, then one line per node in the order given (children first):
 * 8x8 leaves as rows of `.` and `*` each ended by `$`, without trailing dead cells or trailing
 * empty rows, and larger nodes as `level nw ne sw se`. The text ends with a newline. Leaves must
 * be level 3 (as in Golly's own files).
 */
export function writeMacrocell(macrocell: Macrocell): string {
  const lines = [MACROCELL_WRITER_HEADER];
  if (macrocell.rule !== undefined) lines.push(`#R ${macrocell.rule}`);
  if (macrocell.generation > 0n) lines.push(`#G ${macrocell.generation}`);
  for (const comment of macrocell.comments) {
    lines.push(comment.text === "" ? `#${comment.kind}` : `#${comment.kind} ${comment.text}`);
  }
  for (const node of macrocell.nodes) {
    if (!isMacrocellLeaf(node)) {
      lines.push(`${node.level} ${node.nw} ${node.ne} ${node.sw} ${node.se}`);
      continue;
    }
    if (node.level !== 3)
      throw new RangeError(`writeMacrocell writes 8x8 leaves, not level ${node.level}`);
    let lastRow = node.rows.length - 1;
    while (lastRow >= 0 && node.rows[lastRow] === 0) lastRow--;
    let text = "";
    for (let y = 0; y <= lastRow; y++) {
      const row = node.rows[y] as number;
      for (let x = 0; row >> x !== 0; x++) text += (row >> x) & 1 ? "*" : ".";
      text += "$";
    }
    lines.push(text === "" ? "$" : text); // an empty leaf still needs its line, to keep the numbering
  }
  return `${lines.join("\n")}\n`;
}
