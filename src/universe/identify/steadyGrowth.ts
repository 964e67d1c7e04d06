/** The longest period of steady growth looked for, in generations. */
export const MAX_GROWTH_PERIOD = 512;

/**
 * Whether a population series ends in steady linear growth: the smallest period P (up to
 * MAX_GROWTH_PERIOD, and at most a quarter of the run) such that over the run's second half the
 * population rises by the same positive number of cells every P generations, as a gun's or a
 * puffer's does. Null when there is none (a soup, a breeder's faster growth, a settled pattern).
 */
export function steadyGrowth(
  populations: readonly number[],
): { period: number; cells: number } | null {
  const end = populations.length - 1;
  const from = Math.floor(end / 2);
  const at = (g: number) => populations[g] as number;
  for (let period = 1; period <= Math.min(MAX_GROWTH_PERIOD, Math.floor(end / 4)); period++) {
    const cells = at(end) - at(end - period);
    if (cells <= 0) continue;
    let steady = true;
    for (let g = end - 1; g - period >= from && steady; g--) {
      steady = at(g) - at(g - period) === cells;
    }
    if (steady) return { period, cells };
  }
  return null;
}
