import { fillRandom, PackedCells } from "../../src/engine/index.ts";
import { createStepper } from "../../src/kernels/index.ts";
import { parseRule } from "../../src/rules/index.ts";
import { compileRuleOf } from "../../src/universe/compileRuleOf.ts";
import { createTiledUniverse, DEFAULT_TILE_ROWS } from "../../src/universe/tiles/index.ts";
import { type Summary, summarize } from "./summarize.ts";

export interface TileSoupRow {
  /** `torus wasm (baseline)` or `tiles 128xN`. */
  readonly engine: string;
  /** Wall-clock time. */
  readonly millis: Summary;
  /**
   * CPU time of this process: on a machine shared with other work a run's wall-clock time
   * depends on what else ran; its CPU time far less.
   */
  readonly cpuMillis: Summary;
  /** The torus's CPU time over this row's, run by run: above 1 is faster than the torus. */
  readonly speedup?: Summary;
  /** Tile steps a generation, on average, and tiles held at the end. */
  readonly tilesSteppedPerGeneration?: number;
  readonly tilesAtEnd?: number;
  readonly populationAtEnd: number;
}

export interface TileBench {
  readonly soupSize: number;
  readonly soupGenerations: number;
  readonly soup: readonly TileSoupRow[];
  /** The same soup's generations 4000-5000 (after 4000 untimed), as it settles into ash. */
  readonly settling: readonly TileSoupRow[];
  /** R-pentomino to generation 1103 one generation at a time, universe creation included. */
  readonly rPentominoMillis: Summary;
  /** Rules that are not Life-like on tiles: their circuit against the byte kernel. */
  readonly tableRules: readonly TableRuleRow[];
}

export interface TableRuleRow {
  readonly rule: string;
  readonly kernel: "wasm-table" | "bytes";
  /** CPU time of `TABLE_GENERATIONS` generations of a `TABLE_SIZE`² soup. */
  readonly cpuMillis: Summary;
  /** The byte kernel's CPU time over this row's, run by run. */
  readonly speedup?: Summary;
}

const TABLE_SIZE = 512;
const TABLE_GENERATIONS = 100;

interface Run {
  readonly millis: number;
  readonly cpuMillis: number;
  readonly population: number;
  readonly stepped?: number;
  readonly tiles?: number;
}

const SIZE = 2048;
const GENERATIONS = 1000;
/** Generations run untimed before the settling soup's timed ones. */
const SETTLING = 4000;
const SEED = 20261129;
const R_PENTOMINO = [
  [1, 0],
  [2, 0],
  [0, 1],
  [1, 1],
  [1, 2],
] as const;

/**
 * The tiled infinite plane against the bounded wasm kernel: a 2048x2048 soup (density 1/2,
 * `fillRandom`) run 1000 generations on the 2048x2048 torus and, placed on the infinite plane,
 * on tiles of several heights, interleaved run by run; the same after 4000 untimed generations,
 * when the soup is settling; then the R-pentomino to its stable
 * population one generation at a time (Golly's QuickLife: 5 ms with the process start).
 */
