import type { UniverseSnapshot } from "../Universe.ts";
import type { NodeStore } from "./NodeStore.ts";

/** A HashLife universe at one generation: a root node and a generation, O(1) to take. */
export class HashLifeSnapshot implements UniverseSnapshot {
  readonly engine = "hashlife";

  constructor(
    readonly store: NodeStore,
    readonly root: number,
    readonly level: number,
    readonly generation: bigint,
    readonly population: bigint,
  ) {}
}
