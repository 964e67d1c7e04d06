import { describe, expect, it } from "vitest";
import { interpretPlane, liveCells } from "../../../tests/support/interpretPlane.ts";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { Grid } from "../../engine/Grid.ts";
import {
  type CellState,
  type Query,
  query,
  type Transition,
  transition,
} from "../../engine/protocol.ts";
import { stepCell } from "../../engine/stepCell.ts";
import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import { compileGameLogic } from "../../kernels/compileGameLogic.ts";
import { type CellProgram, compileRule } from "../../kernels/compileRule.ts";
import { createGameLogic } from "../../rules/createGameLogic.ts";
import { lifeLike as countsRule } from "../../rules/Rule.ts";
import { createTiledUniverse } from "./createTiledUniverse.ts";
import type { TiledUniverse } from "./TiledUniverse.ts";

type Cell = Generator<Query | Transition, void, CellState>;
type Kernel = "wasm" | "wasm-table" | "bits" | "bytes";

function lifeLike(
  birth: number,
  survival: number,
): { program: CellProgram; compiled: CompiledRule } {
  const gameLogic = createGameLogic(countsRule(birth, survival));
  const compiled = compileGameLogic(gameLogic);
  if (!compiled) throw new Error("did not compile");
  return { program: (y, x) => stepCell(y, x, gameLogic), compiled };
}

const LIFE = lifeLike(0b1000, 0b1100);

/** Not Life-like: Life, except that a birth also needs the cell to the north alive. */
const northBorn: CellProgram = function* (y, x): Cell {
  const self = yield query(y, x);
  let count = 0;
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) if (dy !== 0 || dx !== 0) count += yield query(y + dy, x + dx);
  }
  const north = yield query(y - 1, x);
  const next = self ? count === 2 || count === 3 : count === 3 && north === 1;
  yield transition(y, x, next ? 1 : 0);
};

function cellsOf(universe: TiledUniverse): [number, number][] {
  return [...universe.cells()].map(([x, y]) => [x, y]);
}

/**
 * Runs `cells` (at offset (ox, oy) on the plane) for `generations` on each kernel and on the
 * interpreter over a plane padded wider than the pattern can grow, comparing every generation.
 */
function compare(
  label: string,
  program: CellProgram,
  compiled: CompiledRule,
  pattern: readonly (readonly [number, number])[],
  generations: number,
  origin: readonly [number, number],
  kernels: readonly Kernel[],
  tileRows: number,
  /** Empty cells around the pattern in the interpreter's plane: more than it can grow. */
  pad = generations + 2,
): void {
  const width = Math.max(...pattern.map(([x]) => x)) + 1 + 2 * pad;
  const height = Math.max(...pattern.map(([, y]) => y)) + 1 + 2 * pad;
  let grid = new Grid(height, width, "plane");
  for (const [x, y] of pattern) grid.assign(y + pad, x + pad, 1);
  const [ox, oy] = origin;
  const universes = kernels.map((kernel) => {
    const universe = createTiledUniverse(compiled, { kernel, tileRows });
    expect(universe.kernel).toBe(kernel);
    for (const [x, y] of pattern) universe.set(ox + x, oy + y, 1);
    return universe;
  });
  for (let g = 1; g <= generations; g++) {
    grid = interpretPlane(grid, program);
    const expected = liveCells(grid, ox - pad, oy - pad);
    for (const universe of universes) {
      universe.step(1n);
      const where = `${label}, ${universe.kernel} kernel, generation ${g}`;
      expect(cellsOf(universe), where).toEqual(expected);
      expect(universe.population(), where).toBe(BigInt(expected.length));
      expect(universe.generation).toBe(BigInt(g));
    }
  }
  for (const universe of universes) universe.dispose();
}

