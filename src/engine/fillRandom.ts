/**
 * Fills `cells` with live cells at the given density (0..1) from a seeded generator
 * (mulberry32), so a random fill can be repeated from its seed.
 */
export function fillRandom(cells: Uint8Array, density: number, seed: number): void {
  let a = seed >>> 0;
  for (let i = 0; i < cells.length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    cells[i] = r < density ? 1 : 0;
  }
}
