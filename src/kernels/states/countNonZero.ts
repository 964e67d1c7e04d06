/**
 * How many bytes of `bytes` are not zero: a multi-state grid's population. Four bytes at a time
 * where the array is aligned (each byte folded to its lowest bit, then the four bits summed by a
 * multiply), about four times as fast as a byte at a time: the population graph counts a grid
 * every generation.
 */
export function countNonZero(bytes: Uint8Array): number {
  let count = 0;
  let i = 0;
  const length = bytes.length;
  // Bytes up to the first whole 32-bit word of the underlying buffer.
  while (i < length && (bytes.byteOffset + i) % 4 !== 0) {
    if (bytes[i] !== 0) count++;
    i++;
  }
  const words = Math.floor((length - i) / 4);
  if (words > 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
    for (let w = 0; w < words; w++) {
      let v = view[w] as number;
      v |= v >>> 4;
      v |= v >>> 2;
      v |= v >>> 1;
      count += Math.imul(v & 0x01010101, 0x01010101) >>> 24;
    }
    i += 4 * words;
  }
  for (; i < length; i++) if (bytes[i] !== 0) count++;
  return count;
}
