import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import { type BitLayout, cellMask, createBitLayout } from "./BitLayout.ts";
import { packBits } from "./packBits.ts";
import { ruleLeaves } from "./ruleLeaves.ts";
import { stepBits } from "./stepBits.ts";

/** Every word that is not a cell, as [index, value, what it should be]. */
function wrongSpareBits(words: Int32Array, layout: BitLayout, torus: boolean): string[] {
  const { width, height, rowWords, stride, firstRow, totalWords } = layout;
  const wrong: string[] = [];
  const isCell = new Uint8Array(totalWords);
  for (let y = 0; y < height; y++) {
    const row = firstRow + y * stride;
    for (let k = 0; k < rowWords; k++) isCell[row + k] = 1;
    const bit = (x: number) => ((words[row + (x >> 5)] as number) >>> (x & 31)) & 1;
    const westGhost = (words[row - 1] as number) >>> 31;
    const eastGhost = bit(width);
    const want = torus ? [bit(width - 1), bit(0)] : [0, 0];
    if (westGhost !== want[0] || eastGhost !== want[1]) {
      wrong.push(`row ${y} ghosts ${westGhost},${eastGhost} want ${want}`);
    }
    for (let k = 0; k < rowWords; k++) {
      // Padding: every bit past the last cell but the east ghost, which was checked above.
      const ghost = k === width >> 5 ? 1 << (width & 31) : 0;
      const padding = (words[row + k] as number) & ~cellMask(width, k) & ~ghost;
      if (padding !== 0) wrong.push(`row ${y} word ${k} padding ${padding.toString(2)}`);
    }
  }
  for (let i = 0; i < totalWords; i++) {
    const ghostWord = (i - firstRow + 1) % stride === 0 || (i - firstRow) % stride === rowWords;
    if (!isCell[i] && !ghostWord && words[i] !== 0) wrong.push(`spare word ${i} = ${words[i]}`);
  }
  return wrong;
}

describe("stepBits", () => {
  it("keeps padding at 0 and ghosts wrapped, even when empty cells are born (B0)", () => {
    const seed = pickSeed();
    const random = createRandom(seed);
    const leaves = ruleLeaves({ birth: 0b1, survival: 0 }); // B0/S: everything flips
    for (const torus of [true, false]) {
      for (const [width, height] of [
        [1, 1],
        [31, 3],
        [33, 2],
        [64, 2],
        [100, 4],
      ] as const) {
        const layout = createBitLayout(width, height, 1);
        let src = new Int32Array(layout.totalWords);
        let dst = new Int32Array(layout.totalWords);
        const cells = Uint8Array.from({ length: width * height }, () => (random() < 0.5 ? 1 : 0));
        packBits(cells, src, layout, torus);
        for (let generation = 1; generation <= 4; generation++) {
          stepBits(src, dst, layout, leaves, torus);
          [src, dst] = [dst, src];
          const where = `seed ${seed}, ${torus ? "torus" : "plane"} ${width}x${height} gen ${generation}`;
          expect(wrongSpareBits(src, layout, torus), where).toEqual([]);
        }
      }
    }
  });
});
