import { describe, expect, it } from "vitest";
import { createRandom } from "../../engine/createRandom.ts";
import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import { parseRule } from "../../rules/parseRule.ts";
import { compileRuleOf } from "../compileRuleOf.ts";
import type { CellRect, Universe } from "../Universe.ts";
import { createHashLife } from "./createHashLife.ts";
import type { HashLifeUniverse } from "./HashLifeUniverse.ts";

function compile(rule: string): CompiledRule {
  const compiled = compileRuleOf(parseRule(rule).rule);
  if (!compiled) throw new Error(`${rule} did not compile`);
  return compiled;
}

const life = compile("B3/S23");
const R_PENTOMINO: ReadonlyArray<readonly [number, number]> = [
  [1, 0],
  [2, 0],
  [0, 1],
  [1, 1],
  [1, 2],
];

function withCells(cells: ReadonlyArray<readonly [number, number]>, maxNodes?: number): Universe {
  const universe = createHashLife(life, maxNodes === undefined ? {} : { maxNodes });
  for (const [x, y] of cells) universe.set(x, y, 1);
  return universe;
}

function list(universe: Universe, rect?: CellRect): string[] {
  return [...universe.cells(rect)].map(([x, y, state]) => `${x},${y}:${state}`);
}

describe("HashLife universe", () => {
  it("is an infinite-plane hashlife universe at generation 0", () => {
    const universe = createHashLife(life);
    expect(universe.space).toEqual({ kind: "infinite" });
    expect(universe.engine).toBe("hashlife");
    expect(universe.generation).toBe(0n);
    expect(universe.population()).toBe(0n);
    expect(universe.bounds()).toBeNull();
  });

  it("sets and gets cells anywhere, growing as needed, and lists them in row order", () => {
    const universe = createHashLife(life);
    const cells: Array<[number, number]> = [
      [5, -3],
      [-1_000_000, 7],
      [2 ** 40, -(2 ** 41)],
      [0, 0],
      [-1, 0],
    ];
    for (const [x, y] of cells) universe.set(x, y, 1);
    for (const [x, y] of cells) expect(universe.get(x, y), `${x},${y}`).toBe(1);
    expect(universe.get(4, -3)).toBe(0);
    expect(universe.get(2 ** 50, 0)).toBe(0);
    expect(universe.population()).toBe(5n);
    expect(list(universe)).toEqual([
      `${2 ** 40},${-(2 ** 41)}:1`,
      "5,-3:1",
      "-1,0:1",
      "0,0:1",
      "-1000000,7:1",
    ]);
    expect(universe.bounds()).toEqual({
      x: -1_000_000,
      y: -(2 ** 41),
      width: 2 ** 40 + 1_000_001,
      height: 2 ** 41 + 8,
    });
    universe.set(5, -3, 0);
    expect(universe.get(5, -3)).toBe(0);
    expect(universe.population()).toBe(4n);
    expect(list(universe, { x: -2, y: -5, width: 10, height: 6 })).toEqual(["-1,0:1", "0,0:1"]);
  });

  it("refuses states other than 0 and 1, and cells off the integers", () => {
    const universe = createHashLife(life);
    expect(() => universe.set(0, 0, 2)).toThrow(RangeError);
    expect(() => universe.set(0, 0, 2)).toThrow(/two states/);
    expect(() => universe.set(0.5, 0, 1)).toThrow(RangeError);
  });

  it("refuses B0 rules on the infinite plane, saying why", () => {
    expect(() => createHashLife(compile("B03/S23"))).toThrow(RangeError);
    expect(() => createHashLife(compile("B0/S8"))).toThrow(/B0.*every other generation/s);
  });

  it("moves a glider 2^40 cells in one step, at the right place", () => {
    // A glider moves (1, 1) every 4 generations.
    const glider = [
      [1, 0],
      [2, 1],
      [0, 2],
      [1, 2],
      [2, 2],
    ] as const;
    const universe = withCells(glider);
    universe.step(4n * 2n ** 40n);
    const shift = 2 ** 40;
    expect(list(universe)).toEqual(
      glider
        .map(([x, y]) => [x + shift, y + shift] as const)
        .sort((a, b) => a[1] - b[1] || a[0] - b[0])
        .map(([x, y]) => `${x},${y}:1`),
    );
    expect(universe.generation).toBe(2n ** 42n);
  });

  it("steps any number of generations, as the sum of its binary digits", () => {
    const a = withCells(R_PENTOMINO);
    const b = withCells(R_PENTOMINO);
    a.step(1103n);
    for (const step of [1000n, 64n, 32n, 7n]) b.step(step);
    expect(list(a)).toEqual(list(b));
    expect(a.population()).toBe(116n);
    expect(() => a.step(-1n)).toThrow(RangeError);
    expect(() => a.step(2n ** 200n)).toThrow(RangeError);
    a.step(2n ** 199n); // the largest step: the pattern's gliders fly 2^197 cells
    expect(a.population()).toBe(116n);
  });

  it("draws density pictures from node populations, as counting the cells does", () => {
    const random = createRandom(7);
    const cells: Array<[number, number]> = [];
    for (let i = 0; i < 400; i++)
      cells.push([Math.floor(random() * 90) - 40, Math.floor(random() * 70) - 30]);
    const universe = withCells(cells);
    universe.step(50n);
    const live = new Set([...universe.cells()].map(([x, y]) => `${x},${y}`));
    for (const [rect, scale] of [
      [{ x: -64, y: -64, width: 160, height: 128 }, 0],
      [{ x: -64, y: -64, width: 160, height: 128 }, 3],
      [{ x: -61, y: -67, width: 150, height: 131 }, 2],
      // Pixels that do not line up with the tree's nodes: those nodes are split, not opened.
      [{ x: -61, y: -67, width: 150, height: 131 }, 3],
      [{ x: -59, y: -70, width: 170, height: 140 }, 4],
      [{ x: -37, y: -45, width: 200, height: 160 }, 5],
      [{ x: -128, y: -128, width: 256, height: 256 }, 6],
    ] as const) {
      const picture = universe.picture(rect, scale);
      const side = 2 ** scale;
      expect(picture.width).toBe(Math.ceil(rect.width / side));
      // The picture covers the rectangle; its rows may start where HashLife's nodes do.
      expect(picture.x).toBe(rect.x);
      expect(picture.y).toBeLessThanOrEqual(rect.y);
      expect(picture.y + picture.height * side).toBeGreaterThanOrEqual(rect.y + rect.height);
      for (let j = 0; j < picture.height; j++) {
        for (let i = 0; i < picture.width; i++) {
          let count = 0;
          for (let y = 0; y < side; y++) {
            for (let x = 0; x < side; x++) {
              if (live.has(`${picture.x + i * side + x},${picture.y + j * side + y}`)) count++;
            }
          }
          const expected =
            count === 0
              ? 0
              : count === side * side
                ? 255
                : Math.max(1, Math.ceil((count * 255) / (side * side)));
          expect(picture.pixels[j * picture.width + i], `scale ${scale} pixel ${i},${j}`).toBe(
            expected,
          );
        }
      }
    }
  });

  it("draws a pattern 2^40 wide zoomed out without opening its nodes", () => {
    // Rows 1 and 2: HashLife's nodes start at row 1 (mod their size), as Golly places them.
    const universe = withCells([
      [0, 1],
      [1, 1],
      [0, 2],
      [1, 2],
      [2 ** 40, 2 ** 39 + 1],
    ]);
    const picture = universe.picture({ x: 0, y: 0, width: 2 ** 41, height: 2 ** 41 }, 34);
    expect(picture.width).toBe(128);
    // Moved up to start at row 1 - 2^34: one more row of pixels covers the rectangle.
    expect(picture.y).toBe(1 - 2 ** 34);
    expect(picture.height).toBe(129);
    expect(picture.pixels[1 * 128]).toBe(1);
    expect(picture.pixels[33 * 128 + 64]).toBe(1);
    expect(picture.pixels.reduce((sum, p) => sum + (p > 0 ? 1 : 0), 0)).toBe(2);
  });

  it("takes snapshots in O(1) and restores them, also into another universe", () => {
    const universe = withCells(R_PENTOMINO);
    universe.step(100n);
    const before = list(universe);
    const snapshot = universe.snapshot();
    expect(snapshot.generation).toBe(100n);
    expect(snapshot.population).toBe(universe.population());
    universe.step(500n);
    universe.restore(snapshot);
    expect(universe.generation).toBe(100n);
    expect(list(universe)).toEqual(before);
    const other = createHashLife(life);
    other.restore(snapshot);
    expect(list(other)).toEqual(before);
    expect(other.generation).toBe(100n);
  });
});

