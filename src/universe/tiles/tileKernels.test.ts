import { describe, expect, it } from "vitest";
import { interpretPlane } from "../../../tests/support/interpretPlane.ts";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { Grid } from "../../engine/Grid.ts";
import { stepCell } from "../../engine/stepCell.ts";
import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import { compileGameLogic } from "../../kernels/compileGameLogic.ts";
import type { CellProgram } from "../../kernels/compileRule.ts";
import { lifeModule } from "../../kernels/wasm/lifeModule.ts";
import { createGameLogic } from "../../rules/createGameLogic.ts";
import { lifeLike as countsRule } from "../../rules/Rule.ts";
import { BandTileKernel } from "./BandTileKernel.ts";
import {
  STEP_AROUND,
  STEP_C,
  STEP_CHANGED1,
  STEP_CHANGED2,
  STEP_DST,
  STEP_FIRST_CHANGED,
  STEP_FROM,
  STEP_LAST_CHANGED,
  STEP_OCCUPIED,
  STEP_PREV,
  STEP_RECORD_WORDS,
  STEP_TO,
  type TileKernel,
} from "./TileKernel.ts";
import { DIRECTIONS, edgeBitsOfDifference } from "./tileEdges.ts";
import { WasmTileKernel } from "./WasmTileKernel.ts";

type Random = () => number;

function lifeLike(birth: number, survival: number): { program: CellProgram; rule: CompiledRule } {
  const gameLogic = createGameLogic(countsRule(birth, survival));
  const rule = compileGameLogic(gameLogic);
  if (!rule) throw new Error("did not compile");
  return { program: (y, x) => stepCell(y, x, gameLogic), rule };
}

/** One tile to step: the words of it, of its neighbours (null: none) and of prev. */
interface Case {
  readonly c: Int32Array;
  readonly around: readonly (Int32Array | null)[];
  readonly prev: Int32Array;
  /** Whether the next generation goes over prev, as it does when a tile was stepped last. */
  readonly intoPrev: boolean;
  readonly from: number;
  readonly to: number;
}

function randomTile(random: Random, rows: number): Int32Array {
  const density = 0.1 + 0.5 * random();
  const words = new Int32Array(4 * rows);
  for (let i = 0; i < words.length; i++) {
    for (let b = 0; b < 32; b++) if (random() < density) words[i] = (words[i] as number) | (1 << b);
  }
  return words;
}

function randomCase(random: Random, rows: number, partial: boolean): Case {
  const from = partial ? Math.floor(random() * (rows + 1)) : 0;
  const to = partial ? from + Math.floor(random() * (rows + 1 - from)) : rows;
  const c = randomTile(random, rows);
  const prev = randomTile(random, rows);
  // The caller's promise for rows outside [from, to): nothing near them changed, so they were
  // as in the tile the generation before too.
  prev.set(c.subarray(0, 4 * from));
  prev.set(c.subarray(4 * to), 4 * to);
  return {
    c,
    around: DIRECTIONS.map(() => (random() < 0.2 ? null : randomTile(random, rows))),
    prev,
    intoPrev: random() < 0.5,
    from,
    to,
  };
}

/**
 * The next generation of a case's tile by the coroutine interpreter: the tile and the ring of
 * cells around it from its neighbours, on a plane one cell wider each way.
 */
function interpretTile(program: CellProgram, rows: number, tile: Case): Int32Array {
  const grid = new Grid(rows + 2, 130, "plane");
  const cell = (words: Int32Array | null, x: number, y: number) =>
    words ? ((words[4 * y + (x >> 5)] as number) >>> (x & 31)) & 1 : 0;
  for (let y = -1; y <= rows; y++) {
    for (let x = -1; x <= 128; x++) {
      const dx = x < 0 ? -1 : x >= 128 ? 1 : 0;
      const dy = y < 0 ? -1 : y >= rows ? 1 : 0;
      const d = DIRECTIONS.findIndex(([ex, ey]) => ex === dx && ey === dy);
      const words = d < 0 ? tile.c : (tile.around[d] ?? null);
      grid.assign(y + 1, x + 1, cell(words, x - 128 * dx, y - rows * dy) ? 1 : 0);
    }
  }
  const next = interpretPlane(grid, program);
  const words = new Int32Array(4 * rows);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < 128; x++) {
      const i = 4 * y + (x >> 5);
      if (next.cells[(y + 1) * 130 + x + 1]) words[i] = (words[i] as number) | (1 << (x & 31));
    }
  }
  return words;
}

/**
 * Lays the cases' buffers out in the kernel's memory, steps them all in one batch and returns
 * each case's next generation, the record's results and where they were read from.
 */
