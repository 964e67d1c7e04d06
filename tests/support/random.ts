export { createRandom } from "../../src/engine/createRandom.ts";

/** A seed from the environment (TEST_SEED) or the clock, to print with any failure. */
export function pickSeed(): number {
  const fromEnv = Number(process.env.TEST_SEED);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : Date.now() % 2 ** 31;
}