describe("HashLife memory", () => {
  it("stays under a tiny node cap over a long run, and stays right", () => {
    const maxNodes = 6000;
    const universe = withCells(R_PENTOMINO, maxNodes) as HashLifeUniverse;
    const reference = withCells(R_PENTOMINO);
    const snapshot = universe.snapshot();
    const atZero = list(universe);
    let highest = 0;
    for (let i = 0; i < 1103; i++) {
      universe.step(1n);
      highest = Math.max(highest, universe.store.nodeCount);
    }
    universe.step(3000n); // one big step, which the cap forces to split
    reference.step(4103n);
    expect(universe.store.collections).toBeGreaterThan(5);
    expect(highest).toBeLessThanOrEqual(maxNodes);
    expect(universe.store.nodeCount).toBeLessThanOrEqual(maxNodes);
    expect(universe.store.capacity).toBeLessThanOrEqual(maxNodes + 1);
    expect(list(universe)).toEqual(list(reference));
    expect(universe.population()).toBe(116n);
    // The snapshot's nodes survived every collection.
    universe.restore(snapshot);
    expect(list(universe)).toEqual(atZero);
  });

  it("throws a clear RangeError when the live pattern alone needs more than the cap", () => {
    const universe = createHashLife(life, { maxNodes: 64 });
    expect(() => {
      for (let i = 0; i < 200; i++) universe.set(i * 37, i * 101, 1);
    }).toThrow(/the pattern needs more than \d+ MiB of nodes/i);
    expect(() => createHashLife(life, { maxNodes: 10 })).toThrow(RangeError);
  });
});