export function benchTiles(
  runs: number,
  tileRows: readonly number[] = [32, 64, 128, 256],
): TileBench {
  const compiled = compileRuleOf(parseRule("B3/S23").rule);
  if (!compiled) throw new Error("B3/S23 does not compile");
  const packed = new PackedCells(SIZE, SIZE);
  fillRandom(packed, 0.5, SEED);
  const bytes = new Uint8Array(SIZE * SIZE);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) bytes[y * SIZE + x] = packed.get(x, y);
  }

  const torus = (untimed = 0): Run => {
    const stepper = createStepper({
      width: SIZE,
      height: SIZE,
      topology: "torus",
      compiled,
      kind: "wasm",
      cells: bytes,
    });
    if (stepper.kind !== "wasm") throw new Error(`asked for wasm, got ${stepper.kind}`);
    stepper.step(untimed);
    const timer = startTimer();
    stepper.step(GENERATIONS);
    const times = timer();
    const population = stepper.population();
    stepper.dispose();
    return { ...times, population };
  };
  const tiles = (rows: number, untimed = 0): Run => {
    const universe = createTiledUniverse(compiled, { tileRows: rows });
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) if (bytes[y * SIZE + x]) universe.set(x, y, 1);
    }
    universe.step(BigInt(untimed));
    universe.population(); // counts the tiles set by hand, outside the timing
    const before = universe.steppedTiles;
    const timer = startTimer();
    universe.step(BigInt(GENERATIONS));
    const times = timer();
    const run = {
      ...times,
      population: Number(universe.population()),
      stepped: (universe.steppedTiles - before) / GENERATIONS,
      tiles: universe.tileCount,
    };
    universe.dispose();
    return run;
  };

  // Warm up: let the JIT and the wasm tiers settle.
  torus();
  tiles(DEFAULT_TILE_ROWS);
  const baseline: Run[] = [];
  const samples = tileRows.map((): Run[] => []);
  for (let run = 0; run < runs; run++) {
    baseline.push(torus());
    tileRows.forEach((rows, i) => {
      samples[i]?.push(tiles(rows));
    });
  }
  const soup: TileSoupRow[] = [
    { engine: "torus wasm (baseline)", ...summarizeRuns(baseline) },
    ...tileRows.map((rows, i) => {
      const runsOf = samples[i] ?? [];
      return {
        engine: `tiles 128x${rows}${rows === DEFAULT_TILE_ROWS ? " (default)" : ""}`,
        ...summarizeRuns(runsOf),
        speedup: summarize(
          runsOf.map((r, run) => (baseline[run]?.cpuMillis ?? Number.NaN) / r.cpuMillis),
        ),
      };
    }),
  ];

  const late: Run[] = [];
  const lateTiles: Run[] = [];
  for (let run = 0; run < runs; run++) {
    late.push(torus(SETTLING));
    lateTiles.push(tiles(DEFAULT_TILE_ROWS, SETTLING));
  }
  const settling: TileSoupRow[] = [
    { engine: "torus wasm (baseline)", ...summarizeRuns(late) },
    {
      engine: `tiles 128x${DEFAULT_TILE_ROWS}`,
      ...summarizeRuns(lateTiles),
      speedup: summarize(
        lateTiles.map((r, run) => (late[run]?.cpuMillis ?? Number.NaN) / r.cpuMillis),
      ),
    },
  ];

  const rPentomino = (): number => {
    const start = performance.now();
    const universe = createTiledUniverse(compiled);
    for (const [x, y] of R_PENTOMINO) universe.set(x, y, 1);
    for (let g = 0; g < 1103; g++) universe.step(1n);
    const millis = performance.now() - start;
    if (universe.population() !== 116n) {
      throw new Error(`R-pentomino: ${universe.population()} cells at 1103`);
    }
    universe.dispose();
    return millis;
  };
  for (let i = 0; i < 5; i++) rPentomino();
  const rPentominoMillis = summarize(Array.from({ length: Math.max(runs, 5) }, rPentomino));
  const tableRules = benchTableRules(runs, packed);
  return {
    soupSize: SIZE,
    soupGenerations: GENERATIONS,
    soup,
    settling,
    rPentominoMillis,
    tableRules,
  };
}

/**
 * tlife and B2-a/S12 on tiles, the corner `TABLE_SIZE`² of the soup, `TABLE_GENERATIONS`
 * generations: the rule's circuit (`wasm-table`, what `auto` runs) against the byte kernel
 * they ran on before, interleaved run by run.
 */
