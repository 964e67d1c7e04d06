import type { Tube } from "../engine/Surface.ts";

/**
 * Where Golly puts a pattern read into a bounded grid, along one axis, as a column (or row)
 * of the grid. Golly's origin is the grid's middle cell (the grid spans -floor(side/2)
 * onwards): a file that says where its pattern is (`#CXRLE Pos`, `at`) is put there; else the
 * pattern's middle cell goes on the origin (its top-left at -floor(size/2)), or its top-left on
 * the grid's first cell when it does not fit. The place matters: on a plane the edges are that
 * far away, and on a Klein bottle, a cross-surface or a sphere the edges are joined with a twist.
 */
export function gollyPlacement(gridSide: number, patternSide: number, at?: number): number {
  const origin = Math.floor(gridSide / 2);
  if (at !== undefined) return origin + at;
  if (patternSide > gridSide) return 0;
  return origin - Math.floor(patternSide / 2);
}

/**
 * Where Golly puts a `width` x `height` pattern on a tube or strip, its top-left cell: across,
 * as on a bounded grid of the tube's side (`gollyPlacement`); along the infinite axis, as on
 * the infinite plane, where the file says (`at`), else centred on the origin.
 */
export function gollyTubePlacement(
  tube: Tube,
  pattern: {
    readonly width: number;
    readonly height: number;
    readonly x?: number;
    readonly y?: number;
  },
): { x: number; y: number } {
  const along = (side: number, at?: number) => at ?? -Math.floor(side / 2);
  return tube.axis === "x"
    ? {
        x: along(pattern.width, pattern.x),
        y: gollyPlacement(tube.size, pattern.height, pattern.y),
      }
    : {
        x: gollyPlacement(tube.size, pattern.width, pattern.x),
        y: along(pattern.height, pattern.y),
      };
}

/**
 * A cell's place as Golly numbers it in a file's `#CXRLE Pos`: as it is on the infinite plane
 * and along a tube or strip; across one, from the middle cell (Golly's grids span
 * -floor(side/2) onwards), so that `gollyTubePlacement` puts it back where it was.
 */
export function gollyPosition(
  space: { readonly kind: "infinite" } | (Tube & { readonly kind: "tube" }),
  x: number,
  y: number,
): { x: number; y: number } {
  if (space.kind === "infinite") return { x, y };
  const middle = Math.floor(space.size / 2);
  return space.axis === "x" ? { x, y: y - middle } : { x: x - middle, y };
}
