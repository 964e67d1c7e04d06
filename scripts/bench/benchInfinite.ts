import { parsePattern } from "../../src/formats/index.ts";
import { createStepper } from "../../src/kernels/index.ts";
import { findPattern } from "../../src/patterns/index.ts";
import { parseRule } from "../../src/rules/index.ts";
import { compileRuleOf } from "../../src/universe/compileRuleOf.ts";
import { createHashLife } from "../../src/universe/hashlife/index.ts";
import type { Universe } from "../../src/universe/Universe.ts";
import { type Summary, summarize } from "./summarize.ts";

export interface InfiniteRow {
  readonly task: string;
  readonly engine: string;
  readonly millis: Summary;
  /** The population at the end, as a check that the run did its work. */
  readonly population: string;
}

const life = compileRuleOf(parseRule("B3/S23").rule);

function cellsOf(id: string): Array<[number, number]> {
  const pattern = parsePattern(findPattern(id)?.rle ?? "");
  const cells: Array<[number, number]> = [];
  for (let y = 0; y < pattern.height; y++) {
    for (let x = 0; x < pattern.width; x++)
      if (pattern.cells[y * pattern.width + x]) cells.push([x, y]);
  }
  return cells;
}

function hashLife(id: string): Universe {
  if (!life) throw new Error("Life does not compile");
  const universe = createHashLife(life);
  for (const [x, y] of cellsOf(id)) universe.set(x, y, 1);
  return universe;
}

/**
 * The infinite plane: HashLife running the Gosper gun to generation 2^50 (a fresh universe each
 * run, so no run reuses another's cache) and the R-pentomino to 1103 one generation at a time;
 * beside them, measured in the same run, the bounded wasm kernel running the R-pentomino 1103
 * generations on a 1200x1200 plane. Milliseconds, median [min-max] of `runs` runs, after a
 * warm-up run of each.
 */
export function benchInfinite(runs: number): InfiniteRow[] {
  if (!life) throw new Error("Life does not compile");
  const compiled = life;
  const tasks: Array<{ task: string; engine: string; run: () => string }> = [
    {
      task: "Gosper gun to 2^50",
      engine: "hashlife",
      run: () => {
        const universe = hashLife("gosper-glider-gun");
        universe.step(2n ** 50n);
        return String(universe.population());
      },
    },
    {
      task: "R-pentomino 1103 gens, 1 at a time",
      engine: "hashlife",
      run: () => {
        const universe = hashLife("r-pentomino");
        for (let i = 0; i < 1103; i++) universe.step(1n);
        return String(universe.population());
      },
    },
    {
      task: "R-pentomino 1103 gens, 1200x1200 plane",
      engine: "wasm kernel (baseline)",
      run: () => {
        const side = 1200;
        const cells = new Uint8Array(side * side);
        for (const [x, y] of cellsOf("r-pentomino")) cells[(y + 600) * side + x + 600] = 1;
        const stepper = createStepper({
          width: side,
          height: side,
          topology: "plane",
          compiled,
          kind: "wasm",
          cells,
        });
        if (stepper.kind !== "wasm") throw new Error(`asked for wasm, got ${stepper.kind}`);
        for (let i = 0; i < 1103; i++) stepper.step();
        const population = stepper.population();
        stepper.dispose();
        return String(population);
      },
    },
  ];
  const samples = tasks.map(() => [] as number[]);
  const populations = tasks.map((task) => task.run()); // warm up
  for (let r = 0; r < runs; r++) {
    tasks.forEach((task, i) => {
      const start = performance.now();
      populations[i] = task.run();
      samples[i]?.push(performance.now() - start);
    });
  }
  return tasks.map((task, i) => ({
    task: task.task,
    engine: task.engine,
    millis: summarize(samples[i] ?? []),
    population: populations[i] ?? "",
  }));
}

export function formatInfiniteRows(rows: readonly InfiniteRow[], runs: number): string {
  const lines = [`Infinite plane, B3/S23, ${runs} runs; ms, median [min-max]`];
  for (const row of rows) {
    const m = row.millis;
    lines.push(
      `${row.task.padEnd(40)} ${row.engine.padEnd(24)} ${m.median.toFixed(2).padStart(8)} ms ` +
        `[${m.min.toFixed(2)}-${m.max.toFixed(2)}]  population ${row.population}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
