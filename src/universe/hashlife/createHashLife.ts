import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import type { Universe } from "../Universe.ts";
import { HashLifeUniverse } from "./HashLifeUniverse.ts";

export interface HashLifeOptions {
  /**
   * The most quadtree nodes the universe keeps (39 bytes each); default 2^22, about 156 MiB.
   * Past it the universe collects garbage, then splits steps, then throws RangeError.
   */
  readonly maxNodes?: number;
}

/** The default node cap: 2^22 nodes, 156 MiB. */
export const DEFAULT_MAX_NODES = 2 ** 22;

/**
 * An empty HashLife universe on the infinite plane for a two-state rule compiled from the cell
 * coroutine. Throws RangeError for a rule with B0 (see HashLifeUniverse).
 */
export function createHashLife(rule: CompiledRule, options: HashLifeOptions = {}): Universe {
  return new HashLifeUniverse(rule, options.maxNodes ?? DEFAULT_MAX_NODES);
}
