import { type BitLayout, cellMask, rowsPerBlock } from "./BitLayout.ts";
import { wrapGhosts } from "./wrapGhosts.ts";

/**
 * One generation of a Life-like rule on a bit-sliced band, 32 cells per word (see
 * `BitLayout`); `leaves` comes from `ruleLeaves`. Reads `src`, its halo rows -1 and `height`
 * included (the caller fills them), and writes rows 0..height-1 of `dst` (never the same array).
 * `wrap` says whether columns wrap around (a torus): then the ghosts of `dst` are filled.
 *
 * It walks down one column of words at a time, a block of `blockRows` rows at a time (see
 * `ROW_BLOCK_BYTES`), keeping the previous two rows' horizontal sums in locals, so each row's
 * shifts and adders are done once and nothing is allocated:
 *  1. for each row, west and east neighbours by shifting in the bits of the words either side;
 *     W ^ E and W & E are the 2-bit sum of a row's side cells (the middle row's part), and
 *     adding the centre gives the 3-cell sum (the part of the rows above and below);
 *  2. the three parts are added with full adders into the 4-bit count n3 n2 n1 n0;
 *  3. the rule's leaves are selected by the count bits (a multiplexer tree) and masked so that
 *     padding never comes alive, whatever the rule (B0 included).
 */
export function stepBits(
  src: Int32Array,
  dst: Int32Array,
  layout: BitLayout,
  leaves: Int32Array,
  wrap: boolean,
  blockRows = rowsPerBlock(layout),
): void {
  const { width, height, rowWords, stride, firstRow } = layout;
  const k0 = leaves[0] as number;
  const d0 = leaves[1] as number;
  const k1 = leaves[2] as number;
  const d1 = leaves[3] as number;
  const k2 = leaves[4] as number;
  const d2 = leaves[5] as number;
  const k3 = leaves[6] as number;
  const d3 = leaves[7] as number;
  const k4 = leaves[8] as number;
  const d4 = leaves[9] as number;
  const k5 = leaves[10] as number;
  const d5 = leaves[11] as number;
  const k6 = leaves[12] as number;
  const d6 = leaves[13] as number;
  const k7 = leaves[14] as number;
  const d7 = leaves[15] as number;
  const k8 = leaves[16] as number;
  const d8 = leaves[17] as number;

  // Rows [from, to) of dst, from rows from-1..to of src.
  for (
    let from = 0, to = Math.min(height, blockRows);
    from < height;
    from = to, to = Math.min(height, to + blockRows)
  ) {
    for (let k = 0; k < rowWords; k++) {
      const mask = cellMask(width, k);
      // Sums of the row above (up) and of the current row (mid); the new row read is down.
      let up0 = 0;
      let up1 = 0;
      let mid0 = 0;
      let mid1 = 0;
      let side0 = 0;
      let side1 = 0;
      let centre = 0;
      // Input rows from-1..to (the halos at the band's ends); output row j-1 is ready once row j
      // has been read.
      for (let j = from - 1, i = firstRow + j * stride + k; j <= to; j++, i += stride) {
        const c = src[i] as number;
        const w = (c << 1) | ((src[i - 1] as number) >>> 31);
        const e = (c >>> 1) | ((src[i + 1] as number) << 31);
        const sideSum = w ^ e;
        const sideCarry = w & e;
        const down0 = sideSum ^ c;
        const down1 = sideCarry | (sideSum & c);

        if (j > from) {
          // ones: up0 + side0 + down0
          const t0 = up0 ^ side0;
          const n0 = t0 ^ down0;
          const carry0 = (up0 & side0) | (t0 & down0);
          // twos: up1 + side1 + down1 + carry0
          const t1 = up1 ^ side1;
          const u1 = t1 ^ down1;
          const carry1 = (up1 & side1) | (t1 & down1);
          const n1 = u1 ^ carry0;
          const carry2 = u1 & carry0;
          // fours and eight: carry1 + carry2
          const n2 = carry1 ^ carry2;
          const n3 = carry1 & carry2;

          const s = centre;
          const l0 = k0 ^ (d0 & s);
          const l1 = k1 ^ (d1 & s);
          const l2 = k2 ^ (d2 & s);
          const l3 = k3 ^ (d3 & s);
          const l4 = k4 ^ (d4 & s);
          const l5 = k5 ^ (d5 & s);
          const l6 = k6 ^ (d6 & s);
          const l7 = k7 ^ (d7 & s);
          const l8 = k8 ^ (d8 & s);
          const m01 = l0 ^ ((l0 ^ l1) & n0);
          const m23 = l2 ^ ((l2 ^ l3) & n0);
          const m45 = l4 ^ ((l4 ^ l5) & n0);
          const m67 = l6 ^ ((l6 ^ l7) & n0);
          const m03 = m01 ^ ((m01 ^ m23) & n1);
          const m47 = m45 ^ ((m45 ^ m67) & n1);
          const m07 = m03 ^ ((m03 ^ m47) & n2);
          const next = m07 ^ ((m07 ^ l8) & n3);
          dst[firstRow + (j - 1) * stride + k] = next & mask;
        }

        up0 = mid0;
        up1 = mid1;
        mid0 = down0;
        mid1 = down1;
        side0 = sideSum;
        side1 = sideCarry;
        centre = c;
      }
    }
  }
  if (wrap) wrapGhosts(dst, layout);
}
