import type { CompiledRangeRule } from "./CompiledRangeRule.ts";
import type { WeightClass } from "./weightedSums.ts";

/** A rectangle of offsets, rows dy0..dy1 and columns dx0..dx1 inclusive. */
export interface OffsetRectangle {
  readonly dy0: number;
  readonly dy1: number;
  readonly dx0: number;
  readonly dx1: number;
}

/**
 * How a range kernel adds up a cell's neighbourhood with the cell itself (the kernel counts the
 * centre and takes it off again through its table): as a diamond (|dy| + |dx| <= range, von
 * Neumann) from diagonal cone sums, or as rectangles of a summed-area table: one for the
 * square, and for any other shape a stack of them, each run of cells along a row joined with
 * the same run in the rows below it (the disc's outline, a cross's arms, a checkerboard's
 * cells one by one: four reads a rectangle a cell, so the cost grows with the range as Golly's
 * does for these shapes). `oddRectangles` is the stack of the cells where y + x is odd when
 * their neighbourhood differs (the triangular grid's flip). A weighted neighbourhood is a
 * stack for each weight, without the centre (`createWeightedSums`). A checkerboard of the
 * square (Golly's NB and ND) is one square on a summed-area table of one colour
 * (`createCheckerSums`).
 */
export type RangeSumPlan =
  | { readonly kind: "diamond"; readonly range: number }
  | {
      readonly kind: "rectangles";
      readonly range: number;
      readonly rectangles: readonly OffsetRectangle[];
      readonly oddRectangles?: readonly OffsetRectangle[];
    }
  | { readonly kind: "weighted"; readonly range: number; readonly classes: readonly WeightClass[] }
  | { readonly kind: "checker"; readonly range: number; readonly same: boolean };

/** The plan for a compiled rule's neighbourhood, or why no range kernel can sum it. */
export function planRangeSums(rule: CompiledRangeRule): RangeSumPlan | string {
  const { offsets, oddOffsets, range, weights } = rule;
  if (weights) {
    if (oddOffsets) return "a weighted neighbourhood flipped on alternate cells";
    return { kind: "weighted", range, classes: weightClasses(offsets, weights, range) };
  }
  const shape = shapeOf(offsets, range);
  if (!oddOffsets && range > 0 && isDiamond(shape, range)) return { kind: "diamond", range };
  for (const same of [false, true]) {
    if (!oddOffsets && range > 1 && isChecker(shape, range, same)) {
      return { kind: "checker", range, same };
    }
  }
  const rectangles = stackOf(shape, range);
  if (!oddOffsets) return { kind: "rectangles", range, rectangles };
  return {
    kind: "rectangles",
    range,
    rectangles,
    oddRectangles: stackOf(shapeOf(oddOffsets, range), range),
  };
}

/** The cells of each weight, the centre aside, as stacks of rectangles. */
function weightClasses(offsets: Int32Array, weights: Int32Array, range: number): WeightClass[] {
  const side = 2 * range + 1;
  const masks = new Map<number, Uint8Array>();
  for (let i = 0; i < weights.length; i++) {
    const weight = weights[i] as number;
    const mask = masks.get(weight) ?? new Uint8Array(side * side);
    masks.set(weight, mask);
    mask[((offsets[2 * i] as number) + range) * side + (offsets[2 * i + 1] as number) + range] = 1;
  }
  return [...masks].map(([weight, mask]) => ({ weight, rectangles: stackOf(mask, range) }));
}

/** The neighbourhood with its centre as a (2 range + 1)² mask. */
function shapeOf(offsets: Int32Array, range: number): Uint8Array {
  const side = 2 * range + 1;
  const shape = new Uint8Array(side * side);
  shape[range * side + range] = 1;
  for (let i = 0; i < offsets.length; i += 2) {
    shape[((offsets[i] as number) + range) * side + (offsets[i + 1] as number) + range] = 1;
  }
  return shape;
}

/** The mask's runs along each row, each joined with the same run in the rows above it. */
function stackOf(shape: Uint8Array, range: number): OffsetRectangle[] {
  const side = 2 * range + 1;
  const done: OffsetRectangle[] = [];
  /** Rectangles reaching the row above, by their columns. */
  let open = new Map<string, OffsetRectangle>();
  for (let dy = -range; dy <= range; dy++) {
    const row = shape.subarray((dy + range) * side, (dy + range + 1) * side);
    const next = new Map<string, OffsetRectangle>();
    for (let first = row.indexOf(1); first >= 0; ) {
      let last = first;
      while (last + 1 < side && row[last + 1] === 1) last++;
      const dx0 = first - range;
      const dx1 = last - range;
      const key = `${dx0},${dx1}`;
      const above = open.get(key);
      open.delete(key);
      next.set(key, above ? { ...above, dy1: dy } : { dy0: dy, dy1: dy, dx0, dx1 });
      first = row.indexOf(1, last + 1);
    }
    for (const rectangle of open.values()) done.push(rectangle);
    open = next;
  }
  for (const rectangle of open.values()) done.push(rectangle);
  return done.sort((a, b) => a.dy0 - b.dy0 || a.dx0 - b.dx0);
}
/**
 * Whether the mask is the square's cells of the centre's colour (`same`, Golly's ND), or of the
 * other colour with the centre (NB).
 */
function isChecker(shape: Uint8Array, range: number, same: boolean): boolean {
  const side = 2 * range + 1;
  for (let dy = -range; dy <= range; dy++) {
    for (let dx = -range; dx <= range; dx++) {
      const inside = (((dy + dx) & 1) === 0) === same || (dy === 0 && dx === 0) ? 1 : 0;
      if (shape[(dy + range) * side + dx + range] !== inside) return false;
    }
  }
  return true;
}

function isDiamond(shape: Uint8Array, range: number): boolean {
  const side = 2 * range + 1;
  for (let dy = -range; dy <= range; dy++) {
    for (let dx = -range; dx <= range; dx++) {
      const inside = Math.abs(dy) + Math.abs(dx) <= range ? 1 : 0;
      if (shape[(dy + range) * side + dx + range] !== inside) return false;
    }
  }
  return true;
}
