import { LIVE_ONLY, type RangeCells } from "../engine/countInRange.ts";
import type { LargerThanLifeRule, RangeShape } from "./Rule.ts";
import { readCustomCells, readWeightedCells, type SpelledCells } from "./readSpelledCells.ts";

/** The shapes a cell of which is in or out, whatever the rulestring spells. */
type DrawnShape = Exclude<RangeShape, "gaussian" | "custom" | "weighted">;

/**
 * Whether the cell at (dy, dx) from the centre is in `shape` at range `r` (the centre aside),
 * as Golly's ltlalgo.cpp counts them; y grows downwards. `triangular` is the shape of a cell
 * where y + x is even (it reaches 2r along a row); the odd cells flip it vertically.
 */
function inShape(shape: DrawnShape, r: number, dy: number, dx: number): boolean {
  const ay = Math.abs(dy);
  const ax = Math.abs(dx);
  switch (shape) {
    case "moore":
      return true;
    case "vonNeumann":
      return ay + ax <= r;
    case "circular":
      return dy * dy + dx * dx <= r * r + r;
    case "euclidean":
      return dy * dy + dx * dx <= r * r;
    case "checkerboard":
      return ((dy + dx) & 1) === 1;
    case "alignedCheckerboard":
      return ((dy + dx) & 1) === 0;
    case "cross":
      return dy === 0 || dx === 0;
    case "saltire":
      return ay === ax;
    case "star":
      return dy === 0 || dx === 0 || ay === ax;
    case "hash":
      return ay === 1 || ax === 1;
    case "hexagonal":
      return Math.abs(dx - dy) <= r;
    case "asterisk":
      return dy === 0 || dx === 0 || dy === dx;
    case "tripod":
      return (dy < 0 && dx === 0) || (dy === 0 && dx < 0) || (dy > 0 && dx === dy);
    case "triangular":
      return dy < 0 ? ax <= 2 * r + 1 + dy : ax <= 2 * r - dy;
  }
}

/** How far a shape reaches along a row (the triangular grid's 2r) and along a column. */
export function reachOf(rule: Pick<LargerThanLifeRule, "range" | "shape">): {
  rows: number;
  columns: number;
} {
  return rule.shape === "triangular"
    ? { rows: rule.range, columns: 2 * rule.range }
    : { rows: rule.range, columns: rule.range };
}

interface Square {
  /** The weight of each cell of the (2c+1) x (2r+1) box, row-major; the centre's included. */
  readonly weights: Int32Array;
  readonly stateWeights?: Int32Array;
  readonly flips: boolean;
}

const known = new WeakMap<LargerThanLifeRule, RangeCells>();

/**
 * The neighbourhood of a Larger than Life rule: which cells a cell counts, with what weight,
 * and how much each state counts. The one definition that the cell coroutine reads and that
 * the kernels are compiled from. The middle cell counts once more with weight 1 when `middle`
 * (except for `weighted`, whose centre has its own weight, as in Golly). Kept per rule object.
 */
export function rangeCellsOf(rule: LargerThanLifeRule): RangeCells {
  const cached = known.get(rule);
  if (cached) return cached;
  const { weights, stateWeights, flips } = squareOf(rule);
  const { rows, columns } = reachOf(rule);
  const width = 2 * columns + 1;
  const middle = rule.middle && rule.shape !== "weighted" ? 1 : 0;
  const collect = (flip: boolean) => {
    const offsets: number[] = [];
    const ws: number[] = [];
    for (let dy = -rows; dy <= rows; dy++) {
      for (let dx = -columns; dx <= columns; dx++) {
        const from = flip ? -dy : dy;
        let weight = weights[(from + rows) * width + dx + columns] as number;
        if (dy === 0 && dx === 0) weight += middle;
        if (weight === 0) continue;
        offsets.push(dy, dx);
        ws.push(weight);
      }
    }
    return [Int32Array.from(offsets), Int32Array.from(ws)] as const;
  };
  const [even, evenWeights] = collect(false);
  const [odd, oddWeights] = flips ? collect(true) : [even, evenWeights];
  const cells: RangeCells = {
    range: Math.max(rows, columns),
    even,
    evenWeights,
    odd,
    oddWeights,
    stateWeights: stateWeights ?? LIVE_ONLY,
  };
  known.set(rule, cells);
  return cells;
}

/**
 * Golly's neighbourhood size (`max_neighbors`): the highest count the rule's cells can reach
 * without the middle cell, which bounds S and B (plus one for M1): the cells of an unweighted
 * shape, the sum of the positive weights otherwise, times the largest state weight.
 */
export function neighbourhoodSize(rule: LargerThanLifeRule): number {
  const { weights, stateWeights } = squareOf(rule);
  let most = 1;
  if (stateWeights) {
    most = 0;
    for (const weight of stateWeights) most = Math.max(most, weight);
  }
  let size = 0;
  for (const weight of weights) if (weight > 0) size += weight * most;
  return size;
}

/** The shape's weights over its box, before the middle cell and the triangular flip. */
function squareOf(rule: LargerThanLifeRule): Square {
  const { range: r, shape } = rule;
  if (shape === "custom" || shape === "weighted") {
    const spelled = spelledCellsOf(rule);
    return {
      weights: spelled.weights,
      ...(spelled.stateWeights && { stateWeights: spelled.stateWeights }),
      flips: spelled.grid === "triangular",
    };
  }
  const { rows, columns } = reachOf(rule);
  const width = 2 * columns + 1;
  const weights = new Int32Array((2 * rows + 1) * width);
  for (let dy = -rows; dy <= rows; dy++) {
    for (let dx = -columns; dx <= columns; dx++) {
      const at = (dy + rows) * width + dx + columns;
      if (shape === "gaussian") {
        // Golly's Gaussian weighs every cell of the square, the centre too.
        weights[at] = (r + 1 - Math.abs(dy)) * (r + 1 - Math.abs(dx));
      } else if ((dy !== 0 || dx !== 0) && inShape(shape, r, dy, dx)) {
        weights[at] = 1;
      }
    }
  }
  return { weights, flips: shape === "triangular" };
}

/** The spelt-out cells of a `custom` or `weighted` rule (checked when the rule was read). */
export function spelledCellsOf(rule: LargerThanLifeRule): SpelledCells {
  const text = rule.cells ?? "";
  const read =
    rule.shape === "custom"
      ? readCustomCells(text, rule.range)
      : readWeightedCells(text, rule.range, rule.states);
  if (typeof read === "string") throw new RangeError(`${read}: "${text}"`);
  return read;
}
