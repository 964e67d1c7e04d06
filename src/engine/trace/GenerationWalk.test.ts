import { describe, expect, it } from "vitest";
import { cellProgramOf, parseRule } from "../../rules/index.ts";
import { CoroutineEngine } from "../CoroutineEngine.ts";
import { Grid } from "../Grid.ts";
import { GenerationWalk } from "./GenerationWalk.ts";
import { gridWorld } from "./TraceWorld.ts";

function soup(seed: number, grid: Grid, states = 2): Grid {
  let s = seed;
  for (let i = 0; i < grid.cells.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    grid.cells[i] = (s >>> 16) % states;
  }
  return grid;
}

describe("GenerationWalk", () => {
  it.each([
    ["B3/S23", 2],
    ["B3/S23/C5", 5],
    ["R2,C0,M1,S2..5,B3..4,NM", 2],
  ])("walks a whole %s generation to the interpreter's next grid", (rule, states) => {
    const seed = 11;
    const program = cellProgramOf(parseRule(rule).rule);
    const grid = soup(seed, new Grid(9, 13, { topology: "klein", twist: "vertical" }), states);
    const world = gridWorld(grid.surface, grid.width, grid.height, (y, x) => grid.query(y, x));
    const walk = new GenerationWalk(program, world, { x: 0, y: 0, width: 13, height: 9 });
    walk.finish();
    expect(walk.done).toBe(true);
    const engine = new CoroutineEngine(grid, program);
    engine.step();
    expect([...walk.next], `seed ${seed}`).toEqual([...engine.grid.cells]);
  });

  it("moves an instruction at a time, cell after cell in row order", () => {
    const program = cellProgramOf(parseRule("B3/S23").rule);
    const grid = new Grid(4, 5, "torus");
    grid.assign(1, 2, 1);
    const world = gridWorld(grid.surface, 5, 4, (y, x) => grid.query(y, x));
    const walk = new GenerationWalk(program, world, { x: 1, y: 1, width: 2, height: 2 });
    expect(walk.at).toEqual({ x: 1, y: 1 });
    expect(walk.current).toMatchObject({ kind: "query", y: 1, x: 1 });
    expect(walk.steps).toBe(10);
    expect(walk.advance(9)).toBe(9);
    expect(walk.current).toMatchObject({ kind: "transition", y: 1, x: 1, state: 0 });
    walk.advance(1);
    expect(walk.at).toEqual({ x: 2, y: 1 });
    expect(walk.advance(100)).toBe(30);
    expect(walk.done).toBe(true);
    expect(walk.current).toBeNull();
  });
});
