import type { LoadedBand } from "./loadBand.ts";

/**
 * Advances a band `generations` times in step with the other bands of a shared-memory pool,
 * one barrier per generation, without the coordinator.
 *
 * The fast engine runs its own band: it publishes its edge rows, meets the others, then takes
 * its halos from its neighbours' edges. The coroutine engine reads and writes the whole shared
 * grid, so the bands step chunks of rows claimed from a shared queue instead (`RowQueue`); a
 * last barrier then makes sure every chunk is written before each band reads its own rows out.
 */
export function runShared(band: LoadedBand, generations: number): void {
  if (band.queued) runQueued(band, generations);
  else runBands(band, generations);
}

function runBands(band: LoadedBand, generations: number): void {
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
  band.generations += generations;
}

function runQueued(band: LoadedBand, generations: number): void {
  const { barrier, queued, setup } = band;
  if (!barrier || !queued) throw new Error("this band was not loaded with a row queue");
  const { queue, engine } = queued;
  for (let i = 0; i < generations; i++) {
    const generation = band.generations++;
    // Every band has finished the generation before (and written its edits): the grid is whole.
    barrier.arrive();
    if (setup.index === 0) queue.reset(generation + 1);
    for (let rows = queue.claim(generation); rows; rows = queue.claim(generation)) {
      engine.stepRows(rows.from, rows.to);
    }
    engine.advance();
  }
  if (generations > 0) barrier.arrive();
}
