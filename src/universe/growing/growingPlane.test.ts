import { describe, expect, it } from "vitest";
import { createRandom } from "../../engine/createRandom.ts";
import { parseRule } from "../../rules/parseRule.ts";
import { type Rule, stateCount } from "../../rules/Rule.ts";
import { createUniverse } from "../createUniverse.ts";
import type { CellRect, Universe } from "../Universe.ts";
import { MAX_PLANE_SIDE } from "./createGrowingPlaneUniverse.ts";

/**
 * The fast engine of the infinite plane for multi-state rules (bounded kernels on a plane that
 * grows with the cells) equals the coroutine engine cell for cell, through growths in every
 * direction, far from the origin, across snapshots and restores.
 */

const rule = (text: string): Rule => parseRule(text).rule;

const listed = (universe: Universe, rect?: CellRect) =>
  [...universe.cells(rect)].map(([x, y, state]) => `${x},${y}:${state}`);

/** The same seeded soup of `size` x `size` cells at (x0, y0) on both universes. */
function soup(
  universes: Universe[],
  rule: Rule,
  seed: number,
  size: number,
  x0: number,
  y0: number,
) {
  const states = stateCount(rule);
  const random = createRandom(seed);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (random() >= 0.45) continue;
      // Mostly live cells (1), sometimes another state.
      const state = random() < 0.8 ? 1 : 1 + Math.floor(random() * (states - 1));
      for (const universe of universes) universe.set(x0 + x, y0 + y, state);
    }
  }
}

function pair(r: Rule): [fast: Universe, reference: Universe] {
  const fast = createUniverse({ space: { kind: "infinite" }, rule: r });
  const reference = createUniverse({ space: { kind: "infinite" }, rule: r, engine: "coroutine" });
  return [fast, reference];
}

/** Steps both in runs of `run` generations up to `generations`, comparing every cell after each. */
function compare(
  fast: Universe,
  reference: Universe,
  generations: number,
  run: number,
  label: string,
) {
  for (let done = 0; done < generations; done += run) {
    fast.step(BigInt(run));
    reference.step(BigInt(run));
    const at = `${label}, generation ${done + run}`;
    expect(listed(fast), at).toEqual(listed(reference));
    expect(fast.population(), at).toBe(reference.population());
    expect(fast.bounds(), at).toEqual(reference.bounds());
    expect(fast.generation, at).toBe(reference.generation);
  }
}

/** Rules, the side of their seeded soups, and how many generations to compare. */
const CASES: readonly (readonly [name: string, text: string, size: number, generations: number])[] =
  [
    ["Brian's Brain", "/2/3", 12, 80],
    ["Star Wars", "345/2/4", 12, 80],
    ["LifeHistory", "LifeHistory", 12, 60],
    ["Larger than Life range 1", "R1,C0,M0,S2..3,B3..3,NM", 12, 60],
    ["Larger than Life range 2, 3 states", "R2,C3,M1,S4..9,B4..6,NM", 14, 40],
    ["Larger than Life range 3, von Neumann", "R3,C0,M1,S3..7,B3..4,NN", 14, 45],
    ["Larger than Life range 3, 2 states, no middle", "R3,C2,M0,S5..12,B6..9,NM", 14, 30],
    ["Larger than Life range 4", "R4,C0,M1,S20..40,B15..20,NM", 14, 40],
    ["Bosco's Rule (range 5)", "R5,C0,M1,S34..58,B34..45,NM", 20, 30],
  ];

/**
 * These soups grow in every direction (checked once on the coroutine engine): each side of
 * their box moves past the first plane's border, so the plane grows on every side.
 */
const GROWING = new Set([
  "R2,C3,M1,S4..9,B4..6,NM",
  "R3,C0,M1,S3..7,B3..4,NN",
  "R3,C2,M0,S5..12,B6..9,NM",
  "R4,C0,M1,S20..40,B15..20,NM",
]);

