import { describe, expect, it } from "vitest";
import { createRandom } from "../../engine/createRandom.ts";
import { PackedCells } from "../../engine/PackedCells.ts";
import { compileRule } from "../../kernels/compileRule.ts";
import type { StepperKind } from "../../kernels/Stepper.ts";
import { cellProgramOf } from "../../rules/cellProgramOf.ts";
import type { Rule } from "../../rules/Rule.ts";
import { lifeLike } from "../../rules/Rule.ts";
import type { CellRect, Universe } from "../Universe.ts";
import { type BoundedSnapshot, type BoundedSpace, wordsOf } from "./BoundedUniverse.ts";
import {
  type BoundedEngine,
  boundedUniverseFromWords,
  createBoundedUniverse,
} from "./createBoundedUniverse.ts";

/**
 * The packed paths of the bounded universe (pictures, bounds, cells, snapshots, words) against
 * direct counts over the cells, on every engine and kernel, tori and planes, widths on and off
 * a word's edge, read both from the engine row by row and from the words read back whole.
 */

const LIFE: Rule = lifeLike(1 << 3, (1 << 2) | (1 << 3));
/** B36/S125: not Life, to cover more of the table. */
const OTHER: Rule = lifeLike((1 << 3) | (1 << 6), (1 << 1) | (1 << 2) | (1 << 5));

function compiled(rule: Rule) {
  const program = cellProgramOf(rule);
  const result = compileRule(program);
  if (!result) throw new Error("the rule does not compile");
  return { program, compiled: result };
}

const ENGINES: readonly (readonly [string, (rule: Rule) => BoundedEngine])[] = [
  ...(["wasm", "bits", "bytes"] as const).map(
    (kernel: StepperKind) =>
      [`fast ${kernel}`, (): BoundedEngine => ({ kind: "fast", kernel })] as const,
  ),
  ["coroutine", (rule) => ({ kind: "coroutine", program: cellProgramOf(rule) })],
];

/** A random grid of `width` x `height` at `density`, as PackedCells. */
function randomCells(width: number, height: number, density: number, seed: number): PackedCells {
  const random = createRandom(seed);
  const cells = new PackedCells(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) if (random() < density) cells.set(x, y, 1);
  }
  return cells;
}

/** The live cells of PackedCells as (x, y) pairs, cell by cell. */
function* liveOf(cells: PackedCells): Generator<readonly [number, number]> {
  for (let y = 0; y < cells.height; y++) {
    for (let x = 0; x < cells.width; x++) if (cells.get(x, y)) yield [x, y];
  }
}

/** Every cell of a universe's grid, read one by one with `get`. */
function cellsByGet(universe: Universe, width: number, height: number): PackedCells {
  const cells = new PackedCells(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) cells.set(x, y, universe.get(x, y));
  }
  return cells;
}

/** The density picture counted cell by cell, the contract written out. */
function directPicture(cells: PackedCells, rect: CellRect, scale: number): number[] {
  const side = 2 ** scale;
  const width = Math.ceil(rect.width / side);
  const height = Math.ceil(rect.height / side);
  const pixels: number[] = [];
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      let count = 0;
      for (let y = rect.y + j * side; y < rect.y + (j + 1) * side; y++) {
        for (let x = rect.x + i * side; x < rect.x + (i + 1) * side; x++) {
          if (x >= 0 && x < cells.width && y >= 0 && y < cells.height) count += cells.get(x, y);
        }
      }
      const area = side * side;
      pixels.push(
        count === 0 ? 0 : count === area ? 255 : Math.min(254, Math.ceil((count * 255) / area)),
      );
    }
  }
  return pixels;
}

/** A random rectangle that may reach past any edge of a `width` x `height` grid. */
function randomRect(random: () => number, width: number, height: number): CellRect {
  const x = Math.floor(random() * (width + 40)) - 20;
  const y = Math.floor(random() * (height + 40)) - 20;
  return {
    x,
    y,
    width: 1 + Math.floor(random() * (width + 20)),
    height: 1 + Math.floor(random() * (height + 20)),
  };
}

const SIZES = [
  [32, 8],
  [37, 21],
  [64, 40],
  [100, 33],
  [129, 70],
  [1000, 9],
] as const;

