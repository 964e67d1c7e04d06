/**
 * The number of band workers to start: `requested` (the user's setting) clamped to
 * 1..hardwareConcurrency, or all of hardwareConcurrency when there is no setting. More
 * workers than cores only take turns, and the page needs a core of its own only while it draws,
 * which the workers leave it between generations.
 */
export function poolSize(requested?: number): number {
  const cores = hardwareConcurrency();
  if (requested === undefined || !Number.isFinite(requested)) return cores;
  return Math.max(1, Math.min(cores, Math.floor(requested)));
}

/** navigator.hardwareConcurrency where there is one (browsers, Node 21+), else 1. */
export function hardwareConcurrency(): number {
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator
    ?.hardwareConcurrency;
  return cores !== undefined && cores >= 1 ? Math.floor(cores) : 1;
}
