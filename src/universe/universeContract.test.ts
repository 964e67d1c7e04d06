import { describe, expect, it } from "vitest";
import { createRandom } from "../engine/createRandom.ts";
import type { Rule } from "../rules/Rule.ts";
import { lifeLike } from "../rules/Rule.ts";
import { autoEngine, createUniverse, ENGINES_FOR } from "./createUniverse.ts";
import type { EngineName, Space, Universe } from "./Universe.ts";

/**
 * Every engine of every space keeps the Universe contract, and every engine of the infinite
 * plane equals the coroutine interpreter on a bounded plane padded so the pattern never
 * reaches its edge. New engines join by being listed in ENGINES_FOR.
 */

const LIFE: Rule = lifeLike(1 << 3, (1 << 2) | (1 << 3));
const GLIDER: readonly (readonly [number, number])[] = [
  [1, 0],
  [2, 1],
  [0, 2],
  [1, 2],
  [2, 2],
];

function liveCells(universe: Universe): string[] {
  return [...universe.cells()].map(([x, y, state]) => `${x},${y}:${state}`);
}

/** A random rule without B0 (birth bit 0 clear), so it runs on the infinite plane. */
function randomRule(random: () => number): Rule {
  return lifeLike(Math.floor(random() * 512) & ~1, Math.floor(random() * 512));
}

const infiniteEngines = ENGINES_FOR.infinite;

describe.each(infiniteEngines)("the %s engine on the infinite plane", (engine: EngineName) => {
  const space: Space = { kind: "infinite" };

  it("equals the coroutine interpreter on a padded bounded plane for seeded random patterns and rules", () => {
    const generations = 12;
    const pad = generations + 2;
    for (let trial = 0; trial < 30; trial++) {
      const seed = 1000 + trial;
      const random = createRandom(seed);
      const rule = randomRule(random);
      const size = 4 + Math.floor(random() * 10);
      const universe = createUniverse({ space, rule, engine });
      const reference = createUniverse({
        space: { kind: "plane", width: size + 2 * pad, height: size + 2 * pad },
        rule,
        engine: "coroutine",
      });
      const originX = -7 + Math.floor(random() * 15);
      const originY = -7 + Math.floor(random() * 15);
      for (let y = 0; y < size; y++) {
        for (let x = 0; x < size; x++) {
          if (random() < 0.4) {
            universe.set(originX + x, originY + y, 1);
            reference.set(pad + x, pad + y, 1);
          }
        }
      }
      for (let g = 1; g <= generations; g++) {
        universe.step(1n);
        reference.step(1n);
        const expected = [...reference.cells()].map(
          ([x, y, s]) => `${x - pad + originX},${y - pad + originY}:${s}`,
        );
        expect(liveCells(universe), `seed ${seed}, generation ${g}`).toEqual(expected);
        expect(universe.population(), `seed ${seed}`).toBe(reference.population());
      }
      expect(universe.generation).toBe(BigInt(generations));
    }
  });

  it("lets a glider fly far past any grid's edge", () => {
    const universe = createUniverse({ space, rule: LIFE, engine });
    for (const [x, y] of GLIDER) universe.set(x, y, 1);
    universe.step(400n);
    expect(universe.population()).toBe(5n);
    expect(universe.bounds()).toEqual({ x: 100, y: 100, width: 3, height: 3 });
  });

  it("refuses B0 rules with a reason", () => {
    expect(() => createUniverse({ space, rule: lifeLike(1, 0), engine })).toThrow(
      /B0.*infinite plane/,
    );
  });

  it("refuses states it cannot hold", () => {
    const universe = createUniverse({ space, rule: LIFE, engine });
    expect(() => universe.set(0, 0, 2)).toThrow(RangeError);
  });

  it("restores a snapshot exactly, generation included", () => {
    const universe = createUniverse({ space, rule: LIFE, engine });
    for (const [x, y] of GLIDER) universe.set(x - 50, y + 70, 1);
    const before = liveCells(universe);
    const snapshot = universe.snapshot();
    universe.step(9n);
    expect(liveCells(universe)).not.toEqual(before);
    universe.restore(snapshot);
    expect(liveCells(universe)).toEqual(before);
    expect(universe.generation).toBe(0n);
    expect(snapshot.population).toBe(5n);
  });

  it("draws density pictures that count every live cell once", () => {
    const universe = createUniverse({ space, rule: LIFE, engine });
    for (const [x, y] of GLIDER) universe.set(x + 3, y - 2, 1);
    const cellScale = universe.picture({ x: 0, y: -4, width: 8, height: 8 }, 0);
    expect(cellScale.width).toBe(8);
    expect([...cellScale.pixels].filter((p) => p === 255)).toHaveLength(5);
    expect(cellScale.pixels[(0 - -4 - 2 + 0) * 8 + 4]).toBe(255); // (4, -2) is the glider's top cell
    const zoomedOut = universe.picture({ x: 0, y: -4, width: 8, height: 8 }, 3);
    expect(zoomedOut.width).toBe(1);
    // 5 of 64 cells, rounded up so that one cell never vanishes.
    expect(zoomedOut.pixels[0]).toBe(Math.ceil((5 * 255) / 64));
  });
});

