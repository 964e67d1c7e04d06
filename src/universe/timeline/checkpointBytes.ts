import { SparseCells } from "../coroutine/SparseCells.ts";
import { HashLifeSnapshot } from "../hashlife/HashLifeSnapshot.ts";
import type { UniverseSnapshot } from "../Universe.ts";

/** What a cell of the interpreter's sparse map costs: a Map entry, its key and value, roughly. */
const BYTES_PER_SPARSE_CELL = 40;
/** What an object or array holding parts of a snapshot costs besides them, roughly. */
const BYTES_PER_OBJECT = 32;

/**
 * What keeping `snapshot` costs, in bytes, for the timeline's cap: the cells it holds of its
 * own. A bounded grid's packed words (a bit a cell), a multi-state grid's bytes (a byte a cell),
 * the tiles' words, a growing plane's grid, the interpreter's live cells; 0 for HashLife, whose
 * snapshots are roots in its node store, shared with the world and bounded by the store's cap
 * (see `Timeline.squeeze`). Counted from the typed arrays the snapshot holds, so an engine's
 * snapshot of a new shape is counted too; a grid shared copy-on-write by two snapshots is
 * counted twice (the cap errs on the safe side).
 */
export function checkpointBytes(snapshot: UniverseSnapshot): number {
  if (snapshot instanceof HashLifeSnapshot) return 0;
  return bytesOf(snapshot, 0);
}

function bytesOf(value: unknown, depth: number): number {
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof SparseCells) return value.size * BYTES_PER_SPARSE_CELL;
  if (typeof value !== "object" || value === null || depth > 4) return 0;
  let sum = BYTES_PER_OBJECT;
  for (const part of Array.isArray(value) ? value : Object.values(value)) {
    sum += bytesOf(part, depth + 1);
  }
  return sum;
}