function benchTableRules(runs: number, soup: PackedCells): TableRuleRow[] {
  return ["B3/S2-i34q", "B2-a/S12"].flatMap((rule) => {
    const compiled = compileRuleOf(parseRule(rule).rule);
    if (!compiled || compiled.totalistic) throw new Error(`${rule} is not a table-only rule`);
    const run = (kernel: "wasm-table" | "bytes"): number => {
      const universe = createTiledUniverse(compiled, { kernel });
      if (universe.kernel !== kernel)
        throw new Error(`asked for ${kernel}, got ${universe.kernel}`);
      for (let y = 0; y < TABLE_SIZE; y++) {
        for (let x = 0; x < TABLE_SIZE; x++) if (soup.get(x, y)) universe.set(x, y, 1);
      }
      universe.population();
      const timer = startTimer();
      universe.step(BigInt(TABLE_GENERATIONS));
      const { cpuMillis } = timer();
      universe.dispose();
      return cpuMillis;
    };
    run("wasm-table"); // warm up
    const circuit: number[] = [];
    const bytes: number[] = [];
    for (let i = 0; i < runs; i++) {
      circuit.push(run("wasm-table"));
      bytes.push(run("bytes"));
    }
    return [
      {
        rule,
        kernel: "wasm-table" as const,
        cpuMillis: summarize(circuit),
        speedup: summarize(circuit.map((ms, i) => (bytes[i] as number) / ms)),
      },
      { rule, kernel: "bytes" as const, cpuMillis: summarize(bytes) },
    ];
  });
}

function summarizeRuns(runs: readonly Run[]) {
  const last = runs[runs.length - 1];
  return {
    millis: summarize(runs.map((r) => r.millis)),
    cpuMillis: summarize(runs.map((r) => r.cpuMillis)),
    populationAtEnd: last?.population ?? 0,
    ...(last?.stepped !== undefined && { tilesSteppedPerGeneration: last.stepped }),
    ...(last?.tiles !== undefined && { tilesAtEnd: last.tiles }),
  };
}

/** Starts timing; the function returned gives the wall-clock and CPU milliseconds since. */
function startTimer(): () => { millis: number; cpuMillis: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { millis: performance.now() - start, cpuMillis: (used.user + used.system) / 1000 };
  };
}

/** The table `npm run bench` prints. */
export function formatTileRows(bench: TileBench, runs: number): string {
  const range = (s: Summary, digits: number) =>
    `${s.median.toFixed(digits)} [${s.min.toFixed(digits)}-${s.max.toFixed(digits)}]`;
  const lines = [
    `${bench.soupSize}x${bench.soupSize} soup, B3/S23, ${bench.soupGenerations} generations, ${runs} runs; ` +
      "wall and CPU ms, median [min-max]; speed-up: the torus's CPU time over the tiles', run by run",
  ];
  const rowLines = (rows: readonly TileSoupRow[]) =>
    rows.map((row) => {
      const extra = row.speedup
        ? `  ${range(row.speedup, 2)}x the torus, ${row.tilesSteppedPerGeneration?.toFixed(0)} tiles stepped/gen, ${row.tilesAtEnd} at the end`
        : "";
      return (
        `${row.engine.padEnd(22)} ${range(row.millis, 0).padStart(17)} wall ${range(row.cpuMillis, 0).padStart(17)} CPU` +
        `${extra}  population ${row.populationAtEnd}`
      );
    });
  lines.push(...rowLines(bench.soup));
  lines.push(
    `The same soup, generations ${SETTLING}-${SETTLING + bench.soupGenerations} (settling into ash):`,
  );
  lines.push(...rowLines(bench.settling));
  lines.push(
    `R-pentomino to 1103, one generation at a time, tiles: ${range(bench.rPentominoMillis, 2)} ms`,
  );
  lines.push(
    `Rules that are not Life-like on tiles, a ${TABLE_SIZE}x${TABLE_SIZE} soup, ${TABLE_GENERATIONS} generations, CPU ms:`,
  );
  for (const row of bench.tableRules) {
    const extra = row.speedup ? `  ${range(row.speedup, 1)}x the byte kernel` : "";
    lines.push(
      `${row.rule.padEnd(12)} ${row.kernel.padEnd(10)} ${range(row.cpuMillis, 0).padStart(17)}${extra}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
