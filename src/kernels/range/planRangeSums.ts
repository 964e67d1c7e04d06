import type { CompiledRangeRule } from "./CompiledRangeRule.ts";

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
 * Neumann) from diagonal cone sums, or as rectangles of a summed-area table (one for the
 * square, a stack of them for a disc or any shape whose rows are unbroken runs).
 */
export type RangeSumPlan =
  | { readonly kind: "diamond"; readonly range: number }
  | {
      readonly kind: "rectangles";
      readonly range: number;
      readonly rectangles: readonly OffsetRectangle[];
    };

/** The plan for a compiled rule's neighbourhood, or why no range kernel can sum it. */
export function planRangeSums(rule: CompiledRangeRule): RangeSumPlan | string {
  const { offsets, range } = rule;
  const side = 2 * range + 1;
  const shape = new Uint8Array(side * side);
  shape[range * side + range] = 1;
  for (let i = 0; i < offsets.length; i += 2) {
    shape[((offsets[i] as number) + range) * side + (offsets[i + 1] as number) + range] = 1;
  }
  if (range > 0 && isDiamond(shape, range)) return { kind: "diamond", range };

  const rectangles: OffsetRectangle[] = [];
  for (let dy = -range; dy <= range; dy++) {
    const row = shape.subarray((dy + range) * side, (dy + range + 1) * side);
    const first = row.indexOf(1);
    if (first < 0) continue;
    const last = row.lastIndexOf(1);
    if (row.subarray(first, last + 1).includes(0)) {
      return `row ${dy} of the neighbourhood is not one run of cells`;
    }
    const dx0 = first - range;
    const dx1 = last - range;
    const above = rectangles[rectangles.length - 1];
    if (above && above.dy1 === dy - 1 && above.dx0 === dx0 && above.dx1 === dx1) {
      rectangles[rectangles.length - 1] = { ...above, dy1: dy };
    } else {
      rectangles.push({ dy0: dy, dy1: dy, dx0, dx1 });
    }
  }
  return { kind: "rectangles", range, rectangles };
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