describe("the fast engine of the infinite plane for multi-state rules", () => {
  for (const [name, text, size, generations] of CASES) {
    it(`${name}: equals the coroutine engine from seeded soups at negative coordinates`, () => {
      const r = rule(text);
      for (const seed of [11, 12]) {
        const [fast, reference] = pair(r);
        expect(fast.engine).toBe("fast");
        soup([fast, reference], r, seed, size, -size - 40 * seed, -7 * seed);
        expect(listed(fast), `seed ${seed}`).toEqual(listed(reference));
        const start = fast.bounds() as CellRect;
        compare(fast, reference, generations, seed === 11 ? 1 : 7, `${name}, seed ${seed}`);
        if (GROWING.has(text)) {
          // Past the first plane's border of 16 reaches on every side.
          const border = 16 * (r.family === "ltl" ? r.range : 1);
          const end = fast.bounds() as CellRect;
          expect(end.x, `seed ${seed}`).toBeLessThan(start.x - border);
          expect(end.y, `seed ${seed}`).toBeLessThan(start.y - border);
          expect(end.x + end.width, `seed ${seed}`).toBeGreaterThan(start.x + start.width + border);
          expect(end.y + end.height, `seed ${seed}`).toBeGreaterThan(
            start.y + start.height + border,
          );
        }
        fast.dispose();
      }
    });
  }

  it("grows in every direction for a Brian's Brain soup, and draws its states", () => {
    const r = rule("/2/3");
    const seed = 3;
    const [fast, reference] = pair(r);
    soup([fast, reference], r, seed, 16, -8, -8);
    compare(fast, reference, 120, 40, `Brian's Brain, seed ${seed}`);
    // Brian's Brain soups throw c/1 ships every way: the cells reach past any first plane.
    const box = fast.bounds() as CellRect;
    expect(box.x).toBeLessThan(-80);
    expect(box.y).toBeLessThan(-80);
    expect(box.x + box.width).toBeGreaterThan(80);
    expect(box.y + box.height).toBeGreaterThan(80);
    // Whole pixels at every scale: a pixel holds all its cells, which the reference lists
    // only inside the rectangle.
    const rect = {
      x: box.x - 3,
      y: box.y - 5,
      width: 8 * Math.ceil((box.width + 9) / 8),
      height: 8 * Math.ceil((box.height + 9) / 8),
    };
    for (const scale of [0, 1, 3]) {
      expect(fast.picture(rect, scale), `scale ${scale}`).toEqual(reference.picture(rect, scale));
    }
    const part = { x: -30, y: 7, width: 45, height: 33 };
    expect(listed(fast, part)).toEqual(listed(reference, part));
  });

  it("follows a Brian's Brain ship a thousand cells from where it started, then shrinks", () => {
    const r = rule("/2/3");
    const [fast, reference] = pair(r);
    for (const universe of [fast, reference]) {
      universe.set(-500, 3, 1);
      universe.set(-499, 3, 1);
      universe.set(-500, 4, 2);
      universe.set(-499, 4, 2);
    }
    compare(fast, reference, 1000, 250, "Brian's Brain ship");
    expect(fast.bounds()).toEqual({ x: -500, y: -997, width: 2, height: 2 });
  });

  it("sets and gets cells anywhere, growing the plane, and refuses a span past the largest plane", () => {
    const r = rule("345/2/4");
    const [fast, reference] = pair(r);
    const far: [number, number, number][] = [
      [-900, 600, 1],
      [1100, -1300, 3],
      [12, 13, 2],
      [-900, -1300, 1],
    ];
    for (const [x, y, state] of far) {
      fast.set(x, y, state);
      reference.set(x, y, state);
    }
    for (const [x, y, state] of far) expect(fast.get(x, y)).toBe(state);
    expect(fast.get(10 ** 12, -(10 ** 12))).toBe(0);
    expect(listed(fast)).toEqual(listed(reference));
    expect(() => fast.set(-900 + MAX_PLANE_SIDE, 0, 1)).toThrow(RangeError);
    expect(() => fast.set(0, 0, 4)).toThrow(RangeError);
    expect(listed(fast)).toEqual(listed(reference));
    compare(fast, reference, 3, 1, "scattered cells");
  });

  it("restores snapshots taken before and after growths", () => {
    const r = rule("R2,C3,M1,S4..9,B4..6,NM");
    const seed = 21;
    const [fast, reference] = pair(r);
    soup([fast, reference], r, seed, 12, 100, -100);
    const early = fast.snapshot();
    const earlyCells = listed(fast);
    fast.step(30n);
    reference.step(30n);
    const late = fast.snapshot();
    const lateCells = listed(fast);
    expect(lateCells, `seed ${seed}`).toEqual(listed(reference));
    fast.restore(early);
    expect(fast.generation).toBe(0n);
    expect(listed(fast)).toEqual(earlyCells);
    fast.step(30n);
    expect(listed(fast), `seed ${seed}, again`).toEqual(lateCells);
    fast.step(20n);
    fast.restore(late);
    expect(fast.generation).toBe(30n);
    expect(listed(fast)).toEqual(lateCells);
    compare(fast, reference, 10, 10, `seed ${seed}, after restore`);
  });

  it("keeps B0 rules refused and HashLife's snapshots out", () => {
    expect(() => createUniverse({ space: { kind: "infinite" }, rule: rule("/02/3") })).toThrow(
      /B0/,
    );
    const [fast] = pair(rule("/2/3"));
    const other = createUniverse({
      space: { kind: "infinite" },
      rule: rule("/2/3"),
      engine: "coroutine",
    });
    expect(() => fast.restore(other.snapshot())).toThrow(TypeError);
  });
});
