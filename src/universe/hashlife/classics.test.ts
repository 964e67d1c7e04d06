import { describe, expect, it } from "vitest";
import { CoroutineEngine } from "../../engine/CoroutineEngine.ts";
import { Grid } from "../../engine/Grid.ts";
import { parsePattern } from "../../formats/parsePattern.ts";
import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import { createStepper } from "../../kernels/createStepper.ts";
import { findPattern } from "../../patterns/findPattern.ts";
import { cellProgramOf } from "../../rules/cellProgramOf.ts";
import { parseRule } from "../../rules/parseRule.ts";
import { compileRuleOf } from "../compileRuleOf.ts";
import type { Universe } from "../Universe.ts";
import { createHashLife } from "./createHashLife.ts";

function compile(rule: string): CompiledRule {
  const compiled = compileRuleOf(parseRule(rule).rule);
  if (!compiled) throw new Error(`${rule} did not compile`);
  return compiled;
}

const life = compile("B3/S23");

/** A library pattern in a fresh HashLife universe, its top-left cell at (x, y). */
function loadPattern(id: string, x = 0, y = 0, rule = life): Universe {
  const entry = findPattern(id);
  if (!entry) throw new Error(`no pattern ${id}`);
  const pattern = parsePattern(entry.rle);
  const universe = createHashLife(rule);
  for (let j = 0; j < pattern.height; j++) {
    for (let i = 0; i < pattern.width; i++) {
      if (pattern.cells[j * pattern.width + i]) universe.set(x + i, y + j, 1);
    }
  }
  return universe;
}

describe("HashLife on the classics", () => {
  it("runs the R-pentomino to 116 cells at generation 1103, one generation at a time", () => {
    const universe = loadPattern("r-pentomino");
    for (let i = 0; i < 1103; i++) universe.step(1n);
    expect(universe.generation).toBe(1103n);
    expect(universe.population()).toBe(116n);
  });

  it("runs the acorn to 633 cells at generation 5206", () => {
    const universe = loadPattern("acorn", -7, 12);
    universe.step(5206n);
    expect(universe.population()).toBe(633n);
  });

  it("runs the Gosper gun to 2^20 with the gun's cells plus 5 a glider", () => {
    const generation = 2n ** 20n;
    // The gun repeats every 30 generations and shoots one glider each period; gliders fly
    // south-east forever and never meet. So at an early generation g0 of the same phase
    // (g0 = g mod 30 + 300), measured on the bounded kernel, the box around the gun holds the
    // same cells as at g, and (g - g0) / 30 more gliders have left it.
    const g0 = Number(generation % 30n) + 300;
    const pad = g0 + 2;
    const gun = parsePattern(findPattern("gosper-glider-gun")?.rle ?? "");
    const width = gun.width + 2 * pad;
    const height = gun.height + 2 * pad;
    const cells = new Uint8Array(width * height);
    for (let j = 0; j < gun.height; j++) {
      for (let i = 0; i < gun.width; i++)
        cells[(pad + j) * width + pad + i] = gun.cells[j * gun.width + i] as number;
    }
    const stepper = createStepper({ width, height, topology: "plane", compiled: life, cells });
    stepper.step(g0);
    const early = stepper.getCells();
    stepper.dispose();
    let gunCells = 0;
    let outside = 0;
    for (let j = 0; j < height; j++) {
      for (let i = 0; i < width; i++) {
        if (!early[j * width + i]) continue;
        const inBox = i >= pad && i < pad + gun.width && j >= pad && j < pad + gun.height;
        if (inBox) gunCells++;
        else outside++;
      }
    }
    expect(outside % 5).toBe(0);
    const gliders = BigInt(outside / 5) + (generation - BigInt(g0)) / 30n;
    expect(gliders).toBe(34952n); // 2^20 / 30 rounded down: one glider a period

    const universe = loadPattern("gosper-glider-gun");
    universe.step(generation);
    const gunBox = { x: 0, y: 0, width: gun.width, height: gun.height };
    expect(BigInt([...universe.cells(gunBox)].length)).toBe(BigInt(gunCells));
    expect(universe.population()).toBe(BigInt(gunCells) + 5n * gliders);
  });

  it("runs the Gosper gun to 2^60 with an exact population past 2^53", () => {
    const universe = loadPattern("gosper-glider-gun");
    universe.step(2n ** 60n);
    const small = loadPattern("gosper-glider-gun");
    small.step(2n ** 20n);
    // Each 30 generations add one glider (5 cells) once the stream is established, and 2^60 and
    // 2^20 are the same phase modulo 30 (2^4 = 16 = 1 mod 15 and both are even).
    const extra = (2n ** 60n - 2n ** 20n) / 30n;
    expect((2n ** 60n - 2n ** 20n) % 30n).toBe(0n);
    expect(universe.population()).toBe(small.population() + 5n * extra);
    expect(universe.population() > 2n ** 53n).toBe(true);
    expect(universe.generation).toBe(2n ** 60n);
  });

  it("runs the Blinker puffer 1 like the bounded fast kernel for 300 generations", () => {
    const entry = findPattern("blinker-puffer-1");
    if (!entry) throw new Error("no blinker puffer");
    const pattern = parsePattern(entry.rle);
    const pad = 302;
    const width = pattern.width + 2 * pad;
    const height = pattern.height + 2 * pad;
    const cells = new Uint8Array(width * height);
    for (let j = 0; j < pattern.height; j++) {
      for (let i = 0; i < pattern.width; i++)
        cells[(pad + j) * width + pad + i] = pattern.cells[j * pattern.width + i] as number;
    }
    const stepper = createStepper({ width, height, topology: "plane", compiled: life, cells });
    const universe = loadPattern("blinker-puffer-1");
    for (const step of [1, 7, 64, 100, 128]) {
      stepper.step(step);
      universe.step(BigInt(step));
      const expected: string[] = [];
      const grid = stepper.getCells();
      for (let j = 0; j < height; j++) {
        for (let i = 0; i < width; i++)
          if (grid[j * width + i]) expected.push(`${i - pad},${j - pad}`);
      }
      expect([...universe.cells()].map(([x, y]) => `${x},${y}`)).toEqual(expected);
    }
    stepper.dispose();
  });

  it("runs HighLife's replicator like the coroutine interpreter", () => {
    const highLife = compile("B36/S23");
    const universe = loadPattern("highlife-replicator", 0, 0, highLife);
    const entry = findPattern("highlife-replicator");
    if (!entry) throw new Error("no replicator");
    const pattern = parsePattern(entry.rle);
    const pad = 50;
    const side = Math.max(pattern.width, pattern.height) + 2 * pad;
    const grid = new Grid(side, side, "plane");
    for (let j = 0; j < pattern.height; j++) {
      for (let i = 0; i < pattern.width; i++)
        grid.assign(pad + j, pad + i, pattern.cells[j * pattern.width + i] as 0 | 1);
    }
    const engine = new CoroutineEngine(grid, cellProgramOf(parseRule("B36/S23").rule));
    engine.step(48);
    universe.step(48n);
    const expected: string[] = [];
    for (let j = 0; j < side; j++) {
      for (let i = 0; i < side; i++)
        if (engine.grid.query(j, i)) expected.push(`${i - pad},${j - pad}`);
    }
    expect([...universe.cells()].map(([x, y]) => `${x},${y}`)).toEqual(expected);
  });
});
