import { isTube, type ParsedRule } from "../rules/Rule.ts";
import { spaceOf } from "./BoundedWorld.ts";
import type { Space } from "./Universe.ts";

/**
 * The space a rulestring's suffix names: a bounded grid, a tube or strip, or, with no suffix,
 * the infinite plane.
 */
export function spaceOfBounds(bounds: ParsedRule["bounds"]): Space {
  if (bounds === undefined) return { kind: "infinite" };
  if (isTube(bounds)) {
    return { kind: "tube", topology: bounds.topology, axis: bounds.axis, size: bounds.size };
  }
  return spaceOf(bounds);
}
