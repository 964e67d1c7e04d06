import { describe, expect, it } from "vitest";
import { createRandomWords } from "../../engine/createRandom.ts";
import { countNonZero } from "./countNonZero.ts";

describe("countNonZero", () => {
  it("counts the non-zero bytes of any slice, aligned or not, as a byte-by-byte count does", () => {
    const seed = 0x5eed14;
    const random = createRandomWords(seed);
    const buffer = new Uint8Array(4099);
    // Every state from 0 to 255, half of the cells empty.
    for (let i = 0; i < buffer.length; i++) buffer[i] = random() % 2 ? 0 : random() % 256;
    for (let trial = 0; trial < 200; trial++) {
      const start = random() % 64;
      const end = start + (random() % (buffer.length - start));
      const slice = buffer.subarray(start, end);
      const expected = slice.reduce((n, state) => n + (state !== 0 ? 1 : 0), 0);
      expect(countNonZero(slice), `seed ${seed}, [${start}, ${end})`).toBe(expected);
    }
    expect(countNonZero(new Uint8Array([0x80, 0x01, 0, 0xff, 0x10]))).toBe(4);
    expect(countNonZero(new Uint8Array(0))).toBe(0);
  });
});
