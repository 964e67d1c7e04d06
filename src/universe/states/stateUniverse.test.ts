import { describe, expect, it } from "vitest";
import { createRandom } from "../../engine/createRandom.ts";
import { CONWAY, type LifeLikeRule, type Rule, stateCount } from "../../rules/Rule.ts";
import { createUniverse } from "../createUniverse.ts";
import type { Space, Universe } from "../Universe.ts";
import { isStateUniverse } from "./StateUniverse.ts";

const counts = (birth: number[], survival: number[]): LifeLikeRule => ({
  ...CONWAY,
  birth: birth.reduce((mask, n) => mask | (1 << n), 0),
  survival: survival.reduce((mask, n) => mask | (1 << n), 0),
});
const BRIANS_BRAIN: Rule = { family: "generations", states: 3, base: counts([2], []) };
const STAR_WARS: Rule = { family: "generations", states: 4, base: counts([2], [3, 4, 5]) };
const RULES: readonly [string, Rule][] = [
  ["Brian's Brain", BRIANS_BRAIN],
  ["Star Wars", STAR_WARS],
  ["B3/S23/C8", { family: "generations", states: 8, base: CONWAY }],
  [
    "B2/S3V/C256",
    {
      family: "generations",
      states: 256,
      base: { ...counts([2], [3]), neighbourhood: "vonNeumann" },
    },
  ],
  ["LifeHistory", { family: "history", variant: "History", base: CONWAY }],
  ["LifeSuper", { family: "history", variant: "Super", base: CONWAY }],
];

/**
 * Brian's Brain's c/1 orthogonal spaceship: two firing cells (1) with two refractory cells (2)
 * behind them. Each generation the pair is born again one row further on (each cell ahead has
 * exactly two firing neighbours), the firing pair turns refractory and the refractory pair
 * empties. Described on LifeWiki's Brian's Brain page; checked here by running it.
 */
const BRIANS_SHIP: readonly (readonly [number, number, number])[] = [
  [0, 0, 1],
  [1, 0, 1],
  [0, 1, 2],
  [1, 1, 2],
];

/**
 * A c/1 orthogonal Star Wars spaceship (moving down a row a generation, period 1), found by a
 * seeded search over small random soups on the coroutine engine (Star Wars is known for its
 * c/1 ships; see LifeWiki's Star Wars page). States: 1 alive, 2 and 3 dying.
 */
const STAR_WARS_SHIP: readonly (readonly [number, number, number])[] = [
  [0, 0, 3],
  [3, 0, 3],
  [0, 1, 2],
  [3, 1, 2],
  [0, 2, 1],
  [1, 2, 3],
  [2, 2, 3],
  [3, 2, 1],
  [1, 3, 2],
  [2, 3, 2],
  [1, 4, 1],
  [2, 4, 1],
];

function listed(universe: Universe, dx = 0, dy = 0): string[] {
  return [...universe.cells()].map(([x, y, state]) => `${x + dx},${y + dy}:${state}`);
}

function place(
  universe: Universe,
  cells: readonly (readonly [number, number, number])[],
  x0: number,
  y0: number,
) {
  for (const [x, y, state] of cells) universe.set(x0 + x, y0 + y, state);
}

