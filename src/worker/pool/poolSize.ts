import { MAX_BANDS } from "../../kernels/maxBands.ts";

/** The most workers a pool runs, whatever it is asked for. */
export const MAX_WORKERS = MAX_BANDS;

/**
 * The number of band workers to start: `requested` (the user's setting) clamped to
 * 1..min(cores, MAX_WORKERS), or all of that when there is no setting. More workers than cores
 * only take turns, and the page needs a core of its own only while it draws, which the workers
 * leave it between generations.
 */
export function poolSize(requested?: number, cores = hardwareConcurrency()): number {
  const most = Math.max(1, Math.min(MAX_WORKERS, cores));
  if (requested === undefined || !Number.isFinite(requested)) return most;
  return Math.max(1, Math.min(most, Math.floor(requested)));
}

/** navigator.hardwareConcurrency where there is one (browsers, Node 21+), else 1. */
export function hardwareConcurrency(): number {
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator
    ?.hardwareConcurrency;
  return cores !== undefined && cores >= 1 ? Math.floor(cores) : 1;
}
