import { describe, expect, it } from "vitest";
import { createRandom } from "../../engine/createRandom.ts";
import { parsePattern } from "../../formats/parsePattern.ts";
import type { LibraryPattern } from "../../patterns/LibraryPattern.ts";
import { PATTERN_LIBRARY } from "../../patterns/patternLibrary.ts";
import { parseRule } from "../../rules/parseRule.ts";
import type { Space } from "../Universe.ts";
import { describeIdentify } from "./describeIdentify.ts";
import { formatSpeed } from "./formatSpeed.ts";
import { identifyCells } from "./identifyCells.ts";

/** A library pattern's cells as (x, y) pairs and states, moved by (dx, dy) and transformed. */
function cellsOf(
  item: LibraryPattern,
  place: { dx?: number; dy?: number; transform?: number } = {},
): { cells: Float64Array; states: Uint8Array } {
  const pattern = parsePattern(item.rle);
  const cells: number[] = [];
  const states: number[] = [];
  for (let y = 0; y < pattern.height; y++) {
    for (let x = 0; x < pattern.width; x++) {
      const state = pattern.cells[y * pattern.width + x] ?? 0;
      if (state === 0) continue;
      const [tx, ty] = transformed(x, y, place.transform ?? 0);
      cells.push(tx + (place.dx ?? 0), ty + (place.dy ?? 0));
      states.push(state);
    }
  }
  return { cells: Float64Array.from(cells), states: Uint8Array.from(states) };
}

/** One of the square's eight symmetries: 0 to 3 quarter turns, then a mirror from 4 on. */
function transformed(x: number, y: number, transform: number): [number, number] {
  let [tx, ty] = [x, y];
  for (let turn = 0; turn < transform % 4; turn++) [tx, ty] = [-ty, tx];
  return transform >= 4 ? [0 - tx, ty + 0] : [tx + 0, ty + 0];
}

function identifyItem(
  item: LibraryPattern,
  place: { dx?: number; dy?: number; transform?: number } = {},
  limit?: number,
  space: Space = { kind: "infinite" },
) {
  const rule = parseRule(item.rule).rule;
  return identifyCells({ space, rule, ...cellsOf(item, place) }, limit ? { limit } : {});
}

const entry = (id: string): LibraryPattern => {
  const found = PATTERN_LIBRARY.find((item) => item.id === id);
  if (!found) throw new Error(`no library pattern ${id}`);
  return found;
};

/** Every library pattern with a period that is not a gun or puffer: still lifes, oscillators, ships. */
const periodic = PATTERN_LIBRARY.filter(
  (item) => item.period !== undefined && item.category !== "gun" && item.category !== "puffer",
);