function stepBatch(kernel: TileKernel, cases: readonly Case[]) {
  const { rows } = kernel;
  const words = 4 * rows;
  let next = kernel.firstFree;
  const place = (tile: Int32Array | null): number => {
    if (!tile) return kernel.zero;
    const at = next;
    next += words;
    kernel.reserve(next);
    kernel.heap.set(tile, at);
    return at;
  };
  const placed = cases.map((tile) => {
    const c = place(tile.c);
    const around = tile.around.map(place);
    const prev = place(tile.prev);
    const dst = tile.intoPrev ? prev : place(new Int32Array(words).fill(-1));
    return { c, around, prev, dst };
  });
  const list = next;
  kernel.reserve(list + cases.length * STEP_RECORD_WORDS);
  const { heap } = kernel;
  cases.forEach((tile, i) => {
    const at = placed[i] as (typeof placed)[number];
    const r = list + i * STEP_RECORD_WORDS;
    heap[r + STEP_C] = at.c;
    at.around.forEach((a, d) => {
      heap[r + STEP_AROUND + d] = a;
    });
    heap[r + STEP_DST] = at.dst;
    heap[r + STEP_PREV] = at.prev;
    heap[r + STEP_FROM] = tile.from;
    heap[r + STEP_TO] = tile.to;
  });
  kernel.stepMany(list, cases.length);
  return cases.map((_, i) => {
    const r = list + i * STEP_RECORD_WORDS;
    const dst = (placed[i] as (typeof placed)[number]).dst;
    return {
      next: kernel.heap.slice(dst, dst + words),
      occupied: kernel.heap[r + STEP_OCCUPIED],
      changed1: kernel.heap[r + STEP_CHANGED1],
      changed2: kernel.heap[r + STEP_CHANGED2],
      firstChanged: kernel.heap[r + STEP_FIRST_CHANGED],
      lastChanged: kernel.heap[r + STEP_LAST_CHANGED],
    };
  });
}

/** What a kernel should say of a case whose next generation is `next`. */
function described(tile: Case, next: Int32Array, rows: number) {
  const zero = new Int32Array(4 * rows);
  const changed = [...Array(rows).keys()].filter((y) =>
    [0, 1, 2, 3].some((k) => next[4 * y + k] !== tile.c[4 * y + k]),
  );
  return {
    next,
    occupied: edgeBitsOfDifference(next, 0, zero, 0, rows),
    changed1: edgeBitsOfDifference(next, 0, tile.c, 0, rows),
    changed2: edgeBitsOfDifference(next, 0, tile.prev, 0, rows),
    firstChanged: changed[0] ?? -1,
    lastChanged: changed[changed.length - 1] ?? -1,
  };
}

function kernels(rule: CompiledRule, rows: number): TileKernel[] {
  const module = lifeModule();
  if (!module || !rule.totalistic) throw new Error("expected the wasm kernel and a Life-like rule");
  return [
    new WasmTileKernel(rows, rule.totalistic, module),
    new BandTileKernel("wasm-table", rows, rule),
    new BandTileKernel("bits", rows, rule),
    new BandTileKernel("bytes", rows, rule),
  ];
}

const RULES = [
  ["B3/S23 (leaves death outside 2 and 3)", lifeLike(0b1000, 0b1100)],
  ["B36/S23", lifeLike(0b1001000, 0b1100)],
  ["B3/S012345678", lifeLike(0b1000, 0b111111111)],
  ["B1/S1", lifeLike(0b10, 0b10)],
] as const;

describe("the tile kernels' batches of step records", () => {
  it("step every tile of a batch as the coroutine interpreter does, wasm, wasm-table, bits and bytes alike", () => {
    const seed = pickSeed();
    const random = createRandom(seed);
    [1, 2, 3, 16, 128].forEach((rows, round) => {
      const [name, { program, rule }] = RULES[round % RULES.length] as (typeof RULES)[number];
      const cases = Array.from({ length: 5 }, () => randomCase(random, rows, false));
      const expected = cases.map((tile) =>
        described(tile, interpretTile(program, rows, tile), rows),
      );
      for (const kernel of kernels(rule, rows)) {
        const where = `seed ${seed}, ${name}, ${rows} rows, ${kernel.name} kernel`;
        expect(stepBatch(kernel, cases), where).toEqual(expected);
        kernel.dispose();
      }
    });
  });

  it("computes only rows [from, to) on wasm and copies the others from the tile", () => {
    const seed = pickSeed();
    const random = createRandom(seed);
    [1, 2, 5, 32].forEach((rows, round) => {
      const [name, { program, rule }] = RULES[round % RULES.length] as (typeof RULES)[number];
      const cases = Array.from({ length: 8 }, () => randomCase(random, rows, true));
      const expected = cases.map((tile) => {
        const next = interpretTile(program, rows, tile);
        // The caller's promise: rows outside [from, to) are as in the tile, and stay so.
        const promised = tile.c.slice();
        promised.set(next.subarray(4 * tile.from, 4 * tile.to), 4 * tile.from);
        return described(tile, promised, rows);
      });
      const [wasm] = kernels(rule, rows);
      if (!wasm) throw new Error("no wasm kernel");
      const where = `seed ${seed}, ${name}, ${rows} rows, ranges ${cases.map((c) => `[${c.from}, ${c.to})`).join(" ")}`;
      expect(stepBatch(wasm, cases), where).toEqual(expected);
      wasm.dispose();
    });
  });
});
