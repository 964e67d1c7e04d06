import { describe, expect, it } from "vitest";
import { parsePattern } from "../formats/index.ts";
import { findPattern } from "../patterns/index.ts";
import type { Rule } from "../rules/Rule.ts";
import { lifeLike } from "../rules/Rule.ts";
import { createUniverse } from "./createUniverse.ts";
import { stampPattern } from "./stampPattern.ts";
import type { EngineName, Universe } from "./Universe.ts";

/**
 * The patterns that grow without end, on every engine of the infinite plane: cell for cell
 * against the coroutine interpreter on a bounded plane padded so they never reach its edge, and
 * far beyond, where no grid could hold them, against exact figures: the spacefiller's
 * population has a closed form (in Golly's spacefiller.rle), the breeder's comes from Golly.
 */

const LIFE: Rule = lifeLike(1 << 3, (1 << 2) | (1 << 3));

function open(id: string, engine: EngineName | "coroutine-plane", pad = 0): Universe {
  const item = findPattern(id);
  if (!item) throw new Error(`no library pattern ${id}`);
  const pattern = parsePattern(item.rle);
  const universe =
    engine === "coroutine-plane"
      ? createUniverse({
          space: {
            kind: "plane",
            width: pattern.width + 2 * pad,
            height: pattern.height + 2 * pad,
          },
          rule: LIFE,
          engine: "coroutine",
        })
      : createUniverse({ space: { kind: "infinite" }, rule: LIFE, engine });
  stampPattern(universe, pattern, pad, pad);
  return universe;
}

function cellsShifted(universe: Universe, dx: number, dy: number): string[] {
  return [...universe.cells()].map(([x, y]) => `${x + dx},${y + dy}`);
}

/** The spacefiller's population at generation t (Golly's spacefiller.rle gives the formula). */
function spacefillerPopulation(t: bigint): bigint {
  const constant = [511n, 608n, 563n, 580n][Number(t % 4n)] as bigint;
  return ((t + 17n) ** 2n + constant) / 4n;
}

const ENGINES: readonly EngineName[] = ["hashlife", "tiles", "coroutine"];

/** The interpreter's cells every 10 generations, computed once for all engines. */
const referenceCells = new Map<string, string[][]>();
function referenceOf(id: string, generations: number): string[][] {
  const key = `${id}:${generations}`;
  let found = referenceCells.get(key);
  if (!found) {
    const pad = generations + 2;
    const reference = open(id, "coroutine-plane", pad);
    found = [];
    for (let g = 1; g <= generations; g++) {
      reference.step(1n);
      if (g % 10 === 0) found.push(cellsShifted(reference, -pad, -pad));
    }
    referenceCells.set(key, found);
  }
  return found;
}

describe.each(ENGINES)("growth on the %s engine", (engine) => {
  it.each([
    ["spacefiller", 40],
    ["twenty-cell-quadratic-growth", 40],
  ] as const)(
    "%s equals the interpreter on a padded plane for %i generations",
    (id, generations) => {
      const expected = referenceOf(id, generations);
      const universe = open(id, engine);
      for (let g = 1; g <= generations; g++) {
        universe.step(1n);
        if (g % 10 === 0) {
          expect(cellsShifted(universe, 0, 0), `${id}, generation ${g}`).toEqual(
            expected[g / 10 - 1],
          );
        }
      }
    },
  );
});

describe("growth far past any grid", () => {
  it.each([
    ["hashlife", 1024n],
    ["hashlife", 2n ** 20n],
    ["hashlife", 2n ** 40n],
    ["tiles", 1024n],
  ] as const)("the spacefiller on %s has its exact population at generation %i", (engine, t) => {
    const universe = open("spacefiller", engine);
    universe.step(t);
    expect(universe.population()).toBe(spacefillerPopulation(t));
  });

  it.each([
    // Generation 65536 (56822 cells) is checked by scripts/verify-golly-oracles.ts.
    ["hashlife", 1024n, 590n],
    ["tiles", 1024n, 590n],
  ] as const)(
    "the 20-cell breeder on %s at generation %i has Golly's population %i",
    (engine, t, population) => {
      const universe = open("twenty-cell-quadratic-growth", engine);
      universe.step(t);
      expect(universe.population()).toBe(population);
    },
  );
});
