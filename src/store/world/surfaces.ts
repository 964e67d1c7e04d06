import type { Topology } from "../../engine/Grid.ts";
import { type Surface, surfaceProblem } from "../../engine/Surface.ts";
import type { GridShape } from "../../universe/BoundedWorld.ts";

/** A grid's shape with every surface field written, so that setting it clears a twist or shift. */
export type FullShape = Required<Pick<GridShape, "width" | "height" | "topology">> &
  Pick<GridShape, "twist" | "shift">;

/** `bounds` (a GridBounds or another grid shape) with its twist and shift, absent ones cleared. */
export function fullShape(bounds: GridShape): FullShape {
  const { width, height, topology, twist, shift } = bounds;
  return { width, height, topology, twist, shift };
}

const NAMES: Readonly<Record<Topology, string>> = {
  torus: "torus",
  plane: "plane",
  klein: "Klein bottle",
  cross: "cross-surface",
  sphere: "sphere",
};

/** The surface's name for the status bar and messages: "torus", "shifted torus", "Klein bottle"… */
export function surfaceName(shape: GridShape): string {
  if (shape.topology === "torus" && shape.shift) return "shifted torus";
  return NAMES[shape.topology];
}

/** What a surface does at its edges, announced when the world moves onto it. */
export function surfaceAnnouncement(shape: GridShape): string {
  switch (shape.topology) {
    case "torus":
      return shape.shift
        ? "Edges wrap around, one pair shifted (shifted torus)"
        : "Edges wrap around (torus)";
    case "plane":
      return "Edges are walls (plane)";
    case "klein":
      return "Edges wrap around, one pair reversed (Klein bottle)";
    case "cross":
      return "Edges wrap around, both pairs reversed (cross-surface)";
    case "sphere":
      return "Each edge joins the edge beside it (sphere)";
  }
}

/**
 * The surface the Topology setting gives a width x height grid: Golly's defaults (a Klein
 * bottle reverses its left and right edges, as `:K40,20` reads), no shift (a shift comes from
 * a rule's suffix, `:T30+5,20`); or why the grid cannot have it (a sphere is square).
 */
export function surfaceFor(topology: Topology, width: number, height: number): Surface | string {
  const surface: Surface = topology === "klein" ? { topology, twist: "vertical" } : { topology };
  const problem = surfaceProblem(surface, width, height);
  return problem === null
    ? surface
    : `A ${NAMES[topology]} cannot be ${width}x${height}: ${problem}`;
}