describe.each(ENGINES)("the bounded universe on the %s engine", (_name, engineFor) => {
  const engine = engineFor(LIFE);
  const life = compiled(LIFE).compiled;

  it.each(["torus", "plane"] as const)(
    "draws pictures at scales 0-7 of random %s grids as a direct count says, after steps too",
    (kind) => {
      for (let trial = 0; trial < SIZES.length * 2; trial++) {
        const seed = 4200 + trial;
        const random = createRandom(seed);
        const [width, height] = SIZES[trial % SIZES.length] as readonly [number, number];
        const space: BoundedSpace = { kind, width, height };
        const start = randomCells(width, height, 0.1 + 0.8 * random(), seed);
        const universe = boundedUniverseFromWords(space, life, engine, start.words);
        for (const generations of [0n, 3n]) {
          universe.step(generations);
          const cells = cellsByGet(universe, width, height);
          for (let scale = 0; scale <= 7; scale++) {
            for (let r = 0; r < 4; r++) {
              const rect = randomRect(random, width, height);
              const at = `seed ${seed}, ${kind} ${width}x${height}, scale ${scale}, rect ${JSON.stringify(rect)}`;
              const picture = universe.picture(rect, scale);
              expect(picture.width, at).toBe(Math.ceil(rect.width / 2 ** scale));
              expect([...picture.pixels], at).toEqual(directPicture(cells, rect, scale));
            }
            // The whole grid, which reads it back whole rather than row by row.
            const all = { x: 0, y: 0, width, height };
            expect([...universe.picture(all, scale).pixels], `seed ${seed}`).toEqual(
              directPicture(cells, all, scale),
            );
          }
        }
        universe.dispose();
      }
    },
  );

  it("draws rects wholly outside the grid, and far from it, as empty", () => {
    const space: BoundedSpace = { kind: "torus", width: 40, height: 30 };
    const full = new PackedCells(40, 30);
    for (let y = 0; y < 30; y++) full.fillRun(y, 0, 40);
    const universe = boundedUniverseFromWords(space, life, engine, full.words);
    for (const rect of [
      { x: -64, y: -64, width: 64, height: 64 },
      { x: 40, y: 0, width: 10, height: 30 },
      { x: 0, y: 30, width: 40, height: 5 },
    ]) {
      expect(universe.picture(rect, 3).pixels.every((p) => p === 0)).toBe(true);
    }
    const far = universe.picture(
      { x: 2 ** 40, y: -(2 ** 40), width: 2 ** 30, height: 2 ** 30 },
      20,
    );
    expect(far.pixels.length).toBe(1024 * 1024);
    expect(far.pixels.every((p) => p === 0)).toBe(true);
    // A pixel of 64x64 cells covering the whole 40x30 grid: 1200 of 4096 cells.
    expect([...universe.picture({ x: 0, y: 0, width: 64, height: 64 }, 6).pixels]).toEqual([
      Math.ceil((1200 * 255) / 4096),
    ]);
    expect([...universe.picture({ x: 8, y: 8, width: 8, height: 8 }, 3).pixels]).toEqual([255]);
  });

  it("counts population, bounds and cells in rects as the cells say, after edits and steps", () => {
    for (let trial = 0; trial < 12; trial++) {
      const seed = 5100 + trial;
      const random = createRandom(seed);
      const [width, height] = SIZES[trial % SIZES.length] as readonly [number, number];
      const kind = trial % 2 === 0 ? "torus" : "plane";
      const space: BoundedSpace = { kind, width, height };
      const universe = createBoundedUniverse(space, life, engine);
      // A few live cells in a corner region, so bounds are not the whole grid.
      const x0 = Math.floor(random() * width);
      const y0 = Math.floor(random() * height);
      for (let i = 0; i < 12; i++) {
        universe.set(x0 + Math.floor(random() * 9), y0 + Math.floor(random() * 9), 1);
      }
      for (const generations of [0n, 1n, 5n]) {
        universe.step(generations);
        if (random() < 0.5) universe.set(Math.floor(random() * width), 0, 1);
        const cells = cellsByGet(universe, width, height);
        const at = `seed ${seed}, ${kind} ${width}x${height}, +${generations}`;
        expect(universe.population(), at).toBe(BigInt(cells.population()));
        const box = cells.liveBounds();
        expect(universe.bounds(), at).toEqual(box ?? null);
        const rect = randomRect(random, width, height);
        const expected: string[] = [];
        for (let y = Math.max(0, rect.y); y < Math.min(height, rect.y + rect.height); y++) {
          for (let x = Math.max(0, rect.x); x < Math.min(width, rect.x + rect.width); x++) {
            if (cells.get(x, y)) expected.push(`${x},${y}`);
          }
        }
        expect(
          [...universe.cells(rect)].map(([x, y, s]) => `${x},${y}${s === 1 ? "" : `:${s}`}`),
          `${at}, rect ${JSON.stringify(rect)}`,
        ).toEqual(expected);
        expect([...universe.cells()].length, at).toBe(cells.population());
      }
      universe.dispose();
    }
  });

  it("finds the bounds of cells on a torus's first column, not the kernel's copy past the last", () => {
    for (const width of [37, 64, 100]) {
      const universe = createBoundedUniverse({ kind: "torus", width, height: 9 }, life, engine);
      // A vertical blinker in column 0: its horizontal phase wraps round to column width - 1.
      for (const y of [3, 4, 5]) universe.set(0, y, 1);
      expect(universe.bounds(), `width ${width}`).toEqual({ x: 0, y: 3, width: 1, height: 3 });
      universe.step(1n);
      expect(universe.bounds(), `width ${width}`).toEqual({ x: 0, y: 4, width, height: 1 });
      universe.step(1n);
      expect(universe.bounds(), `width ${width}`).toEqual({ x: 0, y: 3, width: 1, height: 3 });
      universe.dispose();
    }
  });

  it("restores snapshots exactly after steps and edits, and keeps them unchanged by later edits", () => {
    const random = createRandom(77);
    const space: BoundedSpace = { kind: "torus", width: 70, height: 45 };
    const universe = boundedUniverseFromWords(
      space,
      life,
      engine,
      randomCells(70, 45, 0.35, 77).words,
      10n,
    );
    const taken: { snapshot: BoundedSnapshot; words: Uint32Array; population: bigint }[] = [];
    for (let round = 0; round < 6; round++) {
      const snapshot = universe.snapshot() as BoundedSnapshot;
      taken.push({ snapshot, words: wordsOf(universe), population: universe.population() });
      universe.step(BigInt(1 + Math.floor(random() * 4)));
      universe.set(Math.floor(random() * 70), Math.floor(random() * 45), 1);
      universe.set(Math.floor(random() * 70), Math.floor(random() * 45), 0);
    }
    for (const { snapshot, words, population } of taken.reverse()) {
      universe.restore(snapshot);
      expect(universe.generation).toBe(snapshot.generation);
      expect(universe.population()).toBe(population);
      expect(snapshot.population).toBe(population);
      expect(wordsOf(universe)).toEqual(words);
      // Edits after a restore write the engine, not the snapshot.
      universe.set(0, 0, 1 - universe.get(0, 0));
      expect(snapshot.words).toEqual(words);
      universe.restore(snapshot);
      expect(cellsByGet(universe, 70, 45).words).toEqual(words);
    }
    // The restored world runs on as the world it was.
    const first = taken[taken.length - 1] as (typeof taken)[number];
    universe.restore(first.snapshot);
    universe.step(7n);
    const fresh = boundedUniverseFromWords(space, life, engine, first.words, 10n);
    fresh.step(7n);
    expect(wordsOf(universe)).toEqual(wordsOf(fresh));
    expect(universe.generation).toBe(17n);
  });

  it("shares one buffer between snapshots of an unchanged world, a bit a cell", () => {
    const space: BoundedSpace = { kind: "plane", width: 100, height: 10 };
    const universe = createBoundedUniverse(space, life, engine);
    universe.set(5, 5, 1);
    const a = universe.snapshot() as BoundedSnapshot;
    universe.picture({ x: 0, y: 0, width: 100, height: 10 }, 2);
    const b = universe.snapshot() as BoundedSnapshot;
    expect(b.words).toBe(a.words);
    expect(a.words.byteLength).toBe(4 * 4 * 10);
    universe.set(5, 5, 1); // no change
    expect((universe.snapshot() as BoundedSnapshot).words).toBe(a.words);
    universe.set(6, 5, 1);
    const c = universe.snapshot() as BoundedSnapshot;
    expect(c.words).not.toBe(a.words);
    expect(c.population).toBe(2n);
    expect(a.population).toBe(1n);
    universe.restore(a);
    expect((universe.snapshot() as BoundedSnapshot).words).toBe(a.words);
  });

  it("round-trips packed words, generation included, in the layout of PackedCells", () => {
    for (const [width, height] of SIZES) {
      const cells = randomCells(width, height, 0.4, width * height);
      const space: BoundedSpace = { kind: "plane", width, height };
      const universe = boundedUniverseFromWords(space, life, engine, cells.words, 123n);
      expect(universe.generation).toBe(123n);
      expect(wordsOf(universe)).toEqual(cells.words);
      expect(cellsByGet(universe, width, height).words).toEqual(cells.words);
      expect(universe.population()).toBe(BigInt(cells.population()));
      // The words were copied: editing them after does not reach the universe.
      const copy = cells.words.slice();
      cells.words.fill(0);
      expect(wordsOf(universe)).toEqual(copy);
      // And the copy handed out is the caller's.
      wordsOf(universe).fill(0);
      expect(wordsOf(universe)).toEqual(copy);
    }
    expect(() =>
      boundedUniverseFromWords(
        { kind: "torus", width: 40, height: 4 },
        life,
        engine,
        new Uint32Array(3),
      ),
    ).toThrow(TypeError);
  });

  it("steps loaded words as the interpreter steps the same cells set one by one", () => {
    const rule = compiled(OTHER);
    const space: BoundedSpace = { kind: "torus", width: 37, height: 29 };
    const cells = randomCells(37, 29, 0.3, 9);
    const universe = boundedUniverseFromWords(space, rule.compiled, engineFor(OTHER), cells.words);
    const reference = createBoundedUniverse(space, rule.compiled, {
      kind: "coroutine",
      program: rule.program,
    });
    for (const [x, y] of liveOf(cells)) reference.set(x, y, 1);
    for (let g = 0; g < 6; g++) {
      universe.step(1n);
      reference.step(1n);
      expect(cellsByGet(universe, 37, 29).words, `generation ${g + 1}`).toEqual(
        cellsByGet(reference, 37, 29).words,
      );
    }
  });
});

