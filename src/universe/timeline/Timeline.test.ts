import { describe, expect, it } from "vitest";
import { Timeline } from "./Timeline.ts";

/** A timeline of plain generation numbers, each costing `bytes`, with what it released. */
function timelineOf(maxCheckpoints: number, maxBytes = Number.POSITIVE_INFINITY) {
  const released: bigint[] = [];
  const timeline = new Timeline<bigint>({ maxCheckpoints, maxBytes }, (g) => released.push(g));
  return { timeline, released };
}

const generations = (timeline: Timeline<bigint>) =>
  timeline.checkpoints.map((checkpoint) => checkpoint.generation);

describe("Timeline", () => {
  it("holds what it records, oldest first, and finds the nearest at or before a generation", () => {
    const { timeline } = timelineOf(10);
    for (const g of [0n, 4n, 2n, 9n]) timeline.record(g, g, 1);
    expect(generations(timeline)).toEqual([0n, 2n, 4n, 9n]);
    expect(timeline.nearest(3n)?.generation).toBe(2n);
    expect(timeline.nearest(4n)?.generation).toBe(4n);
    expect(timeline.nearest(100n)?.generation).toBe(9n);
    expect(timeline.range(9n)).toEqual({ first: 0n, newest: 9n, checkpoints: 4, bytes: 4 });
    // Going back does not shorten the range: the newest is still 9.
    expect(timeline.range(3n)).toMatchObject({ first: 0n, newest: 9n });
  });

  it("an empty timeline's range is the generation the world is at", () => {
    const { timeline } = timelineOf(10);
    expect(timeline.range(7n)).toEqual({ first: 7n, newest: 7n, checkpoints: 0, bytes: 0 });
  });

  it("thins to the checkpoint cap, keeping the first, dense near the present and sparse far back", () => {
    const { timeline, released } = timelineOf(16);
    for (let g = 0n; g <= 1000n; g++) timeline.record(g, g, 1);
    const kept = generations(timeline);
    // Thinned an eighth at a time: between 14 and 16 are held.
    expect(kept.length).toBeLessThanOrEqual(16);
    expect(kept.length).toBeGreaterThanOrEqual(14);
    expect(kept[0]).toBe(0n);
    expect(kept.at(-1)).toBe(1000n);
    expect(released.length).toBe(1001 - kept.length);
    // Gaps grow going back from the present: the last few are small, the first ones large.
    const gaps = kept.slice(1).map((g, i) => Number(g - (kept[i] as bigint)));
    expect(gaps.at(-1)).toBeLessThanOrEqual(2);
    expect(Math.max(...gaps.slice(-4))).toBeLessThan(Math.min(...gaps.slice(0, 4)));
  });

  it("keeps checkpoints dense around the cursor, wherever it is", () => {
    const { timeline } = timelineOf(12);
    for (let g = 0n; g <= 400n; g++) timeline.record(g, g, 1);
    // Gone back to 200: the world is recomputed there, keeping each generation on the way.
    for (let g = 190n; g <= 200n; g++) timeline.record(g, g, 1, 200n);
    const kept = generations(timeline);
    expect(kept.length).toBeLessThanOrEqual(12);
    expect(kept).toContain(200n);
    expect(kept).toContain(199n);
    expect(kept[0]).toBe(0n);
  });

  it("holds the byte cap, but always one checkpoint, the first", () => {
    const { timeline } = timelineOf(100, 10);
    for (let g = 0n; g < 50n; g++) timeline.record(g, g, 3);
    expect(timeline.bytes).toBeLessThanOrEqual(10);
    expect(timeline.checkpoints.length).toBe(3);
    const big = timelineOf(100, 10).timeline;
    for (let g = 0n; g < 5n; g++) big.record(g, g, 50);
    expect(generations(big)).toEqual([0n]);
  });

  it("an edit drops the future and the edited generation, and keeps the next one there as a seam", () => {
    const { timeline, released } = timelineOf(100);
    for (let g = 0n; g <= 10n; g++) timeline.record(g, g, 1);
    timeline.edited(6n);
    expect(generations(timeline)).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
    expect(released).toEqual([10n, 9n, 8n, 7n, 6n]);
    expect(timeline.range(6n)).toMatchObject({ first: 0n, newest: 6n });
    timeline.record(6n, 66n, 1);
    expect(timeline.checkpoints.at(-1)).toMatchObject({ generation: 6n, seam: true });
    expect(timeline.nearest(8n)?.snapshot).toBe(66n);
  });

  it("never thins a seam alone: past the cap the oldest stretch goes, up to it", () => {
    const { timeline } = timelineOf(4);
    for (let g = 0n; g <= 3n; g++) timeline.record(g, g, 1);
    for (const g of [4n, 5n, 6n]) {
      timeline.edited(g);
      timeline.record(g, g, 1);
    }
    // Seams at 4, 5 and 6: the plain checkpoints go, but not the first.
    expect(generations(timeline)).toEqual([0n, 4n, 5n, 6n]);
    timeline.edited(7n);
    timeline.record(7n, 7n, 1);
    // Nothing plain is left to thin: the first goes, and the timeline starts at the seam after it.
    expect(generations(timeline)).toEqual([4n, 5n, 6n, 7n]);
    timeline.edited(8n);
    timeline.record(8n, 8n, 1);
    expect(generations(timeline)).toEqual([5n, 6n, 7n, 8n]);
    expect(timeline.range(8n).first).toBe(5n);
  });

  it("pauses a going-back at target - 2^k, thickening toward the target", () => {
    const { timeline } = timelineOf(10);
    const stops: bigint[] = [];
    let at = 100n;
    while (at < 137n) {
      at = timeline.nextStop(at, 137n);
      stops.push(at);
    }
    expect(stops).toEqual([105n, 121n, 129n, 133n, 135n, 136n, 137n]);
    expect(timeline.nextStop(136n, 137n)).toBe(137n);
  });

  it("squeeze halves the checkpoints until reset", () => {
    const { timeline } = timelineOf(64);
    for (let g = 0n; g < 64n; g++) timeline.record(g, g, 0);
    timeline.squeeze(32, 63n);
    expect(timeline.checkpoints.length).toBeLessThanOrEqual(32);
    expect(timeline.checkpoints.length).toBeGreaterThanOrEqual(28);
    for (let g = 64n; g < 100n; g++) timeline.record(g, g, 0);
    expect(timeline.checkpoints.length).toBeLessThanOrEqual(32);
    timeline.reset();
    expect(timeline.checkpointLimit).toBe(64);
    expect(timeline.checkpoints.length).toBe(0);
  });
});
