import { countInRange } from "../engine/countInRange.ts";
import { countNeighbors } from "../engine/countNeighbors.ts";
import { query, transition } from "../engine/protocol.ts";
import { NEIGHBOUR_CELLS, readBlock } from "../engine/readBlock.ts";

/**
 * What a user's rule may call, by name: the engine's own protocol and the coroutines its
 * built-in rules are made of (`countNeighbors` for the 8 neighbours, `readBlock` for which of
 * them are alive, `countInRange` for a larger sphere of influence), so a user composes them
 * with `yield*` exactly as the built-in rules do.
 */
export const USER_RULE_HELPERS = {
  query,
  transition,
  countNeighbors,
  readBlock,
  countInRange,
  NEIGHBOUR_CELLS,
} as const;

/** The helpers' names, in the order the wrapped source takes them as parameters. */
export const HELPER_NAMES = Object.keys(
  USER_RULE_HELPERS,
) as readonly (keyof typeof USER_RULE_HELPERS)[];
