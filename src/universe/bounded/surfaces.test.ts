import { describe, expect, it } from "vitest";
import { CONWAY } from "../../rules/Rule.ts";
import { createUniverse } from "../createUniverse.ts";
import { sameSpace } from "../sameSpace.ts";
import type { GridSpace, Universe } from "../Universe.ts";

/** A lightweight spaceship heading west at c/2: back in its own shape every 4 generations. */
const LWSS = [".O..O", "O....", "O...O", "OOOO."];

function withShip(space: GridSpace, engine: "fast" | "coroutine", x: number, y: number): Universe {
  const universe = createUniverse({ space, rule: CONWAY, engine });
  LWSS.forEach((row, dy) => {
    [...row].forEach((c, dx) => {
      if (c === "O") universe.set(x + dx, y + dy, 1);
    });
  });
  return universe;
}

function cellsOf(universe: Universe): string[] {
  return [...universe.cells()].map(([x, y]) => `${x},${y}`).sort();
}

const ENGINES = ["fast", "coroutine"] as const;

describe("a spaceship crossing the edges of Golly's surfaces", () => {
  it.each(ENGINES)(
    "heads west on a torus, back where it started after 2 x width generations (%s)",
    (engine) => {
      const space: GridSpace = { kind: "torus", width: 20, height: 11 };
      const ship = withShip(space, engine, 8, 3);
      const start = cellsOf(ship);
      ship.step(4n);
      // Two cells west: the spaceship's heading, which the expectations below rely on.
      expect(cellsOf(ship)).toEqual(start.map((at) => shift(at, -2, 0)).sort());
      ship.step(36n);
      expect(cellsOf(ship)).toEqual(start);
    },
  );

  it.each(ENGINES)(
    "comes back upside down on a Klein bottle with twisted left and right edges (%s)",
    (engine) => {
      // :K20,11*: crossing the left edge at row y comes in at the right edge at row 10 - y.
      const space: GridSpace = { kind: "klein", width: 20, height: 11, twist: "vertical" };
      const ship = withShip(space, engine, 8, 3);
      const start = cellsOf(ship);
      ship.step(40n);
      expect(cellsOf(ship)).toEqual(start.map((at) => mirrorRows(at, 11)).sort());
      ship.step(40n);
      expect(cellsOf(ship)).toEqual(start);
    },
  );

  it.each(ENGINES)(
    "comes back unchanged on a Klein bottle twisted top and bottom (%s)",
    (engine) => {
      const space: GridSpace = { kind: "klein", width: 20, height: 11, twist: "horizontal" };
      const ship = withShip(space, engine, 8, 3);
      const start = cellsOf(ship);
      ship.step(40n);
      expect(cellsOf(ship)).toEqual(start);
    },
  );

  it.each(ENGINES)("comes back upside down on a cross-surface (%s)", (engine) => {
    const space: GridSpace = { kind: "cross", width: 20, height: 11 };
    const ship = withShip(space, engine, 8, 3);
    const start = cellsOf(ship);
    ship.step(40n);
    expect(cellsOf(ship)).toEqual(start.map((at) => mirrorRows(at, 11)).sort());
  });

  it.each(ENGINES)(
    "comes back 3 rows up on a torus whose left and right edges shift by 3 (%s)",
    (engine) => {
      // :T20,11+3: left of row y is the right edge's row y - 3, so heading west moves it up 3.
      const space: GridSpace = {
        kind: "torus",
        width: 20,
        height: 11,
        shift: { edges: "vertical", by: 3 },
      };
      const ship = withShip(space, engine, 8, 5);
      const start = cellsOf(ship);
      ship.step(40n);
      expect(cellsOf(ship)).toEqual(start.map((at) => shift(at, 0, -3)).sort());
    },
  );

  it.each(ENGINES)(
    "comes back unmoved on a torus shifted along its top and bottom (%s)",
    (engine) => {
      const space: GridSpace = {
        kind: "torus",
        width: 20,
        height: 11,
        shift: { edges: "horizontal", by: 3 },
      };
      const ship = withShip(space, engine, 8, 5);
      const start = cellsOf(ship);
      ship.step(40n);
      expect(cellsOf(ship)).toEqual(start);
    },
  );

  it("runs a soup the same on the fast kernels and the interpreter, on every surface", () => {
    const spaces: GridSpace[] = [
      { kind: "sphere", width: 37, height: 37 },
      { kind: "cross", width: 41, height: 19 },
      {
        kind: "klein",
        width: 40,
        height: 19,
        twist: "horizontal",
        shift: { edges: "horizontal", by: 1 },
      },
      { kind: "torus", width: 33, height: 20, shift: { edges: "horizontal", by: -7 } },
    ];
    for (const space of spaces) {
      const [fast, slow] = ENGINES.map((engine) => createUniverse({ space, rule: CONWAY, engine }));
      let state = 12345;
      for (let y = 0; y < space.height; y++) {
        for (let x = 0; x < space.width; x++) {
          state = (state * 1103515245 + 12345) % 2147483648;
          if (state % 3 === 0) {
            fast?.set(x, y, 1);
            slow?.set(x, y, 1);
          }
        }
      }
      fast?.step(60n);
      slow?.step(60n);
      expect(cellsOf(fast as Universe), JSON.stringify(space)).toEqual(cellsOf(slow as Universe));
      expect(fast?.population()).toBeGreaterThan(0n);
    }
  });
});

describe("cells beyond the edges of Golly's surfaces", () => {
  it("are the cells the edges join, for get and set", () => {
    const space: GridSpace = { kind: "cross", width: 5, height: 4 };
    for (const engine of ENGINES) {
      const universe = createUniverse({ space, rule: CONWAY, engine });
      // Above the top edge at column 1 is the bottom row at column 5 - 1 - 1.
      universe.set(1, -1, 1);
      expect([...universe.cells()]).toEqual([[3, 3, 1]]);
      expect(universe.get(1, -1)).toBe(1);
      // Left of row 0 is the right column at row 4 - 1 - 0.
      universe.set(-1, 0, 1);
      expect([...universe.cells()]).toEqual([
        [3, 3, 1],
        [4, 3, 1],
      ]);
      expect(universe.get(-1, 0)).toBe(1);
    }
  });

  it("tells surfaces apart by their twist and shift", () => {
    const torus: GridSpace = { kind: "torus", width: 8, height: 6 };
    const shifted: GridSpace = { ...torus, shift: { edges: "horizontal", by: 1 } };
    expect(sameSpace(torus, { ...torus })).toBe(true);
    expect(sameSpace(torus, shifted)).toBe(false);
    expect(sameSpace(shifted, { ...torus, shift: { edges: "vertical", by: 1 } })).toBe(false);
    const klein: GridSpace = { kind: "klein", width: 8, height: 6, twist: "horizontal" };
    expect(sameSpace(klein, { ...klein, twist: "vertical" })).toBe(false);
  });

  it("refuses a surface Golly does not allow", () => {
    for (const engine of ENGINES) {
      expect(() =>
        createUniverse({ space: { kind: "sphere", width: 5, height: 6 }, rule: CONWAY, engine }),
      ).toThrow(RangeError);
    }
  });
});

function shift(at: string, dx: number, dy: number): string {
  const [x, y] = at.split(",").map(Number) as [number, number];
  return `${x + dx},${y + dy}`;
}

function mirrorRows(at: string, height: number): string {
  const [x, y] = at.split(",").map(Number) as [number, number];
  return `${x},${height - 1 - y}`;
}