describe.each(["fast", "coroutine"] as const)("the %s engine on bounded grids", (engine) => {
  it("wraps a glider round a torus and back to where it started", () => {
    const universe = createUniverse({
      space: { kind: "torus", width: 8, height: 6 },
      rule: LIFE,
      engine,
    });
    for (const [x, y] of GLIDER) universe.set(x, y, 1);
    const start = liveCells(universe);
    // A glider moves one cell diagonally every 4 generations; 24 = lcm(8, 6) cells brings it home.
    universe.step(4n * 24n);
    expect(liveCells(universe)).toEqual(start);
    universe.set(-1, -1, 1);
    expect(universe.get(7, 5)).toBe(1);
  });

  it("loses a glider off the edge of a bounded plane", () => {
    const universe = createUniverse({
      space: { kind: "plane", width: 8, height: 8 },
      rule: LIFE,
      engine,
    });
    for (const [x, y] of GLIDER) universe.set(x, y, 1);
    universe.step(60n);
    universe.set(9, 9, 1);
    expect(universe.population()).toBeLessThan(5n);
    expect(universe.get(9, 9)).toBe(0);
  });

  it.each(["torus", "plane"] as const)(
    "draws density pictures of seeded random %s grids at scales 0-4 as a direct count says, rects past the edges included",
    (kind) => {
      for (let trial = 0; trial < 6; trial++) {
        const seed = 3300 + trial;
        const random = createRandom(seed);
        const width = 20 + Math.floor(random() * 60);
        const height = 10 + Math.floor(random() * 40);
        const universe = createUniverse({ space: { kind, width, height }, rule: LIFE, engine });
        const alive = new Set<string>();
        for (let i = 0; i < width * height * 0.4; i++) {
          const x = Math.floor(random() * width);
          const y = Math.floor(random() * height);
          universe.set(x, y, 1);
          alive.add(`${x},${y}`);
        }
        for (let scale = 0; scale <= 4; scale++) {
          const side = 2 ** scale;
          const rect = {
            x: Math.floor(random() * (width + 20)) - 10,
            y: Math.floor(random() * (height + 20)) - 10,
            width: 1 + Math.floor(random() * width),
            height: 1 + Math.floor(random() * height),
          };
          const picture = universe.picture(rect, scale);
          const expected: number[] = [];
          for (let j = 0; j < Math.ceil(rect.height / side); j++) {
            for (let i = 0; i < Math.ceil(rect.width / side); i++) {
              let count = 0;
              for (let y = rect.y + j * side; y < rect.y + (j + 1) * side; y++) {
                for (let x = rect.x + i * side; x < rect.x + (i + 1) * side; x++) {
                  if (alive.has(`${x},${y}`)) count++;
                }
              }
              const area = side * side;
              expected.push(
                count === 0
                  ? 0
                  : count === area
                    ? 255
                    : Math.min(254, Math.ceil((count * 255) / area)),
              );
            }
          }
          expect([...picture.pixels], `seed ${seed}, scale ${scale}`).toEqual(expected);
        }
      }
    },
  );

  it("restores a snapshot after edits and steps", () => {
    const universe = createUniverse({
      space: { kind: "torus", width: 10, height: 10 },
      rule: LIFE,
      engine,
    });
    for (const [x, y] of GLIDER) universe.set(x, y, 1);
    const snapshot = universe.snapshot();
    universe.step(5n);
    universe.set(9, 9, 1);
    universe.restore(snapshot);
    // The glider as GLIDER lists it, in row order.
    expect(liveCells(universe)).toEqual(["1,0:1", "2,1:1", "0,2:1", "1,2:1", "2,2:1"]);
    expect(universe.generation).toBe(0n);
  });
});

describe("createUniverse", () => {
  it("names the engines a space runs on when asked for one it does not", () => {
    expect(() =>
      createUniverse({ space: { kind: "infinite" }, rule: LIFE, engine: "fast" }),
    ).toThrow(/does not run the infinite plane/);
  });
});

describe("autoEngine", () => {
  it("runs soups on tiles and everything else on the infinite plane on HashLife", () => {
    const infinite: Space = { kind: "infinite" };
    expect(autoEngine(infinite)).toBe("hashlife");
    // A 512x512 soup at half density.
    expect(autoEngine(infinite, { population: 131_072, area: 512 * 512 })).toBe("tiles");
    // A metapixel pattern: 10^8 cells, but sparse in its box.
    expect(autoEngine(infinite, { population: 1e8, area: 2 ** 36 })).toBe("hashlife");
    // A gun: dense but small.
    expect(autoEngine(infinite, { population: 36, area: 36 * 9 })).toBe("hashlife");
    expect(autoEngine({ kind: "torus", width: 9, height: 9 })).toBe("fast");
  });
});
