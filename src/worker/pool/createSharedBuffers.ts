import { packedRowWords } from "../../kernels/index.ts";
import { BARRIER_SLOTS } from "./Barrier.ts";
import { EdgeSlots } from "./EdgeSlots.ts";
import type { PoolEngine, SharedBuffers } from "./protocol.ts";
import { ROW_QUEUE_SLOTS } from "./RowQueue.ts";

/**
 * The shared memory of one loaded world: the barrier (and the coroutine's row queue) and the two
 * packed output grids, and for the fast engine the edge slots, for the coroutine the two byte
 * grids (the bands fill the first).
 */
export function createSharedBuffers(
  engine: PoolEngine,
  width: number,
  height: number,
  bands: number,
): SharedBuffers {
  const control = new SharedArrayBuffer((BARRIER_SLOTS + ROW_QUEUE_SLOTS) * 4);
  const bytes = packedRowWords(width) * height * 4;
  const outputs: [SharedArrayBuffer, SharedArrayBuffer] = [
    new SharedArrayBuffer(bytes),
    new SharedArrayBuffer(bytes),
  ];
  if (engine === "fast") {
    return { control, outputs, edges: new SharedArrayBuffer(EdgeSlots.bytes(width, bands)) };
  }
  const grids: [SharedArrayBuffer, SharedArrayBuffer] = [
    new SharedArrayBuffer(width * height),
    new SharedArrayBuffer(width * height),
  ];
  return { control, outputs, grids };
}