describe("the tiled infinite plane", () => {
  it("matches the coroutine interpreter on random patterns and random Life-like rules", () => {
    const seed = pickSeed();
    const random = createRandom(seed);
    for (let i = 0; i < 30; i++) {
      // Random rules without B0, and Life every third pattern so that some grow a lot.
      const rule =
        i % 3 === 0 ? LIFE : lifeLike(Math.floor(random() * 256) * 2, Math.floor(random() * 512));
      const width = 4 + Math.floor(random() * 30);
      const height = 4 + Math.floor(random() * 30);
      const density = 0.2 + 0.5 * random();
      const pattern: [number, number][] = [];
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) if (random() < density) pattern.push([x, y]);
      }
      if (pattern.length === 0) pattern.push([0, 0]);
      // Straddling tile corners, at negative and positive coordinates.
      const tileRows = [1, 2, 8, 16, 64][i % 5] as number;
      const ox = 128 * (Math.floor(random() * 5) - 2) - Math.floor(random() * width);
      const oy = tileRows * (Math.floor(random() * 5) - 2) - Math.floor(random() * height);
      const generations = 8 + Math.floor(random() * 24);
      const label = `seed ${seed}, pattern ${i}, rule ${JSON.stringify(rule.compiled.totalistic)}, ${width}x${height} at (${ox}, ${oy}), tiles of ${tileRows} rows`;
      compare(
        label,
        rule.program,
        rule.compiled,
        pattern,
        generations,
        [ox, oy],
        ["wasm", "bits", "bytes"],
        tileRows,
      );
    }
  });

  it("matches the interpreter whether or not the wasm kernel can share the leaves of counts 0-1 and 4-8", () => {
    // stepTile picks one leaf for counts 4 to 8, and one for 0 and 1, when the rule gives them
    // the same outcome, and runs a loop of its own when both are death (as in Life); random
    // rules almost never do, so here are rules for each case.
    const mask = (counts: readonly number[]) => counts.reduce((m, n) => m | (1 << n), 0);
    const rules = [
      [
        "B3/S012345678: both shared, a cell with 4-8 neighbours survives",
        [3],
        [0, 1, 2, 3, 4, 5, 6, 7, 8],
      ],
      [
        "B345678/S2345678: both shared, 4-8 neighbours make a cell live",
        [3, 4, 5, 6, 7, 8],
        [2, 3, 4, 5, 6, 7, 8],
      ],
      ["B2/S: both shared and death, every cell dies", [2], []],
      ["B2/S3: both shared and death, births and survivals swapped from Life's", [2], [3]],
      ["B36/S23: only 0-1 shared", [3, 6], [2, 3]],
      ["B1/S1: only 4-8 shared", [1], [1]],
      ["B3/S238: neither", [3], [1, 2, 3, 8]],
    ] as const;
    const seed = pickSeed();
    const random = createRandom(seed);
    rules.forEach(([name, birth, survival], i) => {
      const rule = lifeLike(mask(birth), mask(survival));
      const pattern: [number, number][] = [];
      for (let y = 0; y < 24; y++) {
        for (let x = 0; x < 24; x++) if (random() < 0.4) pattern.push([x, y]);
      }
      const tileRows = [4, 16, 32][i % 3] as number;
      compare(
        `seed ${seed}, ${name}, tiles of ${tileRows} rows`,
        rule.program,
        rule.compiled,
        pattern,
        12,
        [-12, -10],
        ["wasm", "bits"],
        tileRows,
      );
    });
  });

  it("runs a rule that is not Life-like on its circuit, or the byte kernel, matching the interpreter", () => {
    const compiled = compileRule(northBorn);
    if (!compiled || compiled.totalistic) throw new Error("expected a table-only rule");
    const seed = pickSeed();
    const random = createRandom(seed);
    for (let i = 0; i < 4; i++) {
      const pattern: [number, number][] = [];
      for (let y = 0; y < 20; y++)
        for (let x = 0; x < 20; x++) if (random() < 0.45) pattern.push([x, y]);
      const universe = createTiledUniverse(compiled);
      expect(universe.kernel).toBe("wasm-table");
      universe.dispose();
      compare(
        `seed ${seed}, pattern ${i}`,
        northBorn,
        compiled,
        pattern,
        20,
        [120, -10],
        ["wasm-table", "bytes"],
        16,
      );
    }
  });

  it("follows a growing pattern across many tiles: R-pentomino and acorn", () => {
    const r = createTiledUniverse(LIFE.compiled);
    for (const [x, y] of [
      [1, 0],
      [2, 0],
      [0, 1],
      [1, 1],
      [1, 2],
    ] as const)
      r.set(x, y, 1);
    for (let g = 0; g < 1103; g++) r.step(1n);
    expect(r.population()).toBe(116n);
    expect(r.generation).toBe(1103n);
    const acorn = createTiledUniverse(LIFE.compiled);
    for (const [x, y] of [
      [1, 0],
      [3, 1],
      [0, 2],
      [1, 2],
      [4, 2],
      [5, 2],
      [6, 2],
    ] as const) {
      acorn.set(x, y, 1);
    }
    acorn.step(5206n);
    expect(acorn.population()).toBe(633n);
  });

  it("makes a dropped tile again when a death on a neighbour's edge brings a birth into it", () => {
    // Found by the random test: at generation 7 the cell (-1, 3) dies, leaving (0, 4), in a tile
    // dropped as empty, with exactly three live neighbours, none of which changed.
    const random = createRandom(12);
    const width = 4 + Math.floor(random() * 20);
    const height = 4 + Math.floor(random() * 20);
    const ox = 128 * (Math.floor(random() * 5) - 2) - Math.floor(random() * width);
    const oy = -Math.floor(random() * height);
    const pattern: [number, number][] = [];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) if (random() < 0.4) pattern.push([x, y]);
    }
    for (const tileRows of [1, 2, 128]) {
      compare(
        `tiles of ${tileRows} rows`,
        LIFE.program,
        LIFE.compiled,
        pattern,
        20,
        [ox, oy],
        ["wasm", "bits"],
        tileRows,
      );
    }
  });

  it("wakes skipped tiles: gliders hitting a block and a blinker settled in tiles of their own", () => {
    // The block and the blinker sit in tiles of their own, skipped (still, and period 2) for
    // over a hundred generations until the gliders reach them across tile borders; a tile
    // wrongly left asleep would miss the collision.
    const pattern: [number, number][] = [
      ...[
        [1, 0],
        [2, 1],
        [0, 2],
        [1, 2],
        [2, 2],
      ].map(([x, y]) => [x as number, y as number] as [number, number]),
      ...[
        [21, 0],
        [22, 1],
        [20, 2],
        [21, 2],
        [22, 2],
      ].map(([x, y]) => [x as number, y as number] as [number, number]),
      [36, 36],
      [37, 36],
      [36, 37],
      [37, 37],
      [61, 44],
      [62, 44],
      [63, 44],
    ];
    const origin = [100, -3] as const;
    compare(
      "gliders and settled tiles",
      LIFE.program,
      LIFE.compiled,
      pattern,
      200,
      origin,
      ["wasm", "bits"],
      8,
      16,
    );
    const universe = createTiledUniverse(LIFE.compiled, { tileRows: 8 });
    for (const [x, y] of pattern) universe.set(origin[0] + x, origin[1] + y, 1);
    universe.step(60n);
    const before = universe.steppedTiles;
    universe.step(10n);
    // The block's and the blinker's tiles at least were skipped all the while.
    expect(universe.steppedTiles - before).toBeLessThanOrEqual(10 * (universe.tileCount - 2));
  });

  it("drops the tiles of a pattern that dies, and creates none for nothing", () => {
    const universe = createTiledUniverse(LIFE.compiled, { tileRows: 16 });
    universe.set(127, 15, 1);
    universe.set(128, 16, 1);
    expect(universe.tileCount).toBe(2);
    universe.step(3n);
    expect(universe.population()).toBe(0n);
    expect(universe.tileCount).toBe(0);
    expect(universe.bounds()).toBeNull();
  });
});
