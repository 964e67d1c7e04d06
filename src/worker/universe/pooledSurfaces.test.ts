import { describe, expect, it } from "vitest";
import { fillRandom } from "../../engine/fillRandom.ts";
import { PackedCells } from "../../engine/PackedCells.ts";
import { createUniverse } from "../../universe/createUniverse.ts";
import type { GridSpace } from "../../universe/Universe.ts";
import { createInProcessWorker } from "../pool/createInProcessWorker.ts";
import { createInProcessPool } from "../pool/poolTestSupport.ts";
import { createPooledSpaces } from "./createPooledSpaces.ts";
import { LIFE } from "./universeTestSupport.ts";

// The band pool joins plain edges only: Golly's other surfaces run as one grid instead.
describe("Golly's other surfaces in the universe worker", () => {
  const spaces: GridSpace[] = [
    { kind: "klein", width: 40, height: 30, twist: "vertical" },
    { kind: "torus", width: 40, height: 30, shift: { edges: "horizontal", by: 3 } },
    { kind: "sphere", width: 30, height: 30 },
  ];

  it.each(spaces)("runs %j as one grid, as createUniverse does", (space) => {
    const pooled = createPooledSpaces({ createWorker: createInProcessWorker, workers: 2 });
    const words = new PackedCells(space.width, space.height);
    fillRandom(words, 0.4, 7);
    const universe = pooled.create({ space, rule: LIFE, words: words.words });
    const reference = createUniverse({
      space,
      rule: LIFE,
      engine: "coroutine",
      words: words.words,
    });
    expect(universe.space).toEqual(space);
    universe.step(50n);
    reference.step(50n);
    expect([...universe.cells()]).toEqual([...reference.cells()]);
    expect(reference.population()).toBeGreaterThan(0n);
    pooled.dispose();
  });

  it("refuses them in the band pool itself", () => {
    const pool = createInProcessPool({ workers: 2 });
    const words = new Uint32Array(30 * 2);
    const world = { width: 40, height: 30, rule: LIFE, words, generation: 0 };
    expect(() => pool.load({ ...world, topology: "klein", twist: "vertical" })).toThrow(
      /runs a torus or a plane, not a klein/,
    );
    expect(() =>
      pool.load({ ...world, topology: "torus", shift: { edges: "vertical", by: 1 } }),
    ).toThrow(/not a shifted torus/);
    pool.dispose();
  });
});
