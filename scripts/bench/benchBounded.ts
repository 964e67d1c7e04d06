import { fillRandom, PackedCells } from "../../src/engine/index.ts";
import { parseRule } from "../../src/rules/index.ts";
import { compileRuleOf } from "../../src/universe/compileRuleOf.ts";
import {
  type BoundedSnapshot,
  type BoundedUniverse,
  boundedUniverseFromWords,
} from "../../src/universe/index.ts";
import { type Summary, summarize } from "./summarize.ts";

export interface BoundedRow {
  readonly size: number;
  readonly task: string;
  /** The bounded universe (wasm kernel, cells in wasm memory, read back after a step). */
  readonly universe: Summary;
  /** The page's PackedCells doing the same work today, measured in the same run. */
  readonly baseline: Summary;
  /** Bytes the universe's result holds, where that is the point (snapshots). */
  readonly bytes?: number;
  readonly baselineBytes?: number;
}

const SEED = 20261129;
/** A zoomed-in view: about a canvas of cells. */
const VIEW = { width: 1000, height: 600 };

/**
 * The bounded universe on a torus soup (density 1/2, `fillRandom`) of 2048² and 16384² cells,
 * against the page's PackedCells doing the same work: loading words, a snapshot (the page
 * clones its PackedCells) and a snapshot of an unchanged world, pictures of a 1000x600 view at
 * scale 0 and at scale 4 (16000x9600 cells) and of the whole grid at scale 5 (the baseline
 * counts each pixel's cells row by row with `PackedCells.countInRow`, as the page's raster did),
 * population, bounds (on the soup and on a grid holding one cell in its middle), and the words
 * read back. Before each timed universe call the universe steps a generation untimed, so the
 * call pays for reading back from wasm memory what it needs. Milliseconds, median [min-max].
 */
export function benchBounded(runs: number, sizes: readonly number[] = [2048, 16384]): BoundedRow[] {
  const life = compileRuleOf(parseRule("B3/S23").rule);
  if (!life) throw new Error("B3/S23 does not compile");
  const rows: BoundedRow[] = [];
  for (const size of sizes) {
    const cells = new PackedCells(size, size);
    fillRandom(cells, 0.5, SEED);
    const space = { kind: "torus", width: size, height: size } as const;
    const universe = boundedUniverseFromWords(space, life, { kind: "fast" }, cells.words);
    const lone = new PackedCells(size, size);
    lone.set(size >> 1, size >> 1, 1);
    const loneUniverse = boundedUniverseFromWords(space, life, { kind: "fast" }, lone.words);
    const view = { x: (size - VIEW.width) >> 1, y: (size - VIEW.height) >> 1, ...VIEW };
    const whole = { x: 0, y: 0, width: size, height: size };
    // A zoomed-out view of 1000x600 pixels at 16 cells a pixel, or what of it the grid holds.
    const zoomedOut = {
      x: 0,
      y: 0,
      width: Math.min(size, 16 * VIEW.width),
      height: Math.min(size, 16 * VIEW.height),
    };
    const stepped = (u: BoundedUniverse) => () => u.step(1n);
    let snapshot: BoundedSnapshot | undefined;
    let clone: PackedCells | undefined;

    const measure = (
      task: string,
      work: () => unknown,
      baselineWork: () => unknown,
      before: () => void = stepped(universe),
    ) => {
      const times: number[] = [];
      const baseTimes: number[] = [];
      // One warm-up of each, then runs interleaved.
      before();
      work();
      baselineWork();
      for (let r = 0; r < runs; r++) {
        before();
        let start = performance.now();
        work();
        times.push(performance.now() - start);
        start = performance.now();
        baselineWork();
        baseTimes.push(performance.now() - start);
      }
      const row: BoundedRow = {
        size,
        task,
        universe: summarize(times),
        baseline: summarize(baseTimes),
      };
      rows.push(row);
      return row;
    };

    measure(
      "load from words",
      () => boundedUniverseFromWords(space, life, { kind: "fast" }, cells.words).dispose(),
      () => new PackedCells(size, size, cells.words.slice()),
      () => {},
    );
    const snapRow = measure(
      "snapshot",
      () => {
        snapshot = universe.snapshot() as BoundedSnapshot;
      },
      () => {
        clone = cells.clone();
      },
    );
    rows[rows.length - 1] = {
      ...snapRow,
      bytes: snapshot?.words.byteLength ?? 0,
      baselineBytes: clone?.words.byteLength ?? 0,
    };
    measure(
      "snapshot, world unchanged",
      () => universe.snapshot(),
      () => cells.clone(),
      () => universe.snapshot(),
    );
    measure(
      "picture 1000x600, scale 0",
      () => universe.picture(view, 0),
      () => countPixels(cells, view, 0),
    );
    measure(
      `picture ${zoomedOut.width / 16}x${zoomedOut.height / 16}, scale 4`,
      () => universe.picture(zoomedOut, 4),
      () => countPixels(cells, zoomedOut, 4),
    );
    measure(
      "picture whole grid, scale 5",
      () => universe.picture(whole, 5),
      () => countPixels(cells, whole, 5),
    );
    measure(
      "population",
      () => universe.population(),
      () => cells.population(),
    );
    measure(
      "bounds, soup",
      () => universe.bounds(),
      () => cells.liveBounds(),
    );
    measure(
      "bounds, one cell",
      () => loneUniverse.bounds(),
      () => lone.liveBounds(),
      () => {
        // A lone cell dies: set it again, which also forgets the words read back.
        loneUniverse.step(1n);
        loneUniverse.set(size >> 1, size >> 1, 1);
      },
    );
    measure(
      "words read back",
      () => universe.words(),
      () => cells.words.slice(),
    );
    universe.dispose();
    loneUniverse.dispose();
  }
  return rows;
}

export function formatBoundedRows(rows: readonly BoundedRow[], runs: number): string {
  const lines = [
    `Bounded universe (wasm, torus soup) against the page's PackedCells, ${runs} runs; ms, median [min-max]`,
  ];
  const ms = (s: Summary) =>
    `${s.median.toFixed(2).padStart(8)} [${s.min.toFixed(2)}-${s.max.toFixed(2)}]`.padEnd(28);
  const mib = (bytes?: number) =>
    bytes === undefined ? "" : ` ${(bytes / 2 ** 20).toFixed(1)} MiB`;
  for (const row of rows) {
    lines.push(
      `${`${row.size}²`.padEnd(7)} ${row.task.padEnd(36)} universe ${ms(row.universe)}${mib(row.bytes)}` +
        `  PackedCells ${ms(row.baseline)}${mib(row.baselineBytes)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The live cells under each pixel of `rect` at 2^scale cells a side, counted row by row. */
function countPixels(
  cells: PackedCells,
  rect: { x: number; y: number; width: number; height: number },
  scale: number,
): Uint32Array {
  const side = 2 ** scale;
  const across = Math.ceil(rect.width / side);
  const counts = new Uint32Array(across * Math.ceil(rect.height / side));
  for (let y = rect.y; y < rect.y + rect.height; y++) {
    const row = Math.floor((y - rect.y) / side) * across;
    for (let i = 0; i < across; i++) {
      const x0 = rect.x + i * side;
      const x1 = Math.min(rect.x + rect.width, x0 + side);
      counts[row + i] = (counts[row + i] as number) + cells.countInRow(y, x0, x1);
    }
  }
  return counts;
}
