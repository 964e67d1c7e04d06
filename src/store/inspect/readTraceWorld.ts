import {
  knownCellsWorld,
  type Rect,
  rectsToRead,
  type TraceBounds,
  type TraceWorld,
  tubeRectsToRead,
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
  const { cells, states } = await readCells(rectsAround(space, around), read);
  return knownCellsWorld(boundsOf(space), cells, states);
}

/** The rectangles of `space` that hold every cell answering a query in `box`. */
export function rectsAround(space: Space, box: Rect): Rect[] {
  if (space.kind === "infinite") return [box];
  if (space.kind === "tube") return tubeRectsToRead(space, box);
  return rectsToRead(
    { topology: space.kind, twist: space.twist, shift: space.shift },
    space.width,
    space.height,
    box,
  );
}

/** A bounded space's grid, a tube or strip, or null for the infinite plane. */
export function boundsOf(space: Space): TraceBounds | null {
  if (space.kind === "infinite") return null;
  if (space.kind === "tube") {
    return { topology: space.topology, axis: space.axis, size: space.size };
  }
  return {
    surface: { topology: space.kind, twist: space.twist, shift: space.shift },
    width: space.width,
    height: space.height,
  };
}

/** The non-empty cells of some rectangles, read from the universe worker, as one list. */
export async function readCells(
  rects: readonly Rect[],
  read: ReadCells,
): Promise<{ cells: Float64Array; states: Uint8Array }> {
  const replies = await Promise.all(rects.map((rect) => read(rect)));
  const count = replies.reduce((sum, reply) => sum + reply.states.length, 0);
  const cells = new Float64Array(2 * count);
  const states = new Uint8Array(count);
  let at = 0;
  for (const reply of replies) {
    cells.set(reply.cells, 2 * at);
    states.set(reply.states, at);
    at += reply.states.length;
  }
  return { cells, states };
}
