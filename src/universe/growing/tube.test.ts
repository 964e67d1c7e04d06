import { describe, expect, it } from "vitest";
import { createRandom } from "../../engine/createRandom.ts";
import { parseRule } from "../../rules/parseRule.ts";
import { type Rule, stateCount } from "../../rules/Rule.ts";
import { createUniverse } from "../createUniverse.ts";
import type { GridSpace, TubeSpace, Universe } from "../Universe.ts";

/**
 * Tubes and strips (Golly's `:T0,h`, `:Tw,0`, `:P0,h`, `:Pw,0`) on the fast engine (the bounded
 * kernels on a grid that grows along the infinite axis) equal the coroutine interpreter (`Grid`)
 * cell for cell. The reference is a bounded grid on the coroutine engine, as long along the
 * infinite axis as the run needs: a torus for a tube, a plane for a strip; before each run the
 * test checks that its cells are far enough from its ends that those never count.
 */

const rule = (text: string): Rule => parseRule(text).rule;

/** How long the reference grid is along the infinite axis, and where the tube's 0 lies on it. */
const LONG = 360;
const ORIGIN = LONG / 2;

interface Case {
  readonly rule: string;
  readonly reach: number;
}

const RULES: readonly Case[] = [
  { rule: "B3/S23", reach: 1 },
  { rule: "B2/S34H", reach: 1 },
  { rule: "B2-a/S12", reach: 1 },
  { rule: "345/2/4", reach: 1 },
  { rule: "LifeHistory", reach: 1 },
  { rule: "R2,C0,M1,S4..9,B5..7,NM", reach: 2 },
];

function referenceOf(tube: TubeSpace): GridSpace {
  const across = tube.size;
  return tube.axis === "x"
    ? { kind: tube.topology, width: LONG, height: across }
    : { kind: tube.topology, width: across, height: LONG };
}

/** A tube cell's place on the reference grid. */
function onReference(tube: TubeSpace, x: number, y: number): [number, number] {
  return tube.axis === "x" ? [x + ORIGIN, y] : [x, y + ORIGIN];
}

/** Every cell as "x,y:state" in the tube's coordinates, sorted. */
function listed(universe: Universe, tube: TubeSpace, reference: boolean): string[] {
  const out: string[] = [];
  for (const [x, y, state] of universe.cells()) {
    const [tx, ty] = reference ? (tube.axis === "x" ? [x - ORIGIN, y] : [x, y - ORIGIN]) : [x, y];
    out.push(`${tx},${ty}:${state}`);
  }
  return out.sort();
}

/** A seeded soup `length` long along the infinite axis (from `from`) and all the way across. */
function soup(
  pair: [Universe, Universe],
  tube: TubeSpace,
  r: Rule,
  seed: number,
  from: number,
  length: number,
) {
  const states = stateCount(r);
  const random = createRandom(seed);
  for (let along = from; along < from + length; along++) {
    for (let across = 0; across < tube.size; across++) {
      if (random() >= 0.4) continue;
      const state = random() < 0.8 ? 1 : 1 + Math.floor(random() * (states - 1));
      const [x, y] = tube.axis === "x" ? [along, across] : [across, along];
      pair[0].set(x, y, state);
      const [rx, ry] = onReference(tube, x, y);
      pair[1].set(rx, ry, state);
    }
  }
}

/**
 * Steps both in runs, comparing every cell after each, after checking that the reference's cells
 * are far enough from its ends for the run.
 */
function compare(
  tube: TubeSpace,
  fast: Universe,
  reference: Universe,
  runs: readonly number[],
  reach: number,
  label: string,
) {
  let generation = 0;
  for (const run of runs) {
    const at = `${label}, generation ${generation + run}`;
    // The reference holds for `run` generations while its cells are `reach` x run from its ends.
    const box = reference.bounds();
    if (box) {
      const [start, extent] = tube.axis === "x" ? [box.x, box.width] : [box.y, box.height];
      expect(start, `${at}: the reference is too short`).toBeGreaterThanOrEqual(reach * run);
      expect(LONG - start - extent, `${at}: the reference is too short`).toBeGreaterThanOrEqual(
        reach * run,
      );
    }
    fast.step(BigInt(run));
    reference.step(BigInt(run));
    generation += run;
    expect(listed(fast, tube, false), at).toEqual(listed(reference, tube, true));
    expect(fast.population(), at).toBe(reference.population());
  }
}

describe("tubes and strips: the fast engine equals the interpreter", () => {
  const spaces: TubeSpace[] = [
    { kind: "tube", topology: "torus", axis: "x", size: 13 },
    { kind: "tube", topology: "torus", axis: "y", size: 9 },
    { kind: "tube", topology: "plane", axis: "x", size: 11 },
    { kind: "tube", topology: "plane", axis: "y", size: 7 },
  ];
  for (const { rule: text, reach } of RULES) {
    for (const [index, tube] of spaces.entries()) {
      const seed = 1000 + index * 17 + text.length;
      const name = `${text} on a ${tube.topology} ${tube.axis === "x" ? `:0,${tube.size}` : `:${tube.size},0`} (seed ${seed})`;
      it(name, () => {
        const r = rule(text);
        const fast = createUniverse({ space: tube, rule: r });
        const reference = createUniverse({
          space: referenceOf(tube),
          rule: r,
          engine: "coroutine",
        });
        expect(fast.engine).toBe("fast");
        expect(fast.space).toEqual(tube);
        // A soup left of (or above) the origin, across negative coordinates.
        soup([fast, reference], tube, r, seed, -30, 24);
        compare(tube, fast, reference, [1, 5, 20, 4, 30], reach, name);
        fast.dispose();
        reference.dispose();
      });
    }
  }
});

