import type { SimulationPool } from "../../src/worker/pool/index.ts";

/**
 * Steps `pool` by `generationsPerCall` at a time, each call waiting for the cells as the app
 * would, for about `millis` ms, and returns generations per second.
 */
export async function measurePoolRate(
  pool: SimulationPool,
  generationsPerCall: number,
  millis: number,
): Promise<number> {
  const start = performance.now();
  let generations = 0;
  let elapsed = 0;
  do {
    await pool.step(generationsPerCall);
    generations += generationsPerCall;
    elapsed = performance.now() - start;
  } while (elapsed < millis);
  return (generations * 1000) / elapsed;
}
