import { BARRIER_SLOTS } from "./Barrier.ts";
import { EdgeSlots } from "./EdgeSlots.ts";
import type { PoolEngine, SharedBuffers } from "./protocol.ts";

/**
 * The shared memory of one loaded world: the barrier, and for the fast engine the edge slots
 * and the output grid, for the coroutine the two grids, the first holding `cells`.
 */
export function createSharedBuffers(
  engine: PoolEngine,
  width: number,
  height: number,
  bands: number,
  cells: Uint8Array,
): SharedBuffers {
  const control = new SharedArrayBuffer(BARRIER_SLOTS * 4);
  if (engine === "fast") {
    return {
      control,
      edges: new SharedArrayBuffer(EdgeSlots.bytes(width, bands)),
      output: new SharedArrayBuffer(width * height),
    };
  }
  const grids: [SharedArrayBuffer, SharedArrayBuffer] = [
    new SharedArrayBuffer(width * height),
    new SharedArrayBuffer(width * height),
  ];
  new Uint8Array(grids[0]).set(cells);
  return { control, grids };
}
