/**
 * A neighbourhood spelt out in a Larger than Life rulestring, read as Golly reads it
 * (ltlalgo.cpp `read_custom`, `read_weighted`): the weight of each cell of the (2r+1)²
 * square, row by row, west to east; `stateWeights` when given; and the grid it is drawn on.
 */
export interface SpelledCells {
  /** (2r+1)² weights, the centre's included (0 for `N@`, whose centre counts only when M1). */
  readonly weights: Int32Array;
  /** One weight a state (`NW…,<digits>`), or absent: only state 1 counts. */
  readonly stateWeights?: Int32Array;
  /** `H` draws on the hexagonal grid (no change to the count); `L` flips on alternate cells. */
  readonly grid: "square" | "hexagonal" | "triangular";
  /** How many characters of the text the neighbourhood takes. */
  readonly length: number;
}

const HEX = "0123456789ABCDEF";

/** The hex digit at `i`, or -1 (past the end too). */
function hexAt(text: string, i: number): number {
  const char = text.charAt(i).toUpperCase();
  return char === "" ? -1 : HEX.indexOf(char);
}

/** The grid suffix at `i`, and the text's length through it. */
function readGrid(text: string, i: number): Pick<SpelledCells, "grid" | "length"> {
  const letter = text.charAt(i).toUpperCase();
  if (letter === "H") return { grid: "hexagonal", length: i + 1 };
  if (letter === "L") return { grid: "triangular", length: i + 1 };
  return { grid: "square", length: i };
}

/**
 * `N@`'s digits at range `r`: r(r+1) hex digits, a bit a cell of the square without its centre
 * (the high bit first), then `H` or `L`; or why not.
 */
export function readCustomCells(text: string, r: number): SpelledCells | string {
  const digits = r * (r + 1);
  if (text.length < digits) {
    return `a custom neighbourhood of range ${r} takes ${digits} hex digits, not ${text.length}`;
  }
  const side = 2 * r + 1;
  const weights = new Int32Array(side * side);
  const centre = (side * side - 1) / 2;
  for (let i = 0; i < digits; i++) {
    const value = hexAt(text, i);
    if (value < 0) return `"${text.charAt(i)}" is not a hex digit of the custom neighbourhood`;
    for (let bit = 0; bit < 4; bit++) {
      const cell = 4 * i + bit;
      weights[cell >= centre ? cell + 1 : cell] = (value >> (3 - bit)) & 1;
    }
  }
  return { weights, ...readGrid(text, digits) };
}

/**
 * `NW`'s weights at range `r` for a rule of `states` states: one hex digit a cell of the
 * (2r+1)² square (8 to F are 0 to -7) or two (80 to FF are 0 to -127), then optionally a comma
 * and one hex digit a state (0 to 15), then `H` or `L`; or why not.
 */
export function readWeightedCells(text: string, r: number, states: number): SpelledCells | string {
  const cells = (2 * r + 1) ** 2;
  let digits = 0;
  while (digits < 2 * cells && hexAt(text, digits) >= 0) digits++;
  if (digits !== cells && digits !== 2 * cells) {
    return `a weighted neighbourhood of range ${r} takes ${cells} or ${2 * cells} hex digits, not ${digits}`;
  }
  const weights = new Int32Array(cells);
  const wide = digits === 2 * cells;
  for (let i = 0; i < cells; i++) {
    const value = wide ? (hexAt(text, 2 * i) << 4) | hexAt(text, 2 * i + 1) : hexAt(text, i);
    const sign = wide ? 0x80 : 0x8;
    weights[i] = value & sign ? -(value & (sign - 1)) : value;
  }
  let end = digits;
  let stateWeights: Int32Array | undefined;
  if (text.charAt(end) === ",") {
    const start = end + 1;
    end = start;
    while (end < text.length && hexAt(text, end) >= 0) end++;
    const wanted = Math.max(states, 2);
    if (end - start !== wanted) {
      return `a rule of ${wanted} states takes ${wanted} state weights, not ${end - start}`;
    }
    stateWeights = new Int32Array(256);
    for (let s = 0; s < wanted; s++) stateWeights[s] = hexAt(text, start + s);
  }
  return { weights, ...(stateWeights && { stateWeights }), ...readGrid(text, end) };
}
