import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { downsampleColumns, nearestPoint } from "./downsampleColumns.ts";
import { formatTick, logTicks, niceCeiling, niceTicks } from "./graphTicks.ts";
import { populationCsv } from "./populationCsv.ts";

const seed = pickSeed();
const where = `seed ${seed} (TEST_SEED=${seed})`;

/** A random series: increasing generations with random gaps, random populations. */
function randomSeries(random: () => number, length: number) {
  const generations = new Float64Array(length);
  const populations = new Float64Array(length);
  let g = Math.floor(random() * 100);
  for (let i = 0; i < length; i++) {
    g += 1 + Math.floor(random() * 4);
    generations[i] = g;
    populations[i] = Math.floor(random() * 1000);
  }
  return { generations, populations };
}

describe("downsampling a population series into pixel columns", () => {
  it("keeps each column's least, greatest, first and last population, as a plain scan does", () => {
    const random = createRandom(seed);
    for (let trial = 0; trial < 30; trial++) {
      const length = 1 + Math.floor(random() * 3000);
      const { generations, populations } = randomSeries(random, length);
      const lo = generations[0] as number;
      const hi = generations[length - 1] as number;
      const from = lo + Math.floor(random() * (hi - lo) * 0.3);
      const to = Math.max(from, hi - Math.floor(random() * (hi - lo) * 0.3));
      const count = 1 + Math.floor(random() * 400);
      const columns = downsampleColumns(generations, populations, length, from, to, count);
      // The plain scan: every point, its column by where it falls.
      const seen: number[][] = Array.from({ length: count }, () => []);
      let before = -1;
      let after = -1;
      for (let i = 0; i < length; i++) {
        const g = generations[i] as number;
        if (g < from) before = i;
        else if (g > to) {
          if (after < 0) after = i;
        } else {
          const column =
            to > from ? Math.min(count - 1, Math.floor(((g - from) / (to - from)) * count)) : 0;
          seen[column]?.push(populations[i] as number);
        }
      }
      const at = `${where}, trial ${trial}`;
      for (let c = 0; c < count; c++) {
        const values = seen[c] as number[];
        expect(columns.points[c], at).toBe(values.length);
        if (values.length === 0) continue;
        expect(columns.min[c], at).toBe(Math.min(...values));
        expect(columns.max[c], at).toBe(Math.max(...values));
        expect(columns.first[c], at).toBe(values[0]);
        expect(columns.last[c], at).toBe(values.at(-1));
      }
      expect(columns.before?.generation ?? -1, at).toBe(before < 0 ? -1 : generations[before]);
      expect(columns.after?.generation ?? -1, at).toBe(after < 0 ? -1 : generations[after]);
    }
  });

  it("keeps a one-point spike among a million points in 300 columns", () => {
    const length = 1_000_000;
    const generations = new Float64Array(length).map((_, i) => i);
    const populations = new Float64Array(length).fill(100);
    populations[777_777] = 5000;
    populations[123_456] = 1;
    const columns = downsampleColumns(generations, populations, length, 0, length - 1, 300);
    expect(Math.max(...columns.max)).toBe(5000);
    expect(Math.min(...columns.min)).toBe(1);
    expect(columns.points.reduce((a, b) => a + b, 0)).toBe(length);
  });

  it("finds the point nearest a generation", () => {
    const generations = Float64Array.from([0, 4, 10, 11]);
    expect([-5, 1, 2, 3, 7, 8, 10.4, 10.6, 50].map((g) => nearestPoint(generations, 4, g))).toEqual(
      [0, 0, 0, 1, 1, 2, 2, 3, 3],
    );
    expect(nearestPoint(generations, 0, 3)).toBe(-1);
  });
});

describe("the graph's axes", () => {
  it("ticks at round values covering the range, never finer than whole numbers", () => {
    expect(niceTicks(0, 1103, 5)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(13, 17, 10)).toEqual([13, 14, 15, 16, 17]);
    expect(niceCeiling(321)).toBe(350);
    expect(logTicks(1, 1e6, 4)).toEqual([1, 100, 1e4, 1e6]);
    expect(logTicks(1, 100, 6)).toEqual([1, 2, 5, 10, 20, 50, 100]);
    expect(["0", "9999", "12k", "1.5M", "2G", "1e18"]).toEqual(
      [0, 9999, 12_000, 1_500_000, 2e9, 1e18].map(formatTick),
    );
  });
});

describe("the population CSV", () => {
  it("writes a header and every point as generation,population, whole numbers exactly", () => {
    const generations = Float64Array.from([0, 1, 2 ** 60]);
    const populations = Float64Array.from([5, 6, 2 ** 54]);
    expect(populationCsv(generations, populations, 3).join("")).toBe(
      "generation,population\n0,5\n1,6\n1152921504606846976,18014398509481984\n",
    );
  });

  it("says first, as comments, how the points were kept", () => {
    const csv = populationCsv(Float64Array.from([0, 2]), Float64Array.from([3, 4]), 2, ["thinned"]);
    expect(csv.join("")).toBe("# thinned\ngeneration,population\n0,3\n2,4\n");
  });

  it("writes 200,000 rows in parts that join to one row a point", () => {
    const length = 200_000;
    const generations = new Float64Array(length).map((_, i) => i);
    const populations = new Float64Array(length).map((_, i) => (i * 31) % 977);
    const parts = populationCsv(generations, populations, length);
    expect(parts.length).toBeGreaterThan(2);
    const rows = parts.join("").trimEnd().split("\n");
    expect(rows.length).toBe(length + 1);
    expect(rows[12345 + 1]).toBe(`12345,${(12345 * 31) % 977}`);
  });
});
