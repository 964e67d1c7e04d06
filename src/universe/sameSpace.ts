import type { Space } from "./Universe.ts";

/** Whether two spaces are the same: the infinite plane, or grids of one kind and size. */
export function sameSpace(a: Space, b: Space): boolean {
  if (a.kind === "infinite" || b.kind === "infinite") return a.kind === b.kind;
  return a.kind === b.kind && a.width === b.width && a.height === b.height;
}
