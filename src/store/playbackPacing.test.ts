import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import { createInProcessUniverseWorker } from "../worker/universe/createInProcessUniverseWorker.ts";
import { createUniverseClient } from "../worker/universe/createUniverseClient.ts";
import type { UniverseReply } from "../worker/universe/protocol.ts";
import type { UniverseWorker } from "../worker/universe/UniverseWorker.ts";
import { createLifeStore } from "./createLifeStore.ts";
import { blinkerStore, createFakeScheduler, settle } from "./testing/storeFixtures.ts";

const HZ60 = 1000 / 60;

/** Plays `seconds` of frames, each `frameMillis()` long, and returns the generations run. */
async function playFor(
  clock: ReturnType<typeof createFakeScheduler>,
  seconds: number,
  frameMillis: () => number,
  afterFrame: () => Promise<void> = async () => {},
) {
  const end = clock.now + seconds * 1000;
  while (clock.now < end) {
    await clock.frame(Math.min(frameMillis(), end - clock.now));
    await afterFrame();
  }
}

describe("playback pacing", () => {
  for (const speed of [5, 15, 60, 240, 1000]) {
    it(`runs ${speed} generations per second on a 60 Hz frame clock, and measures it`, async () => {
      const { store, clock } = blinkerStore();
      store.getState().setSpeed(speed);
      store.getState().play();
      await playFor(clock, 10, () => HZ60);
      const s = store.getState();
      expect(s.generation).toBeGreaterThanOrEqual(speed * 10 * 0.95);
      expect(s.generation).toBeLessThanOrEqual(speed * 10 * 1.05);
      expect(s.measuredRate).toBeGreaterThanOrEqual(speed * 0.95);
      expect(s.measuredRate).toBeLessThanOrEqual(speed * 1.05);
    });
  }

  it("keeps to the speed when frames come irregularly", async () => {
    const seed = pickSeed();
    const random = createRandom(seed);
    for (const speed of [5, 30, 240]) {
      const { store, clock } = blinkerStore();
      store.getState().setSpeed(speed);
      store.getState().play();
      // Frames between 8 and 40 ms apart, as a busy browser gives them.
      await playFor(clock, 10, () => 8 + 32 * random());
      const generation = store.getState().generation;
      expect(generation, `speed ${speed}, seed ${seed}`).toBeGreaterThanOrEqual(speed * 10 * 0.95);
      expect(generation, `speed ${speed}, seed ${seed}`).toBeLessThanOrEqual(speed * 10 * 1.05);
    }
  });

  it("follows a change of speed while playing", async () => {
    const { store, clock } = blinkerStore();
    store.getState().setSpeed(10);
    store.getState().play();
    await playFor(clock, 2, () => HZ60);
    const before = store.getState().generation;
    store.getState().setSpeed(120);
    await playFor(clock, 2, () => HZ60);
    const ran = store.getState().generation - before;
    expect(ran).toBeGreaterThanOrEqual(240 * 0.95);
    expect(ran).toBeLessThanOrEqual(240 * 1.05);
  });

  it("runs as fast as a slow engine goes, says so, and builds no backlog", async () => {
    const clock = createFakeScheduler();
    const engine = slowEngine(clock, 10); // 10 ms a generation: at most 100 per second
    const store = createLifeStore({
      universe: engine.universe,
      scheduler: clock.scheduler,
      width: 5,
      height: 5,
    });
    store.getState().setSpeed(240);
    store.getState().play();
    await playFor(clock, 9, () => HZ60, engine.deliver);
    const at9 = { time: clock.now, generation: store.getState().generation };
    await playFor(clock, 1, () => HZ60, engine.deliver);
    const lastSecond = store.getState().generation - at9.generation;
    expect(store.getState().generation).toBeGreaterThanOrEqual(900);
    expect(store.getState().generation).toBeLessThanOrEqual(1000);
    // The status bar's rate is the rate the engine gave.
    expect(store.getState().measuredRate).toBeGreaterThanOrEqual(lastSecond * 0.95);
    expect(store.getState().measuredRate).toBeLessThanOrEqual(lastSecond * 1.05);
    // The engine gets fast: the speed asked for, not a rush to make up the lost generations.
    engine.setMillisPerGeneration(0);
    const before = store.getState().generation;
    await playFor(clock, 1, () => HZ60, engine.deliver);
    const ran = store.getState().generation - before;
    expect(ran).toBeGreaterThanOrEqual(240 * 0.95);
    expect(ran).toBeLessThanOrEqual(240 * 1.15);
  });

  it("at full speed asks for the generations per frame each time", async () => {
    const { store, clock } = blinkerStore();
    store.getState().setSpeed(Number.POSITIVE_INFINITY);
    store.getState().setGenerationsPerFrame(7);
    store.getState().play();
    await playFor(clock, 1, () => HZ60);
    store.getState().pause();
    await settle();
    expect(store.getState().generation % 7).toBe(0);
    expect(store.getState().generation).toBeGreaterThanOrEqual(60 * 7);
  });
});

/**
 * A universe worker that takes `millis` of the fake clock per generation: its replies are held,
 * in order, until `deliver()` finds the clock past the time the step before them would end.
 */
function slowEngine(clock: ReturnType<typeof createFakeScheduler>, millis: number) {
  let perGeneration = millis;
  let busyUntil = 0;
  const held: { at: number; release: () => void }[] = [];
  const asked = new Map<number, bigint>();
  const createWorker = (): UniverseWorker => {
    const inner = createInProcessUniverseWorker(undefined, undefined, queueMicrotask);
    return {
      where: "worker",
      post(request, transfer) {
        if (request.kind === "step") asked.set(request.id, request.generations);
        inner.post(request, transfer);
      },
      listen(onReply, onError) {
        inner.listen((reply: UniverseReply) => {
          if (reply.kind === "stepped") {
            const generations = Number(asked.get(reply.id) ?? 0n);
            busyUntil = Math.max(busyUntil, clock.now) + generations * perGeneration;
          }
          const at = held.length > 0 || reply.kind === "stepped" ? busyUntil : clock.now;
          held.push({ at, release: () => onReply(reply) });
        }, onError);
      },
      terminate: () => inner.terminate(),
    };
  };
  return {
    universe: createUniverseClient({ createWorker }),
    setMillisPerGeneration(next: number) {
      perGeneration = next;
    },
    async deliver() {
      // Replies come in, and the steps they start come due, until none is due at this time.
      for (let round = 0; round < 100; round++) {
        let released = 0;
        while (held.length > 0 && (held[0]?.at ?? 0) <= clock.now) {
          held.shift()?.release();
          released++;
        }
        if (released === 0) return;
        await settle();
      }
    },
  };
}
