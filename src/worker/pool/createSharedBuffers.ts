import { packedRowWords } from "../../kernels/index.ts";
import { BARRIER_SLOTS } from "./Barrier.ts";
import { EdgeSlots } from "./EdgeSlots.ts";
import type { PoolEngine, SharedBuffers } from "./protocol.ts";

/**
 * The shared memory of one loaded world: the barrier and the packed output grid, and for the
 * fast engine the edge slots, for the coroutine the two byte grids (the bands fill the first).
 */
export function createSharedBuffers(
  engine: PoolEngine,
  width: number,
  height: number,
  bands: number,
): SharedBuffers {
  const control = new SharedArrayBuffer(BARRIER_SLOTS * 4);
  const output = new SharedArrayBuffer(packedRowWords(width) * height * 4);
  if (engine === "fast") {
    return { control, output, edges: new SharedArrayBuffer(EdgeSlots.bytes(width, bands)) };
  }
  const grids: [SharedArrayBuffer, SharedArrayBuffer] = [
    new SharedArrayBuffer(width * height),
    new SharedArrayBuffer(width * height),
  ];
  return { control, output, grids };
}