describe("multi-state universes on bounded grids", () => {
  for (const [name, rule] of RULES) {
    const states = stateCount(rule);
    for (const kind of ["torus", "plane"] as const) {
      const space: Space = { kind, width: 23, height: 17 };
      it(`${name} on a ${kind}: the fast engine equals the coroutine engine, with population and bounds`, () => {
        const seed = 4242 + states;
        const random = createRandom(seed);
        const fast = createUniverse({ space, rule, engine: "fast" });
        const slow = createUniverse({ space, rule, engine: "coroutine" });
        expect(isStateUniverse(fast) && isStateUniverse(slow)).toBe(true);
        for (let y = 0; y < 17; y++) {
          for (let x = 0; x < 23; x++) {
            const state = random() < 0.5 ? 0 : Math.floor(random() * states);
            fast.set(x, y, state);
            slow.set(x, y, state);
          }
        }
        for (let generation = 1; generation <= 10; generation++) {
          fast.step(1n);
          slow.step(1n);
          expect(listed(fast), `seed ${seed}, generation ${generation}`).toEqual(listed(slow));
          const cells = [...slow.cells()];
          expect(fast.population()).toBe(BigInt(cells.length));
          expect(fast.bounds()).toEqual(slow.bounds());
        }
        expect(fast.generation).toBe(10n);
        fast.dispose();
      });
    }
  }

  it("keeps the Universe contract for get, set, wrapping and the edge of a plane", () => {
    const torus = createUniverse({
      space: { kind: "torus", width: 7, height: 5 },
      rule: STAR_WARS,
    });
    torus.set(-1, -1, 3);
    expect(torus.get(6, 4)).toBe(3);
    expect(torus.population()).toBe(1n);
    expect(torus.bounds()).toEqual({ x: 6, y: 4, width: 1, height: 1 });
    expect(() => torus.set(0, 0, 4)).toThrow(RangeError);
    expect(() => torus.set(0, 0, 1.5)).toThrow(RangeError);
    const plane = createUniverse({
      space: { kind: "plane", width: 7, height: 5 },
      rule: STAR_WARS,
    });
    plane.set(-1, 2, 1);
    plane.set(7, 2, 1);
    expect(plane.population()).toBe(0n);
    expect(plane.get(-1, 2)).toBe(0);
  });

  it("lets a dying cell with nothing alive near it count down to empty", () => {
    for (const engine of ["fast", "coroutine"] as const) {
      const universe = createUniverse({
        space: { kind: "torus", width: 9, height: 9 },
        rule: STAR_WARS,
        engine,
      });
      universe.set(4, 4, 2);
      universe.step(1n);
      expect(universe.get(4, 4)).toBe(3);
      universe.step(1n);
      expect(universe.population()).toBe(0n);
    }
  });

  it("draws state pictures: the state at scale 0, the smallest non-zero state coarser", () => {
    const universe = createUniverse({
      space: { kind: "plane", width: 8, height: 8 },
      rule: STAR_WARS,
    });
    universe.set(0, 0, 3);
    universe.set(1, 1, 2);
    universe.set(3, 0, 1);
    universe.set(2, 1, 3);
    const fine = universe.picture({ x: 0, y: 0, width: 4, height: 2 }, 0);
    expect(fine.states).toBe(4);
    expect([...fine.pixels]).toEqual([3, 0, 0, 1, 0, 2, 3, 0]);
    const coarse = universe.picture({ x: 0, y: 0, width: 4, height: 2 }, 1);
    expect([...coarse.pixels]).toEqual([2, 1]);
    // Beyond the grid is empty.
    expect([...universe.picture({ x: -2, y: -2, width: 4, height: 4 }, 1).pixels]).toEqual([
      0, 0, 0, 2,
    ]);
  });

  it("restores snapshots exactly, and hands out one snapshot while the world is unchanged", () => {
    const universe = createUniverse({
      space: { kind: "torus", width: 16, height: 12 },
      rule: BRIANS_BRAIN,
    });
    place(universe, BRIANS_SHIP, 5, 5);
    universe.step(3n);
    const snapshot = universe.snapshot();
    expect(universe.snapshot()).toBe(snapshot);
    const before = listed(universe);
    universe.step(5n);
    universe.set(0, 0, 2);
    expect(universe.snapshot()).not.toBe(snapshot);
    universe.restore(snapshot);
    expect(listed(universe)).toEqual(before);
    expect(universe.generation).toBe(3n);
    expect(universe.population()).toBe(4n);
  });

  it("loads packed words as live cells", () => {
    const words = new Uint32Array(2 * 3);
    words[2] = 0b101; // row 1: cells 0 and 2
    const universe = createUniverse({
      space: { kind: "plane", width: 40, height: 3 },
      rule: STAR_WARS,
      words,
    });
    expect(listed(universe)).toEqual(["0,1:1", "2,1:1"]);
  });
});

