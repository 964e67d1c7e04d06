/** The most positions a timeline slider has: past it (HashLife's runs) a position is many generations. */
export const MAX_POSITIONS = 2 ** 20;

/**
 * The timeline slider's scale over generations [first, newest]: one position a generation
 * while there are few enough to count exactly as numbers, else `MAX_POSITIONS` evenly spread
 * (a range input's value is a float; HashLife's generations pass 2^53).
 */
export function sliderScale(first: bigint, newest: bigint) {
  const span = newest > first ? newest - first : 0n;
  const positions = span <= BigInt(MAX_POSITIONS) ? Number(span) : MAX_POSITIONS;
  return {
    positions,
    /** The position nearest `generation`. */
    positionOf(generation: bigint): number {
      if (span === 0n || generation <= first) return 0;
      if (generation >= newest) return positions;
      return Number(((generation - first) * BigInt(positions)) / span);
    },
    /** The generation at `position`, exact at both ends. */
    generationAt(position: number): bigint {
      const at = Math.max(0, Math.min(positions, Math.round(position)));
      if (at === positions) return newest;
      if (positions === 0) return first;
      return first + (BigInt(at) * span) / BigInt(positions);
    },
  };
}
