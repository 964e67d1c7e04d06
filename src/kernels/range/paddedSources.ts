import type { Topology } from "../../engine/Grid.ts";

/**
 * Where each of `count` padded positions along one axis of `length` cells reads from, the
 * padding `pad` positions long before the first cell: the wrapped index on a torus (wrapping as
 * many times as it takes, so a torus narrower than the padding repeats, as the interpreter's
 * queries do), or -1 (empty) beyond the edge of a plane.
 */
export function paddedSources(
  length: number,
  pad: number,
  count: number,
  topology: Topology,
): Int32Array {
  const sources = new Int32Array(count);
  for (let p = 0; p < count; p++) {
    const index = p - pad;
    if (index >= 0 && index < length) sources[p] = index;
    else sources[p] = topology === "torus" ? ((index % length) + length) % length : -1;
  }
  return sources;
}
