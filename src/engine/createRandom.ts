/**
 * mulberry32: a tiny seeded generator of 32-bit words. Random fills use the words whole (32
 * cells at a time); createRandom turns them into floats.
 */
export function createRandomWords(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/**
 * mulberry32 as floats in [0, 1). Random tests use it so that what they made can be made again
 * from the seed.
 */
export function createRandom(seed: number): () => number {
  const next = createRandomWords(seed);
  return () => next() / 4294967296;
}
