import type { CellState } from "../../engine/protocol.ts";
import {
  gridWorld,
  planeWorld,
  type Rect,
  rectsToRead,
  type TraceWorld,
} from "../../engine/trace/index.ts";
import type { Rule } from "../../rules/index.ts";
import type { CellRect, Space } from "../../universe/Universe.ts";

/** Reads the non-empty cells of a rectangle, with their states (the universe worker's `cells`). */
export type ReadCells = (rect: CellRect) => Promise<{ cells: Float64Array; states: Uint8Array }>;

/** How far beyond itself a cell of `rule` asks: 1 for 3x3 rules, the range for Larger than Life. */
export function reachOf(rule: Rule): number {
  return rule.family === "ltl" ? rule.range : 1;
}

/**
 * The world a trace of the cells in `box` reads, with the cells it needs fetched from the
 * universe worker (which holds the world; the page holds none of its cells): the box grown by
 * the rule's reach, folded onto a bounded grid as its surface joins the edges, as a few
 * rectangles (`rectsToRead`). Cells outside what was read answer 0, so the box must hold every
 * cell traced.
 */
export async function readTraceWorld(
  space: Space,
  rule: Rule,
  box: Rect,
  read: ReadCells,
): Promise<TraceWorld> {
  const reach = reachOf(rule);
  const around = {
    x: box.x - reach,
    y: box.y - reach,
    width: box.width + 2 * reach,
    height: box.height + 2 * reach,
  };
  const rects =
    space.kind === "infinite"
      ? [around]
      : rectsToRead(
          { topology: space.kind, twist: space.twist, shift: space.shift },
          space.width,
          space.height,
          around,
        );
  const states = new Map<string, CellState>();
  const replies = await Promise.all(rects.map((rect) => read(rect)));
  for (const { cells, states: of } of replies) {
    for (let i = 0; i + 1 < cells.length; i += 2) {
      states.set(`${cells[i + 1]},${cells[i]}`, of[i / 2] as number);
    }
  }
  const stateAt = (y: number, x: number) => states.get(`${y},${x}`) ?? 0;
  if (space.kind === "infinite") return planeWorld(stateAt);
  return gridWorld(
    { topology: space.kind, twist: space.twist, shift: space.shift },
    space.width,
    space.height,
    stateAt,
  );
}
