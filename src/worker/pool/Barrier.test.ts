import { expect, it } from "vitest";
import { BARRIER_SLOTS, Barrier } from "./Barrier.ts";

it("lets a lone party through, and refuses everyone once aborted", () => {
  const buffer = new SharedArrayBuffer(BARRIER_SLOTS * 4);
  const alone = new Barrier(buffer, 1);
  for (let i = 0; i < 3; i++) alone.arrive();
  expect(new Int32Array(buffer)[1]).toBe(3); // three generations passed
  const pair = new Barrier(buffer, 2);
  pair.abort();
  // Without the abort this would sleep forever waiting for the second party.
  expect(() => pair.arrive()).toThrow(/another band failed/);
});
