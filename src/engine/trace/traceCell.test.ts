import { describe, expect, it } from "vitest";
import { cellProgramOf, parseRule } from "../../rules/index.ts";
import { Grid } from "../Grid.ts";
import type { Surface } from "../Surface.ts";
import { type CellTrace, gridWorld, planeWorld, type TracedQuery, traceCell } from "./index.ts";

/** A traced cell on `grid`, answered from its cells through its surface. */
function traceOn(grid: Grid, rule: string, y: number, x: number): CellTrace {
  const program = cellProgramOf(parseRule(rule).rule);
  const world = gridWorld(grid.surface, grid.width, grid.height, (cy, cx) => grid.query(cy, cx));
  return traceCell(program, world, y, x);
}

function queries(trace: CellTrace): TracedQuery[] {
  return trace.steps.filter((step): step is TracedQuery => step.kind === "query");
}

function gridWith(width: number, height: number, surface: Surface, live: [number, number][]) {
  const grid = new Grid(height, width, surface);
  for (const [y, x] of live) grid.assign(y, x, 1);
  return grid;
}

describe("traceCell", () => {
  it("traces a Life cell on a torus's corner: 9 queries, wrapped, and its birth", () => {
    // Three live cells that the corner (0, 0) sees only across the edges.
    const grid = gridWith(8, 6, { topology: "torus" }, [
      [5, 7],
      [0, 7],
      [5, 0],
    ]);
    const trace = traceOn(grid, "B3/S23", 0, 0);
    const asked = queries(trace);
    expect(asked).toHaveLength(9);
    expect(asked.map((q) => [q.y, q.x])).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [-1, 1],
      [-1, 0],
      [-1, -1],
      [0, -1],
      [1, -1],
    ]);
    expect(asked.map((q) => q.at && [q.at.y, q.at.x])).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [5, 1],
      [5, 0],
      [5, 7],
      [0, 7],
      [1, 7],
    ]);
    expect(asked.map((q) => q.answer)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 0]);
    expect(asked.map((q) => q.count)).toEqual([null, 0, 0, 0, 0, 1, 2, 3, 3]);
    expect(trace.steps.at(-1)).toMatchObject({ kind: "transition", y: 0, x: 0, state: 1 });
  });

  it("records the frames: stepCell, then countNeighbors composed with yield*", () => {
    const trace = traceOn(new Grid(4, 4), "B3/S23", 1, 1);
    expect(trace.framesAvailable).toBe(true);
    const names = trace.steps.map((step) => step.frames.map((frame) => frame.name).join(" > "));
    expect(names).toEqual(["stepCell", ...Array(8).fill("stepCell > countNeighbors"), "stepCell"]);
  });

  it("answers beyond a plane's edge with empty, from no cell", () => {
    const grid = gridWith(5, 5, { topology: "plane" }, [[4, 4]]);
    const asked = queries(traceOn(grid, "B3/S23", 0, 0));
    const beyond = asked.filter((q) => q.at === null);
    expect(beyond).toHaveLength(5);
    for (const q of beyond) {
      expect(q.answer).toBe(0);
      expect(q.y < 0 || q.x < 0).toBe(true);
    }
  });

  it("folds a Klein bottle's twisted edge reversed", () => {
    // Top and bottom edges joined reversed: above (0, 1) is the bottom row at x = width - 1 - 1.
    const grid = gridWith(6, 4, { topology: "klein", twist: "horizontal" }, [[3, 4]]);
    const trace = traceOn(grid, "B3/S23", 0, 1);
    const above = queries(trace).find((q) => q.y === -1 && q.x === 1);
    expect(above?.at).toEqual({ y: 3, x: 4 });
    expect(above?.answer).toBe(1);
    // Each answer is what the interpreter's grid gives.
    for (const q of queries(trace)) expect(q.answer).toBe(grid.query(q.y, q.x));
  });

  it("traces a Generations cell through readBlock, and a dying cell without neighbours", () => {
    const grid = gridWith(6, 6, { topology: "torus" }, [
      [2, 1],
      [2, 2],
      [2, 3],
    ]);
    const trace = traceOn(grid, "B3/S23/C4", 1, 2);
    expect(queries(trace)).toHaveLength(9);
    expect(trace.steps[1]?.frames.map((f) => f.name)).toEqual(["generationsCell", "readBlock"]);
    expect(trace.steps.at(-1)).toMatchObject({ kind: "transition", state: 1 });
    grid.assign(1, 2, 2);
    const dying = traceOn(grid, "B3/S23/C4", 1, 2);
    expect(dying.steps.map((s) => s.kind)).toEqual(["query", "transition"]);
    expect(dying.steps.at(-1)).toMatchObject({ state: 3 });
  });

  it("asks a range-2 Larger than Life cell's 25 cells", () => {
    const grid = gridWith(10, 10, { topology: "torus" }, [
      [0, 0],
      [9, 9],
      [1, 8],
    ]);
    // The cell's own query, then the 5x5 block without the middle (M0).
    const trace = traceOn(grid, "R2,C0,M0,S2..3,B3..3,NM", 0, 9);
    const asked = queries(trace);
    expect(asked).toHaveLength(25);
    expect(new Set(asked.slice(1).map((q) => `${q.at?.y},${q.at?.x}`)).size).toBe(24);
    expect(asked[1]?.frames.map((f) => f.name)).toEqual(["largerThanLifeCell", "countInRange"]);
    expect(asked.at(-1)?.count).toBe(3);
    expect(trace.steps.at(-1)).toMatchObject({ kind: "transition", state: 1 });
  });

  it("asks the infinite plane's cells where they are", () => {
    const trace = traceCell(
      cellProgramOf(parseRule("B3/S23").rule),
      planeWorld((y, x) => (y === -1_000_001 && x >= 4 && x <= 6 ? 1 : 0)),
      -1_000_000,
      5,
    );
    // Three in a row above it, a million rows up: born.
    expect(trace.steps.at(-1)).toMatchObject({ state: 1 });
    expect(queries(trace).every((q) => q.at?.y === q.y && q.at.x === q.x)).toBe(true);
  });

  it("gives the same next state as the interpreter for every cell of a soup", () => {
    const seed = 7;
    let s = seed;
    const grid = new Grid(9, 11, { topology: "cross" });
    for (let i = 0; i < grid.cells.length; i++) {
      s = (s * 1103515245 + 12345) >>> 0;
      grid.cells[i] = s >>> 31;
    }
    for (const rule of ["B3/S23", "B2-a/S12", "B36/S23H", "R2,C3,M1,S2..5,B3..4,NM"]) {
      const program = cellProgramOf(parseRule(rule).rule);
      for (let y = 0; y < grid.height; y++) {
        for (let x = 0; x < grid.width; x++) {
          const trace = traceOn(grid, rule, y, x);
          const expected = [...runOne(program, grid, y, x)];
          const got = trace.steps.map((step) => (step.kind === "query" ? step.answer : step.state));
          expect(got, `seed ${seed}, ${rule}, (${y}, ${x})`).toEqual(expected);
        }
      }
    }
  });
});

/** What the interpreter answers and writes for one cell: answers, then the next state. */
function* runOne(
  program: ReturnType<typeof cellProgramOf>,
  grid: Grid,
  y: number,
  x: number,
): Generator<number> {
  const cell = program(y, x);
  let item = cell.next();
  while (!item.done) {
    if (item.value.kind === "transition") {
      yield item.value.state;
      return;
    }
    const answer = grid.query(item.value.y, item.value.x);
    yield answer;
    item = cell.next(answer);
  }
}
