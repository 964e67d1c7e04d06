import { describe, expect, it } from "vitest";
import { parseRule } from "../rules/parseRule.ts";
import { createUniverse } from "./createUniverse.ts";
import type { Space, Universe } from "./Universe.ts";

const SPACES: readonly Space[] = [
  { kind: "infinite" },
  { kind: "torus", width: 33, height: 31 },
  { kind: "plane", width: 30, height: 29 },
];

function universeOf(text: string, space: Space, engine?: "coroutine"): Universe {
  return createUniverse({ space, rule: parseRule(text).rule, ...(engine && { engine }) });
}

/** Population after one generation from a single live cell at (x, y). */
function afterOne(text: string, space: Space, x: number, y: number, engine?: "coroutine"): bigint {
  const universe = universeOf(text, space, engine);
  universe.set(x, y, 1);
  universe.step(1n);
  const population = universe.population();
  universe.dispose();
  return population;
}

describe("Golly's Larger than Life neighbourhoods from a single cell", () => {
  // Golly's Help ("S and B Limits"): with B1 alone, one live cell gives birth to exactly its
  // neighbourhood, whose size (ltlalgo.cpp's max_neighbors, here at r = 3) is the population.
  it.each([
    ["N2", 28],
    ["NB", 24],
    ["ND", 24],
    ["N+", 12],
    ["NX", 12],
    ["N*", 24],
    ["N#", 24],
    ["NH", 36],
    ["NA", 18],
    ["N3", 9],
    ["NL", 72],
    ["N@891891891891", 16],
  ])("R3,C0,M0,S1..1,B1..1,%s: one cell becomes %i", (letter, size) => {
    const text = `R3,C0,M0,S1..1,B1..1,${letter}`;
    for (const space of SPACES) {
      // Both parities of x + y: the triangular grid flips its neighbourhood on odd cells.
      for (const [x, y] of [
        [12, 14],
        [13, 14],
      ] as const) {
        expect(afterOne(text, space, x, y), `${space.kind} (${x}, ${y})`).toBe(BigInt(size));
      }
    }
    expect(afterOne(text, { kind: "infinite" }, -7, 3, "coroutine")).toBe(BigInt(size));
  });

  it("keeps the triangular grid's parity where the growing plane is made again, far out", () => {
    // Golly's Help's B1 test (one cell gives birth to its 36 neighbours at r = 2), the cell
    // placed where the plane must be rebuilt around it, at both parities of x + y.
    for (const [x, y] of [
      [1001, -3],
      [-2000, 7],
      [-2001, 7],
    ] as const) {
      const universe = universeOf("R2,C0,M0,S1..1,B1..1,NL", { kind: "infinite" });
      expect(universe.engine).toBe("fast");
      universe.set(x, y, 1);
      universe.step(1n);
      const fast = [...universe.cells()];
      universe.dispose();
      const reference = universeOf("R2,C0,M0,S1..1,B1..1,NL", { kind: "infinite" }, "coroutine");
      reference.set(x, y, 1);
      reference.step(1n);
      expect(fast, `(${x}, ${y})`).toEqual([...reference.cells()]);
      expect(fast).toHaveLength(5 * 9 - 2 * 2 * 2 - 1);
      reference.dispose();
    }
  });

  it("sums weights: a cell is born where the live cell's weight is the birth count", () => {
    // 1 2 3 / 4 0 1 / 3 2 3 (Golly's Help): weight 1 at the north-west and the east, so the
    // cells south-east and west of the live one see it with weight 1; the live cell itself
    // (centre weight 0) does not survive S1.
    for (const space of SPACES) {
      expect(afterOne("R1,C0,S1,B1,NW123401323", space, 12, 14)).toBe(2n);
      // Gaussian: weight 1 only at the corners; the centre weighs (r+1)² = 4.
      expect(afterOne("R1,C0,M0,S1..1,B1..1,NG", space, 12, 14)).toBe(4n);
      expect(afterOne("R1,C0,M0,S4..4,B1..1,NG", space, 12, 14)).toBe(5n);
    }
  });

  it("decays a checkerboard cell through its states as Golly's multi-state rules do", () => {
    const universe = universeOf("R2,C3,S5,B1,NB", { kind: "torus", width: 16, height: 16 });
    universe.set(5, 5, 1);
    universe.step(1n);
    expect(universe.get(5, 5)).toBe(2);
    expect(universe.population()).toBe(13n);
    universe.dispose();
  });
});
