/**
 * The simulation pool: a grid split into bands of rows, one per worker, on the fast kernels or
 * the coroutine interpreter, sharing memory when the page is cross-origin isolated.
 */
export { createBandWorker } from "./createBandWorker.ts";
export { createInProcessWorker } from "./createInProcessWorker.ts";
export { createSimulationPool } from "./createSimulationPool.ts";
export type { PoolWorker } from "./PoolWorker.ts";
export { hardwareConcurrency, poolSize } from "./poolSize.ts";
export type { BandKernel, PoolEngine, PoolMode } from "./protocol.ts";
export type { PoolStepResult, SimulationPool, SimulationPoolOptions } from "./SimulationPool.ts";
export { sharedMemoryAvailable } from "./sharedMemoryAvailable.ts";
