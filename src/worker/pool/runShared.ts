import type { LoadedBand } from "./loadBand.ts";

/**
 * Advances a band `generations` times in step with the other bands of a shared-memory pool,
 * one barrier per generation, without the coordinator. The fast engine publishes its edge rows,
 * meets the others, then takes its halos from its neighbours' edges; the coroutine engine only
 * needs the barrier, since it reads the whole shared grid, and the barrier keeps any band from
 * writing a generation that another is still reading.
 */
export function runShared(band: LoadedBand, generations: number): void {
  const { engine, barrier, slots, setup } = band;
  if (!barrier) throw new Error("this band was not loaded with shared memory");
  const { index, bands } = setup;
  const wraps = setup.topology === "torus";
  const up = (index - 1 + bands) % bands;
  const down = (index + 1) % bands;
  for (let generation = 0; generation < generations; generation++) {
    const parity = generation & 1;
    if (slots) {
      engine.readEdge("top", slots.slot(parity, index, "top"));
      engine.readEdge("bottom", slots.slot(parity, index, "bottom"));
    }
    barrier.arrive();
    if (slots) {
      engine.setHalos(
        index > 0 || wraps ? slots.slot(parity, up, "bottom") : undefined,
        index < bands - 1 || wraps ? slots.slot(parity, down, "top") : undefined,
      );
    }
    engine.step();
  }
}
