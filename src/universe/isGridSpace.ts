import type { GridSpace, Space } from "./Universe.ts";

/** Whether `space` is a bounded grid: neither the infinite plane nor a tube or strip. */
export function isGridSpace(space: Space): space is GridSpace {
  return space.kind !== "infinite" && space.kind !== "tube";
}