describe("tubes and strips: one generation a call, with edits between", () => {
  it.each([
    ["B3/S23", 1],
    // Growing at the speed of light from every edit: an edit must spend the measured border.
    ["B1/S1", 1],
    ["R2,C0,M1,S4..9,B5..7,NM", 2],
  ] as const)("%s equals the interpreter (seed 77)", (text, reach) => {
    const tube: TubeSpace = { kind: "tube", topology: "torus", axis: "y", size: 11 };
    const r = rule(text);
    const fast = createUniverse({ space: tube, rule: r });
    const reference = createUniverse({ space: referenceOf(tube), rule: r, engine: "coroutine" });
    soup([fast, reference], tube, r, 77, -10, 12);
    const random = createRandom(77);
    for (let i = 0; i < 40; i++) {
      if (i % 4 === 3) {
        // A cell beyond the live cells along the tube, in the border that was measured.
        const box = fast.bounds();
        const beyond = 2 + Math.floor(random() * 20);
        const along = box ? (random() < 0.5 ? box.y - beyond : box.y + box.height + beyond) : 0;
        const across = Math.floor(random() * tube.size);
        fast.set(across, along, 1);
        const [rx, ry] = onReference(tube, across, along);
        reference.set(rx, ry, 1);
      }
      compare(tube, fast, reference, [1], reach, `${text}, call ${i}`);
    }
  });
});

describe("tubes and strips", () => {
  const tube: TubeSpace = { kind: "tube", topology: "torus", axis: "x", size: 6 };
  const strip: TubeSpace = { kind: "tube", topology: "plane", axis: "y", size: 6 };

  it("runs a two-state rule on a two-state kernel, not the interpreter", () => {
    const universe = createUniverse({ space: tube, rule: rule("B3/S23") });
    expect(universe.kernel).not.toMatch(/coroutine|interpreter/);
    universe.dispose();
  });

  it("grows along the infinite axis: a glider in a tube travels ever further", () => {
    // A glider heading right along a 6-high tube: it wraps across and goes on along.
    const space: TubeSpace = { kind: "tube", topology: "torus", axis: "x", size: 6 };
    const fast = createUniverse({ space, rule: rule("B3/S23") });
    const slow = createUniverse({ space, rule: rule("B3/S23"), engine: "coroutine" });
    for (const [x, y] of [
      [1, 0],
      [2, 1],
      [0, 2],
      [1, 2],
      [2, 2],
    ] as const) {
      fast.set(x, y, 1);
      slow.set(x, y, 1);
    }
    fast.step(4000n);
    slow.step(4000n);
    expect(fast.bounds()?.x).toBe(1000);
    expect(fast.population()).toBe(5n);
    expect([...fast.cells()]).toEqual([...slow.cells()]);
  });

  it("wraps across a tube and drops cells off a strip's sides, and grows along", () => {
    const t = createUniverse({ space: tube, rule: rule("B3/S23") });
    t.set(-5000, 7, 1);
    expect(t.get(-5000, 1)).toBe(1);
    expect(t.get(-5000, 13)).toBe(1);
    expect([...t.cells()]).toEqual([[-5000, 1, 1]]);
    t.set(3000, -1, 1);
    expect(t.bounds()).toEqual({ x: -5000, y: 1, width: 8001, height: 5 });
    expect(t.get(3000, 5)).toBe(1);
    const s = createUniverse({ space: strip, rule: rule("345/2/4") });
    s.set(6, 0, 1);
    s.set(-1, 0, 1);
    expect(s.population()).toBe(0n);
    s.set(5, -7000, 2);
    expect(s.get(5, -7000)).toBe(2);
    expect(s.get(5, 7000)).toBe(0);
    expect(s.bounds()).toEqual({ x: 5, y: -7000, width: 1, height: 1 });
  });

  it("restores a snapshot taken before the grid grew", () => {
    const r = rule("B3/S23");
    const u = createUniverse({ space: tube, rule: r });
    for (const [x, y] of [
      [1, 0],
      [2, 1],
      [0, 2],
      [1, 2],
      [2, 2],
    ] as const)
      u.set(x, y, 1);
    const saved = u.snapshot();
    const before = [...u.cells()];
    u.step(2000n);
    expect(u.bounds()?.x).toBeGreaterThan(400);
    u.restore(saved);
    expect(u.generation).toBe(0n);
    expect([...u.cells()]).toEqual(before);
    u.step(2000n);
    expect(u.bounds()?.x).toBe(500);
  });

  it("refuses a B0 rule, packed words, and the infinite-plane engines", () => {
    expect(() => createUniverse({ space: tube, rule: rule("B03/S23") })).toThrow(
      /cannot run on a tube or strip/,
    );
    expect(() =>
      createUniverse({ space: tube, rule: rule("B3/S23"), words: new Uint32Array(1) }),
    ).toThrow(RangeError);
    expect(() => createUniverse({ space: tube, rule: rule("B3/S23"), engine: "hashlife" })).toThrow(
      /does not run a tube/,
    );
  });
});
