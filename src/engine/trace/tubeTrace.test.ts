import { describe, expect, it } from "vitest";
import { cellProgramOf, parseRule } from "../../rules/index.ts";
import { type TracedQuery, traceCell, tubeRectsToRead, tubeWorld } from "./index.ts";

const life = cellProgramOf(parseRule("B3/S23").rule);

describe("tracing on a tube or strip", () => {
  it("wraps a query across a tube and leaves it alone along it", () => {
    // A tube 6 high, infinite along x: the cell (0, -40) sees (5, -41) .. (5, -39) across the edge.
    const live = new Set(["5,-41", "5,-40", "5,-39"]);
    const world = tubeWorld({ topology: "torus", axis: "x", size: 6 }, (y, x) =>
      live.has(`${y},${x}`) ? 1 : 0,
    );
    const trace = traceCell(life, world, 0, -40);
    const asked = trace.steps.filter((step): step is TracedQuery => step.kind === "query");
    expect(asked).toHaveLength(9);
    const wrapped = asked.filter((q) => q.y === -1);
    expect(wrapped.map((q) => q.at && [q.at.y, q.at.x])).toEqual([
      [5, -39],
      [5, -40],
      [5, -41],
    ]);
    expect(trace.steps.at(-1)).toMatchObject({ kind: "transition", state: 1 });
  });

  it("answers nothing beyond a strip's edges", () => {
    const world = tubeWorld({ topology: "plane", axis: "y", size: 4 }, () => 1);
    expect(world.locate(100, -1)).toBeNull();
    expect(world.locate(100, 4)).toBeNull();
    expect(world.locate(-100, 3)).toEqual({ y: -100, x: 3 });
  });

  it("reads the rows a box covers on a tube, folded, and none beyond a strip", () => {
    const box = { x: -3, y: -1, width: 5, height: 3 };
    expect(tubeRectsToRead({ topology: "torus", axis: "x", size: 6 }, box)).toEqual([
      { x: -3, y: 5, width: 5, height: 1 },
      { x: -3, y: 0, width: 5, height: 2 },
    ]);
    expect(tubeRectsToRead({ topology: "plane", axis: "x", size: 6 }, box)).toEqual([
      { x: -3, y: 0, width: 5, height: 2 },
    ]);
    expect(tubeRectsToRead({ topology: "torus", axis: "y", size: 2 }, box)).toEqual([
      { x: 0, y: -1, width: 2, height: 3 },
    ]);
  });
});
