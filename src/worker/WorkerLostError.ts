/**
 * What ran the simulation stopped (a worker died, closed itself, ran out of memory or stopped
 * answering) and has been replaced: the world it held is gone. Load it again to carry on; every
 * step until then fails with this error.
 */
export class WorkerLostError extends Error {
  override readonly name = "WorkerLostError";
}
