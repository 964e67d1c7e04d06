import { describe, expect, it } from "vitest";
import { CoroutineEngine } from "../../engine/CoroutineEngine.ts";
import { createRandom } from "../../engine/createRandom.ts";
import { Grid } from "../../engine/Grid.ts";
import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import { createStepper } from "../../kernels/createStepper.ts";
import { cellProgramOf } from "../../rules/cellProgramOf.ts";
import type { Rule } from "../../rules/Rule.ts";
import { lifeLike } from "../../rules/Rule.ts";
import { compileRuleOf } from "../compileRuleOf.ts";
import type { Universe } from "../Universe.ts";
import { createHashLife } from "./createHashLife.ts";

/**
 * A seeded random pattern (up to 16x16) and a random Life-like rule without B0; `calm` rules
 * have no birth on 1 or 2 neighbours either, so that more patterns stay small for long runs.
 */
function randomCase(seed: number, calm = false) {
  const random = createRandom(seed);
  const rule: Rule = lifeLike(
    Math.floor(random() * 512) & (calm ? ~0b111 : ~1),
    Math.floor(random() * 512),
  );
  const width = 1 + Math.floor(random() * 16);
  const height = 1 + Math.floor(random() * 16);
  const density = 0.2 + random() * 0.5;
  const cells = Uint8Array.from({ length: width * height }, () => (random() < density ? 1 : 0));
  // Where the pattern's top-left lies on the infinite plane: anywhere, negative included.
  const x = Math.floor(random() * 200) - 100;
  const y = Math.floor(random() * 200) - 100;
  return { rule, width, height, cells, x, y };
}

function compile(rule: Rule): CompiledRule {
  const compiled = compileRuleOf(rule);
  if (!compiled) throw new Error("rule did not compile");
  return compiled;
}

function load(universe: Universe, c: ReturnType<typeof randomCase>): void {
  for (let j = 0; j < c.height; j++) {
    for (let i = 0; i < c.width; i++)
      if (c.cells[j * c.width + i]) universe.set(c.x + i, c.y + j, 1);
  }
}

/** Live cells of a padded bounded grid, as "x,y" on the infinite plane. */
function gridCells(cells: Uint8Array, side: number, pad: number, c: ReturnType<typeof randomCase>) {
  const found: string[] = [];
  for (let j = 0; j < side; j++) {
    for (let i = 0; i < side; i++) {
      if (cells[j * side + i]) found.push(`${i - pad + c.x},${j - pad + c.y}`);
    }
  }
  return found;
}

function hashLifeCells(universe: Universe): string[] {
  return [...universe.cells()].map(([x, y]) => `${x},${y}`);
}

const SEEDS = Array.from({ length: 30 }, (_, i) => 20261129 + i);

describe("HashLife against the coroutine interpreter", () => {
  it.each(SEEDS)("seed %i: cell for cell at steps of 1 and 2^3", (seed) => {
    const c = randomCase(seed);
    const compiled = compile(c.rule);
    const plan = [1, 1, 1, 1, 1, 1, 8, 8, 8];
    const total = plan.reduce((a, b) => a + b);
    // Cells move at most one cell a generation: a margin of `total + 1` keeps the bounded
    // plane's edge out of reach, so it behaves as the infinite plane.
    const pad = total + 1;
    const side = Math.max(c.width, c.height) + 2 * pad;
    const grid = new Grid(side, side, "plane");
    for (let j = 0; j < c.height; j++) {
      for (let i = 0; i < c.width; i++)
        grid.assign(pad + j, pad + i, c.cells[j * c.width + i] as 0 | 1);
    }
    const engine = new CoroutineEngine(grid, cellProgramOf(c.rule));
    const universe = createHashLife(compiled);
    load(universe, c);
    for (const step of plan) {
      engine.step(step);
      universe.step(BigInt(step));
      const context = `seed ${seed}, rule ${JSON.stringify(c.rule)}, generation ${engine.generation}`;
      expect(universe.generation, context).toBe(BigInt(engine.generation));
      const expected = gridCells(Uint8Array.from(engine.grid.cells), side, pad, c);
      expect(hashLifeCells(universe), context).toEqual(expected);
      expect(universe.population(), context).toBe(BigInt(expected.length));
    }
  });
});

describe("HashLife against the bounded fast kernel (itself verified against the interpreter)", () => {
  // 2^10 generations in one HashLife step. The kernel runs on a plane padded by 160 cells,
  // checked every 32 generations: while every live cell is more than 33 cells from the edge,
  // nothing can reach the edge in the next 32 generations, so the bounded plane equals the
  // infinite one. The rules here have no B1 or B2, so that most patterns stay within the pad;
  // those that outgrow it are left to the tests above. At least 20 of the 30 must qualify, and
  // at least 10 of those still be alive at the end.
  it("equals it cell for cell after one step of 2^10 generations", () => {
    const pad = 160;
    const chunk = 32;
    let compared = 0;
    let alive = 0;
    for (const seed of SEEDS) {
      const c = randomCase(seed, true);
      const compiled = compile(c.rule);
      const side = Math.max(c.width, c.height) + 2 * pad;
      const start = new Uint8Array(side * side);
      for (let j = 0; j < c.height; j++) {
        for (let i = 0; i < c.width; i++)
          start[(pad + j) * side + pad + i] = c.cells[j * c.width + i] as number;
      }
      const stepper = createStepper({
        width: side,
        height: side,
        topology: "plane",
        compiled,
        cells: start,
      });
      let contained = true;
      let cells: Uint8Array = start;
      for (let done = 0; done < 1024 && contained; done += chunk) {
        contained = nearestEdge(cells, side) > chunk + 1;
        stepper.step(chunk);
        cells = stepper.getCells();
      }
      stepper.dispose();
      if (!contained) continue;
      const universe = createHashLife(compiled);
      load(universe, c);
      universe.step(1024n);
      expect(hashLifeCells(universe), `seed ${seed}, rule ${JSON.stringify(c.rule)}`).toEqual(
        gridCells(cells, side, pad, c),
      );
      compared++;
      if (universe.population() > 0n) alive++;
    }
    expect(compared).toBeGreaterThanOrEqual(20);
    expect(alive).toBeGreaterThanOrEqual(10);
  });
});

/** The distance from the grid's edge to its nearest live cell (side when empty). */
function nearestEdge(cells: Uint8Array, side: number): number {
  let nearest = side;
  for (let j = 0; j < side; j++) {
    for (let i = 0; i < side; i++) {
      if (cells[j * side + i]) nearest = Math.min(nearest, i, j, side - 1 - i, side - 1 - j);
    }
  }
  return nearest;
}
