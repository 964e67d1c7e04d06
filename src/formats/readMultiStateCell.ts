/** A cell of a multi-state RLE body: its text (`D`, `pA`) and the state it stands for. */
export interface MultiStateCell {
  readonly text: string;
  readonly state: number;
}

const STATE_LETTERS = 24;
const A = 0x41;
const P = 0x70;

/**
 * The state a multi-state RLE cell names at `line[index]`, as Golly writes them: `A`..`X` are 1
 * to 24, and `p`..`y` before one of them add 24 each (`pA` 25, `yO` 255). Undefined when there is
 * no such cell there (a lone `p`, or any other character).
 */
export function readMultiStateCell(line: string, index: number): MultiStateCell | undefined {
  const code = line.charCodeAt(index);
  if (isStateLetter(code)) return { text: line.charAt(index), state: code - A + 1 };
  const next = line.charCodeAt(index + 1);
  if (code >= P && code <= P + 9 && isStateLetter(next)) {
    return {
      text: line.slice(index, index + 2),
      state: (code - P + 1) * STATE_LETTERS + next - A + 1,
    };
  }
  return undefined;
}

function isStateLetter(code: number): boolean {
  return code >= A && code < A + STATE_LETTERS;
}
