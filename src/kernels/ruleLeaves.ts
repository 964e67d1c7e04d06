import type { TotalisticMasks } from "./CompiledRule.ts";

/**
 * The rule as the bit-sliced kernels evaluate it: for each neighbour count n in 0..8, a pair
 * of whole-word constants (K, D) with K = -1 when an empty cell with n neighbours is born and
 * D = -1 when a live cell's fate differs from an empty one's. The next state of 32 (or 128)
 * cells with centre word s and n neighbours is then K ^ (D & s), which the kernels select by
 * the bits of the count. Laid out [K0, D0, K1, D1, ..., K8, D8].
 */
export function ruleLeaves({ birth, survival }: TotalisticMasks): Int32Array {
  const leaves = new Int32Array(18);
  for (let n = 0; n <= 8; n++) {
    const born = (birth >> n) & 1;
    const survives = (survival >> n) & 1;
    leaves[2 * n] = -born;
    leaves[2 * n + 1] = -(born ^ survives);
  }
  return leaves;
}
