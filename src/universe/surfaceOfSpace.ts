import type { Surface } from "../engine/Surface.ts";
import type { GridSpace } from "./Universe.ts";

/** The surface of a bounded space: its kind as the topology, with its twist and shift. */
export function surfaceOfSpace(space: GridSpace): Surface {
  const { kind: topology, twist, shift } = space;
  return {
    topology,
    ...(twist !== undefined && { twist }),
    ...(shift !== undefined && { shift }),
  };
}
