import { describe, expect, it } from "vitest";
import { Grid } from "../engine/Grid.ts";
import { type CellProgram, query, transition } from "../engine/protocol.ts";
import { gridWorld, type TracedQuery } from "../engine/trace/index.ts";
import { USER_RULE_EXAMPLES } from "./examples.ts";
import { prepareUserRule, traceUserCells, USER_RULE_FILE, UserRuleError } from "./index.ts";
import { evaluateHere } from "./userRuleTestSupport.ts";

const highLife = USER_RULE_EXAMPLES.find((e) => e.name.startsWith("HighLife"))?.source ?? "";
const seedRule = USER_RULE_EXAMPLES.find((e) => e.name.startsWith("The seed"))?.source ?? "";

/** The 1-based line of `source` that holds `text`. */
function lineOf(source: string, text: string): number {
  return source.slice(0, source.indexOf(text)).split("\n").length;
}

/** An 8 x 6 torus whose corner (0, 0) sees six live cells, three only across the edges. */
function torusWorld() {
  const grid = new Grid(6, 8, "torus");
  for (const [y, x] of [
    [5, 7],
    [0, 7],
    [5, 0],
    [1, 1],
    [1, 0],
    [0, 1],
  ] as const) {
    grid.assign(y, x, 1);
  }
  return gridWorld(grid.surface, grid.width, grid.height, (y, x) => grid.query(y, x));
}

const corner = { x: 0, y: 0, width: 1, height: 1 };
const options = { frames: true, maxSteps: 10_000 };

describe("traceUserCells", () => {
  it("traces a user's HighLife coroutine on a torus corner: 9 queries, wrapped, framed in the user's lines", () => {
    const rule = prepareUserRule(highLife, evaluateHere);
    const [trace] = traceUserCells(rule.program, 2, torusWorld(), corner, options);
    if (!trace) throw new Error("no trace");
    const asked = trace.steps.filter((s): s is TracedQuery => s.kind === "query");
    expect(asked).toHaveLength(9);
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
    expect(asked.map((q) => [q.y, q.x]).slice(4, 7)).toEqual([
      [-1, 1],
      [-1, 0],
      [-1, -1],
    ]);
    expect(asked.map((q) => q.count)).toEqual([null, 1, 2, 3, 3, 4, 5, 6, 6]);
    // Six live neighbours: HighLife's B6 (Life would leave the corner empty).
    expect(asked.map((q) => q.answer)).toEqual([0, 1, 1, 1, 0, 1, 1, 1, 0]);
    expect(trace.steps.at(-1)).toMatchObject({ kind: "transition", state: 1 });
    expect(trace.framesAvailable).toBe(true);
    const own = asked[0]?.frames ?? [];
    expect(own.map((f) => f.name)).toEqual(["cell"]);
    expect(own[0]?.file).toBe(USER_RULE_FILE);
    expect(own[0]?.line).toBe(lineOf(highLife, "const me = yield query(y, x)"));
    const counting = asked[1]?.frames ?? [];
    expect(counting.map((f) => f.name)).toEqual(["cell", "countNeighbors"]);
    expect(counting[0]?.line).toBe(lineOf(highLife, "yield* countNeighbors(y, x)"));
    // The engine's coroutine carries which of its yields it stands at, read where it ran.
    expect(counting[1]?.file).not.toBe(USER_RULE_FILE);
    expect(counting[1]?.yieldCount).toBeGreaterThan(0);
    expect(counting[1]?.yieldIndex).toBeGreaterThanOrEqual(0);
    const last = trace.steps.at(-1)?.frames ?? [];
    expect(last.map((f) => f.line)).toEqual([lineOf(highLife, "yield transition(")]);
  });

  it("traces a gameLogic rule inside the engine's stepCell", () => {
    const rule = prepareUserRule(seedRule, evaluateHere);
    const [trace] = traceUserCells(rule.program, 2, torusWorld(), corner, options);
    expect(trace?.steps[0]?.frames.map((f) => f.name)).toEqual(["stepCell"]);
    expect(trace?.steps[0]?.frames[0]?.yieldIndex).toBe(0);
    expect(trace?.steps.at(-1)).toMatchObject({ kind: "transition", state: 0 });
  });

  it("traces a region row by row without frames, as Watch mode walks it", () => {
    const rule = prepareUserRule(highLife, evaluateHere);
    const region = { x: 6, y: 4, width: 3, height: 2 };
    const traces = traceUserCells(rule.program, 2, torusWorld(), region, {
      frames: false,
      maxSteps: 100,
    });
    expect(traces.map((t) => [t.y, t.x])).toEqual([
      [4, 6],
      [4, 7],
      [4, 8],
      [5, 6],
      [5, 7],
      [5, 8],
    ]);
    expect(traces.every((t) => t.steps.every((s) => s.frames.length === 0))).toBe(true);
  });

  it("refuses a broken instruction at the user's line, and a cell that asks too much", () => {
    const rule = prepareUserRule(
      `function* cell(y, x) {\n  const me = yield query(y, x);\n  yield transition(y, x, me);\n}\n`,
      evaluateHere,
    );
    // A cell whose state is not whole: checked as a step would check it.
    const bad: CellProgram = function* cell(y, x) {
      const me = yield query(y, x);
      yield transition(y, x, me + 0.5);
    };
    expect(() => traceUserCells(bad, 2, torusWorld(), corner, options)).toThrow(UserRuleError);
    expect(() =>
      traceUserCells(rule.program, 2, torusWorld(), corner, { frames: true, maxSteps: 0 }),
    ).toThrow(/more than 0 queries/);
  });
});