describe("multi-state spaceships", () => {
  const ships = [
    ["Brian's Brain", BRIANS_BRAIN, BRIANS_SHIP, -1],
    ["Star Wars", STAR_WARS, STAR_WARS_SHIP, 1],
  ] as const;
  for (const [name, rule, ship, dy] of ships) {
    it(`${name}'s c/1 ship moves a row a generation on every engine`, () => {
      const universes = [
        createUniverse({ space: { kind: "infinite" }, rule }),
        createUniverse({ space: { kind: "torus", width: 13, height: 11 }, rule, engine: "fast" }),
        createUniverse({
          space: { kind: "torus", width: 13, height: 11 },
          rule,
          engine: "coroutine",
        }),
      ];
      for (const universe of universes) {
        place(universe, ship, 4, 3);
        const start = listed(universe);
        universe.step(1n);
        if (universe.space.kind === "infinite") {
          expect(listed(universe, 0, -dy)).toEqual(start);
          universe.step(99n);
          expect(listed(universe, 0, -100 * dy)).toEqual(start);
        } else {
          // Round the torus and back: 11 rows in 11 generations.
          universe.step(10n);
          expect(listed(universe)).toEqual(start);
        }
      }
    });
  }
});

describe("multi-state rules on the infinite plane", () => {
  for (const [name, rule] of RULES.filter(([, rule]) => stateCount(rule) <= 26)) {
    it(`${name}: the coroutine engine equals a padded bounded plane`, () => {
      const states = stateCount(rule);
      const seed = 77 + states;
      const random = createRandom(seed);
      const universe = createUniverse({ space: { kind: "infinite" }, rule });
      const pad = 12;
      const reference = createUniverse({
        space: { kind: "plane", width: 8 + 2 * pad, height: 8 + 2 * pad },
        rule,
      });
      for (let y = 0; y < 8; y++) {
        for (let x = 0; x < 8; x++) {
          const state = random() < 0.5 ? 0 : Math.floor(random() * states);
          universe.set(x - 3, y - 5, state);
          reference.set(pad + x, pad + y, state);
        }
      }
      for (let generation = 1; generation <= 10; generation++) {
        universe.step(1n);
        reference.step(1n);
        expect(listed(universe), `seed ${seed}, generation ${generation}`).toEqual(
          listed(reference, -pad - 3, -pad - 5),
        );
      }
      const picture = universe.picture({ x: -20, y: -20, width: 40, height: 40 }, 2);
      expect(picture.states).toBe(states);
    });
  }

  it("refuses HashLife and tiles for multi-state rules, with the reason", () => {
    for (const engine of ["hashlife", "tiles"] as const) {
      expect(() =>
        createUniverse({ space: { kind: "infinite" }, rule: STAR_WARS, engine }),
      ).toThrow(/two-state rules only.*4 states/);
    }
  });
});

describe("rules beyond the 3x3 block", () => {
  const LTL: Rule = {
    family: "ltl",
    range: 2,
    states: 3,
    middle: false,
    shape: "moore",
    birth: [[4, 6]],
    survival: [[5, 9]],
  };

  it("run a Larger than Life rule on the range kernel bounded and the interpreter infinite, alike", () => {
    const fast = createUniverse({ space: { kind: "plane", width: 40, height: 40 }, rule: LTL });
    expect(fast.kernel).toMatch(/^ltl-/);
    const infinite = createUniverse({ space: { kind: "infinite" }, rule: LTL });
    const random = createRandom(5);
    for (let y = 0; y < 8; y++) {
      for (let x = 0; x < 8; x++) {
        const state = random() < 0.5 ? 1 : 0;
        fast.set(16 + x, 16 + y, state);
        infinite.set(x, y, state);
      }
    }
    for (let generation = 1; generation <= 6; generation++) {
      fast.step(1n);
      infinite.step(1n);
      expect(listed(infinite), `generation ${generation}`).toEqual(listed(fast, -16, -16));
    }
    expect(fast.population()).toBeGreaterThan(0n);
  });
});
