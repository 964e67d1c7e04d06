import { sameSurface } from "../engine/Surface.ts";
import { surfaceOfSpace } from "./surfaceOfSpace.ts";
import type { Space } from "./Universe.ts";

/**
 * Whether two spaces are the same: the infinite plane, tubes or strips alike, or grids of one size whose edges join
 * the same way (kind, twist and shift).
 */
export function sameSpace(a: Space, b: Space): boolean {
  if (a.kind === "infinite" || b.kind === "infinite") return a.kind === b.kind;
  if (a.kind === "tube" || b.kind === "tube") {
    return (
      a.kind === "tube" &&
      b.kind === "tube" &&
      a.topology === b.topology &&
      a.axis === b.axis &&
      a.size === b.size
    );
  }
  return (
    a.width === b.width &&
    a.height === b.height &&
    sameSurface(surfaceOfSpace(a), surfaceOfSpace(b))
  );
}
