import { afterAll, describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import type { Rule } from "../../rules/index.ts";
import { lifeLike } from "../../rules/Rule.ts";
import { createUniverse } from "../../universe/createUniverse.ts";
import type { CellRect, GridSpace, Universe } from "../../universe/Universe.ts";
import { createInProcessWorker } from "../pool/createInProcessWorker.ts";
import { steppedAsync } from "./AsyncStepping.ts";
import { createPooledSpaces } from "./createPooledSpaces.ts";

// The pooled universe as a `Universe`: everything but stepping answered from the packed copy,
// against the coroutine interpreter on the same space, for seeded random grids and rules.
const seed = pickSeed();
const spaces = createPooledSpaces({
  createWorker: createInProcessWorker,
  workers: 2,
  mode: "transfer",
});
afterAll(() => spaces.dispose());

function randomRule(random: () => number): Rule {
  return lifeLike(Math.floor(random() * 512), Math.floor(random() * 512));
}

function randomRect(space: { width: number; height: number }, random: () => number): CellRect {
  const x = Math.floor(random() * (space.width + 10)) - 5;
  const y = Math.floor(random() * (space.height + 10)) - 5;
  return {
    x,
    y,
    width: 1 + Math.floor(random() * space.width),
    height: 1 + Math.floor(random() * space.height),
  };
}

/** Everything a universe answers without stepping, to compare two. */
function readings(universe: Universe, random: () => number): unknown[] {
  const space = universe.space as GridSpace;
  const out: unknown[] = [universe.generation, universe.population(), universe.bounds()];
  for (let i = 0; i < 6; i++) {
    const rect = randomRect(space, random);
    const scale = Math.floor(random() * 4);
    out.push([...universe.cells(rect)], universe.picture(rect, scale));
    const x = Math.floor(random() * 3 * space.width) - space.width;
    const y = Math.floor(random() * 3 * space.height) - space.height;
    out.push(universe.get(x, y));
  }
  out.push([...universe.cells()]);
  return out;
}

let comparisons = 0;

/** Compares what `pooled` and `reference` answer, with the same seeded rects for both. */
function expectSame(pooled: Universe, reference: Universe, where: string): void {
  const rectSeed = seed + ++comparisons;
  expect(readings(pooled, createRandom(rectSeed)), where).toEqual(
    readings(reference, createRandom(rectSeed)),
  );
}

describe("a pooled universe", () => {
  it("answers like the interpreter: cells, pictures, bounds, wrapping, snapshots, both ways of stepping", async () => {
    const random = createRandom(seed);
    for (let trial = 0; trial < 8; trial++) {
      const kind = trial % 2 === 0 ? "torus" : "plane";
      const space = {
        kind,
        width: 3 + Math.floor(random() * 70),
        height: 2 + Math.floor(random() * 40),
      } as const;
      const rule = randomRule(random);
      const engine = trial % 3 === 0 ? "coroutine" : "fast";
      const pooled = spaces.create({ space, rule, engine });
      const reference = createUniverse({ space, rule, engine: "coroutine" });
      const where = `seed ${seed} (TEST_SEED=${seed}), trial ${trial}, ${kind} ${space.width}x${space.height}`;
      if (!steppedAsync(pooled)) throw new Error("not a pooled universe");
      expect(pooled.engine).toBe(engine);
      for (let i = 0; i < space.width * space.height; i++) {
        // Coordinates past the edges too: wrapped on a torus, ignored on a plane.
        const x = Math.floor(random() * (space.width + 4)) - 2;
        const y = Math.floor(random() * (space.height + 4)) - 2;
        const state = random() < 0.6 ? 1 : 0;
        pooled.set(x, y, state);
        reference.set(x, y, state);
      }
      expectSame(pooled, reference, `${where}, set`);
      const kept = pooled.snapshot();
      await pooled.stepAsync(5n);
      reference.step(5n);
      expectSame(pooled, reference, `${where}, stepped through the pool`);
      pooled.step(3n);
      reference.step(3n);
      expectSame(pooled, reference, `${where}, stepped here`);
      pooled.set(1, 1, 1);
      reference.set(1, 1, 1);
      await pooled.stepAsync(2n);
      reference.step(2n);
      expectSame(pooled, reference, `${where}, edited and stepped through the pool`);
      pooled.restore(kept);
      expect(pooled.generation, where).toBe(0n);
      await pooled.stepAsync(10n);
      const again = createUniverse({ space, rule, engine: "coroutine" });
      pooled.restore(kept);
      for (const [x, y] of pooled.cells()) again.set(x, y, 1);
      await pooled.stepAsync(4n);
      again.step(4n);
      expect([...pooled.cells()], `${where}, restored`).toEqual([...again.cells()]);
      pooled.dispose();
    }
  });

  it("refuses changes while a step is under way, and takes them once it is abandoned", async () => {
    const space = { kind: "torus", width: 20, height: 20 } as const;
    const pooled = spaces.create({ space, rule: lifeLike(8, 12), engine: "fast" });
    if (!steppedAsync(pooled)) throw new Error("not a pooled universe");
    pooled.set(5, 5, 1);
    const running = pooled.stepAsync(1000n);
    expect(() => pooled.set(1, 1, 1)).toThrow(/while it steps/);
    pooled.abandon();
    pooled.set(1, 1, 1);
    await running;
    // The abandoned step changed nothing: the two cells, at generation 0.
    expect(pooled.generation).toBe(0n);
    expect([...pooled.cells()]).toEqual([
      [1, 1, 1],
      [5, 5, 1],
    ]);
    await pooled.stepAsync(1n);
    expect(pooled.population()).toBe(0n);
    pooled.dispose();
  });
});