describe("wordsOf", () => {
  it("refuses a universe that is not on a bounded grid", () => {
    const universe = { space: { kind: "infinite" } } as unknown as Universe;
    expect(() => wordsOf(universe)).toThrow(TypeError);
  });
});

describe("a 16384x16384 torus, the largest grid the app allows", () => {
  it("loads, steps, draws, bounds and snapshots a glider crossing the corner at a bit a cell", () => {
    const size = 16384;
    const cells = new PackedCells(size, size);
    // A glider heading down and right, about to cross the bottom-right corner.
    for (const [x, y] of [
      [1, 0],
      [2, 1],
      [0, 2],
      [1, 2],
      [2, 2],
    ] as const) {
      cells.set(size - 3 + x, size - 3 + y, 1);
    }
    const space: BoundedSpace = { kind: "torus", width: size, height: size };
    const universe = boundedUniverseFromWords(
      space,
      compiled(LIFE).compiled,
      { kind: "fast" },
      cells.words,
    );
    expect(universe.bounds()).toEqual({ x: size - 3, y: size - 3, width: 3, height: 3 });
    // Two glider periods: two cells down and right, across both edges.
    universe.step(8n);
    expect(universe.population()).toBe(5n);
    expect([...universe.cells()].map(([x, y]) => `${x},${y}`)).toEqual([
      "1,0",
      "0,1",
      "1,1",
      "16383,1",
      "0,16383",
    ]);
    expect(universe.bounds()).toEqual({ x: 0, y: 0, width: size, height: size });
    // One pixel for the whole grid: 5 cells of 2^28 still show.
    expect([...universe.picture({ x: 0, y: 0, width: size, height: size }, 14).pixels]).toEqual([
      1,
    ]);
    // A view across the left and bottom edges, a cell a pixel: what lies past them is empty.
    const corner = universe.picture({ x: -2, y: size - 2, width: 4, height: 4 }, 0);
    expect([...corner.pixels]).toEqual([0, 0, 0, 0, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const snapshot = universe.snapshot() as BoundedSnapshot;
    expect(snapshot.words.byteLength).toBe((size * size) / 8);
    expect(universe.snapshot()).toHaveProperty("words", snapshot.words);
    universe.dispose();
  });
});