describe("identify", () => {
  it.each(periodic.map((item) => [item.id, item]))(
    "identifies %s with its known period and speed",
    (_id, item) => {
      const result = identifyItem(item as LibraryPattern);
      const { period, displacement } = item as LibraryPattern;
      expect(result.period).toBe(period);
      expect(result.startsAt).toBe(0);
      if (displacement) {
        expect(result.kind).toBe("spaceship");
        expect(result.displacement).toEqual(displacement);
        expect(result.speed).toBe(formatSpeed(period as number, displacement.dx, displacement.dy));
      } else {
        expect(result.kind).toBe(period === 1 ? "still life" : "oscillator");
        expect(result.displacement).toBeUndefined();
      }
    },
  );

  it("names each of them from the library in another phase, orientation and place", () => {
    for (const [n, item] of periodic.entries()) {
      // Hexagonal rules are not symmetric under the square's quarter turns.
      const transform = item.rule.endsWith("H") ? 0 : n % 8;
      const result = identifyItem(item, { dx: 3 * n, dy: -5 * n, transform });
      expect(result.name, item.id).toBe(item.name);
    }
  });

  it("names nothing the library lacks", () => {
    // The pi-heptomino settles into blinkers and blocks far apart: no one library object.
    expect(identifyItem(entry("pi-heptomino")).name).toBeUndefined();
  });

  it("gives a pattern's translates, rotations and reflections the same answer (seeded)", () => {
    // Hexagonal rules are not symmetric under the square's quarter turns.
    const candidates = periodic.filter((item) => !item.rule.endsWith("H") && item.id !== "bosco");
    for (let trial = 0; trial < 40; trial++) {
      const seed = 7100 + trial;
      const random = createRandom(seed);
      const item = candidates[Math.floor(random() * candidates.length)] as LibraryPattern;
      const place = {
        dx: Math.floor(random() * 2000) - 1000,
        dy: Math.floor(random() * 2000) - 1000,
        transform: Math.floor(random() * 8),
      };
      const plain = identifyItem(item);
      const moved = identifyItem(item, place);
      const why = `seed ${seed}: ${item.id} moved ${JSON.stringify(place)}`;
      expect(moved.kind, why).toBe(plain.kind);
      expect(moved.period, why).toBe(plain.period);
      expect(moved.speed, why).toBe(plain.speed);
      expect(moved.population, why).toEqual(plain.population);
      expect(moved.heat, why).toBe(plain.heat);
      expect(moved.cells?.rotor, why).toBe(plain.cells?.rotor);
      expect(moved.cells?.stator, why).toBe(plain.cells?.stator);
      if (plain.displacement) {
        const { dx, dy } = plain.displacement;
        const [tx, ty] = transformed(dx, dy, place.transform);
        expect(moved.displacement, why).toEqual({ dx: tx, dy: ty });
      }
    }
  });

  it("maps a blinker's cells: four of period 2 (rotor) and its centre of period 1 (stator)", () => {
    const result = identifyItem(entry("blinker"), { dx: 10, dy: 20 });
    expect(describeIdentify(result)).toBe("Oscillator, period 2");
    expect(result.heat).toBe(4);
    expect(result.population).toEqual({ min: 3, max: 3, average: 3 });
    expect(result.periodBox).toEqual({ width: 3, height: 3 });
    const cells = result.cells;
    expect(cells?.box).toEqual({ x: 10, y: 19, width: 3, height: 3 });
    expect(cells?.rotor).toBe(4);
    expect(cells?.stator).toBe(1);
    expect(cells?.counts).toEqual([
      [1, 1],
      [2, 4],
    ]);
    expect(cells?.volatility).toBeCloseTo(0.8);
    expect(cells?.strictVolatility).toBeCloseTo(0.8);
    // Row by row: the corners are never alive.
    expect([...(cells?.periods ?? [])]).toEqual([0, 2, 0, 2, 1, 2, 0, 2, 0]);
  });

  it("finds the pentadecathlon's period 15 and a heat of 22.4, as LifeWiki gives them", () => {
    const result = identifyItem(entry("pentadecathlon"));
    expect(describeIdentify(result)).toBe("Oscillator, period 15");
    expect(result.heat).toBeCloseTo(22.4);
    // Its cells have periods 15 and divisors of it only.
    for (const [period] of result.cells?.counts ?? []) expect(15 % period).toBe(0);
  });

  it("names a glider and a lightweight spaceship with their speeds", () => {
    expect(describeIdentify(identifyItem(entry("glider")))).toBe(
      "Spaceship, period 4, c/4 diagonal",
    );
    expect(describeIdentify(identifyItem(entry("lwss")))).toBe(
      "Spaceship, period 4, c/2 orthogonal",
    );
    expect(describeIdentify(identifyItem(entry("block")))).toBe("Still life");
  });

  it("finds the Gosper gun's period and the glider it emits every 30 generations", () => {
    const result = identifyItem(entry("gosper-glider-gun"));
    expect(result.kind).toBe("gun");
    expect(result.period).toBe(30);
    expect(result.emits?.growth).toBe(5);
    expect(result.emits?.object.kind).toBe("spaceship");
    expect(result.emits?.object.period).toBe(4);
    expect(result.emits?.object.population).toEqual({ min: 5, max: 5, average: 5 });
    expect(result.emits?.object.name).toBe("Glider");
    expect(describeIdentify(result)).toBe(
      "Gun, period 30, emits a glider (c/4 diagonal) every 30 generations",
    );
  });

  it("finds the Simkin gun's period of 120", () => {
    const result = identifyItem(entry("simkin-glider-gun"));
    expect(result.kind).toBe("gun");
    expect(result.period).toBe(120);
    expect(result.emits?.object.speed).toBe("c/4 diagonal");
  });

  it("says a puffer grows steadily and is not periodic", () => {
    const result = identifyItem(entry("blinker-puffer-1"), {}, 1000);
    expect(result.kind).toBe("growing");
    expect(result.growth?.period).toBe(8);
    expect(result.growth?.cells).toBeGreaterThan(0);
  });

  it("finds no period in the R-pentomino within a small limit", () => {
    const result = identifyItem(entry("r-pentomino"), {}, 200);
    expect(result.kind).toBe("not periodic");
    expect(result.generations).toBe(200);
    expect(describeIdentify(result)).toBe("Not periodic within 200 generations");
  });

  it("finds a methuselah's final cycle and when it starts", () => {
    const result = identifyItem(entry("pi-heptomino"));
    expect(result.kind).toBe("oscillator");
    expect(result.period).toBe(2);
    expect(result.startsAt).toBeGreaterThan(100);
  });

  it("stops a pattern that outgrows what it can follow", () => {
    const result = identifyItem(entry("replicator-rule-r-pentomino"));
    expect(result.kind).toBe("not periodic");
    expect(result.outgrew).toBeGreaterThan(20_000);
  });

  it("says when a pattern dies out, and that nothing is empty", () => {
    const diehard = identifyItem(entry("diehard"));
    expect(diehard.kind).toBe("empty");
    expect(diehard.diesAt).toBe(130);
    const rule = parseRule("B3/S23").rule;
    const nothing = identifyCells({ space: { kind: "infinite" }, rule, cells: new Float64Array() });
    expect(describeIdentify(nothing)).toBe("Empty: no live cells");
  });

  it("identifies a glider on a torus across its edges, the nearest way round", () => {
    const torus: Space = { kind: "torus", width: 16, height: 12 };
    // Straddling the corner at the start.
    const result = identifyItem(entry("glider"), { dx: 14, dy: 11 }, undefined, torus);
    expect(result.kind).toBe("spaceship");
    expect(result.displacement).toEqual({ dx: 1, dy: 1 });
    expect(result.wraps).toBe(true);
    expect(describeIdentify(result)).toBe("Spaceship, period 4, c/4 diagonal (on a torus)");
  });

  it("follows LifeHistory's live cells, not the history they leave", () => {
    const result = identifyItem(entry("lifehistory-glider"));
    expect(result.speed).toBe("c/4 diagonal");
  });
});

describe("formatSpeed", () => {
  it("writes speeds as LifeWiki does", () => {
    expect(formatSpeed(4, 1, 1)).toBe("c/4 diagonal");
    expect(formatSpeed(4, -2, 0)).toBe("c/2 orthogonal");
    expect(formatSpeed(5, 0, 2)).toBe("2c/5 orthogonal");
    expect(formatSpeed(1, 1, 0)).toBe("c orthogonal");
    expect(formatSpeed(40, 0, 20)).toBe("c/2 orthogonal");
    expect(formatSpeed(6, 2, -1)).toBe("(2,1)c/6");
    expect(formatSpeed(6, 1, 2)).toBe("(2,1)c/6");
  });
});
