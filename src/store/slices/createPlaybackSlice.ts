import { poolSize } from "../../worker/pool/poolSize.ts";
import { countsText } from "../countsText.ts";
import { createFrameLoop } from "../createFrameLoop.ts";
import { createPacer } from "../createPacer.ts";
import { createRateMeter } from "../createRateMeter.ts";
import type { FrameScheduler } from "../FrameScheduler.ts";
import { formatCount } from "../formatCount.ts";
import type { EngineChoice, PlaybackActions } from "../LifeState.ts";
import { createTimelineNavigation } from "./createTimelineNavigation.ts";
import type { StoreContext } from "./StoreContext.ts";

/**
 * Play, pause, step, back and reset. At a set speed the generation follows the clock: the generation
 * at play plus the speed times the time since, and each frame asks the universe worker for what
 * is due, many generations in a frame when the speed is above the frame rate. An engine slower
 * than that runs as fast as it can (see createPacer). As fast as possible, each request asks for
 * `generationsPerFrame` generations (or the step, 2^stepExponent, when it is more than one),
 * and each answer asks again at once. The worker steps in tasks of its own: a slow engine
 * lowers the generation rate, never the frame rate.
 */
export function createPlaybackSlice(
  ctx: StoreContext,
  scheduler: FrameScheduler,
): PlaybackActions & { stopLoop(): void } {
  const { set, get } = ctx;
  const meter = createRateMeter();
  const pacer = createPacer();
  /** Names the run from Play to Pause, which Undo takes back as one step. */
  let runs = 0;
  let run = "";

  /**
   * Asks for the generations due at a set speed with a step of 1, else a step of 2^stepExponent
   * at a time; each answer asks again at once while running (the worker steps in tasks of its
   * own, so the page draws between answers).
   */
  const askForMore = () => {
    const s = get();
    if (ctx.universe.busy || goingTo) return;
    let generations = 2n ** BigInt(s.stepExponent);
    if (Number.isFinite(s.speed) && s.stepExponent === 0) {
      const due = pacer.due(scheduler.now(), s.generation);
      if (due < 1) return;
      generations = BigInt(due);
    } else if (s.stepExponent === 0) {
      generations = BigInt(s.generationsPerFrame);
    }
    ctx.world.advance(generations, run, onPlayed, fail);
  };
  /**
   * Each answer asks again (for what is due at a set speed: an engine slower than a frame must
   * not lose a frame a step): at once from a worker (its answers come in tasks of their own,
   * between which the page draws); from a universe on the page's thread (workers could not
   * start), in a task of its own, or the page would never draw.
   */
  const onPlayed = () => {
    meter.record(scheduler.now(), get().generation);
    set({ measuredRate: meter.rate() });
    if (!get().running) return;
    if (ctx.universe.where === "worker") askForMore();
    else setTimeout(() => get().running && askForMore(), 0);
  };
  const fail = (error: Error) => {
    loop.stop();
    set({ running: false, alert: `The simulation stopped: ${error.message}` });
  };

  /** Runs `then` once no step is under way (a stopped one answers within a chunk). */
  const waitUntilIdle = (then: () => void) => {
    if (!ctx.universe.busy) then();
    else setTimeout(() => waitUntilIdle(then), 5);
  };

  /** Back, the timeline slider, and Go to a generation behind the present. */
  const navigation = createTimelineNavigation(ctx, waitUntilIdle);

  /** Steps asked for on the infinite plane while one ran: they follow it. */
  let queuedSteps = 0;
  /** Whether a Go to generation is under way: it runs as Play does, and Pause stops it. */
  let goingTo = false;
  const runTo = (target: bigint, from: bigint) => {
    const ahead = target - from;
    if (ahead <= 0n) {
      get().announceCounts();
      return;
    }
    goingTo = true;
    run = `go ${++runs}`;
    meter.reset(scheduler.now(), get().generation);
    set({ running: true, announcement: `Going to generation ${formatCount(target)}` });
    ctx.world.advance(
      ahead,
      run,
      (outcome) => {
        goingTo = false;
        if (!get().running) return;
        set({ running: false });
        if (!outcome.stopped) get().announceCounts();
      },
      (error) => {
        goingTo = false;
        fail(error);
      },
    );
  };

  const loop = createFrameLoop(scheduler, () => {
    if (get().running) askForMore();
  });

  return {
    play() {
      if (get().running) return;
      run = `run ${++runs}`;
      const { generation, speed } = get();
      pacer.start(scheduler.now(), generation, speed);
      meter.reset(scheduler.now(), generation);
      set({ running: true, announcement: "Playing" });
      loop.start();
      // The worker answers in tasks of its own: no need to wait for a frame.
      askForMore();
    },
    pause() {
      if (!get().running) return;
      loop.stop();
      // The worker abandons its step between chunks; the page does not wait for it.
      ctx.world.stop();
      goingTo = false;
      set({ running: false, announcement: "Paused", measuredRate: 0 });
    },
    togglePlay() {
      if (get().running) get().pause();
      else get().play();
    },
    step() {
      if (get().running) return;
      // Pressed again while a step runs: one more after it.
      if (ctx.universe.busy) {
        queuedSteps++;
        return;
      }
      const generations = 2n ** BigInt(get().stepExponent);
      const next = () => {
        if (queuedSteps === 0 || get().running) {
          queuedSteps = 0;
          return;
        }
        queuedSteps--;
        get().step();
      };
      ctx.world.advance(generations, "steps", next, fail);
    },
    back() {
      navigation.back();
    },
    scrubTo(generation) {
      navigation.go(generation);
    },
    reset() {
      loop.stop();
      const s = get();
      ctx.world.stop();
      if (!ctx.world.reset()) {
        set({
          running: false,
          announcement: `Already at the start, generation ${formatCount(s.world.startGeneration)}`,
        });
      }
    },
    setSpeed(speed) {
      set({ speed: speed > 0 ? speed : 1 });
      // A new speed counts from now.
      pacer.start(scheduler.now(), get().generation, get().speed);
    },
    setGenerationsPerFrame(generations) {
      set({ generationsPerFrame: Math.max(1, Math.min(1000, Math.round(generations) || 1)) });
    },
    setEngine(engineChoice) {
      const previous = get().engineChoice;
      if (engineChoice === previous) return;
      set({ engineChoice, announcement: ENGINE_ANNOUNCEMENTS[engineChoice] });
      ctx.world.setEngine(engineChoice, previous);
    },
    setWorkers(asked) {
      // One to the cores there are (at most 16): more only take turns and cost memory.
      const workers = poolSize(asked);
      if (!Number.isFinite(asked) || workers === get().workers) return;
      set({ workers });
      void ctx.universe.setWorkers(workers).then(
        (count) => set({ workers: count || 1 }),
        (error: Error) => set({ alert: `The workers could not change: ${error.message}` }),
      );
    },
    setStepExponent(exponent) {
      const stepExponent = Math.max(0, Math.min(MAX_STEP_EXPONENT, Math.round(exponent) || 0));
      set({
        stepExponent,
        announcement: `Step ${formatCount(2n ** BigInt(stepExponent))} generations`,
      });
    },
    goToGeneration(target) {
      const world = get().world;
      if (target < 0n) return "A generation is 0 or more";
      if (target < world.generation && target < world.startGeneration) {
        return `Generation ${formatCount(target)} is before the start (generation ${formatCount(world.startGeneration)})`;
      }
      get().pause();
      // After the step being stopped has answered, so that one step runs at a time.
      waitUntilIdle(() => {
        // The worker's last word, which the store may not have applied yet.
        const now = ctx.universe.status?.generation ?? world.generation;
        // On the timeline (behind the present, or ahead up to the newest computed): along
        // it, not Reset and run again; past its end, run on.
        const { timelineFirst, timelineNewest } = get().world;
        if (target >= timelineFirst && target <= timelineNewest && target !== now) {
          navigation.go(target);
          return;
        }
        if (target >= now) {
          runTo(target, now);
          return;
        }
        // The restore goes before the step in the worker's queue: no need to wait for it.
        get().reset();
        runTo(target, world.startGeneration);
      });
      return null;
    },
    announceCounts() {
      const { world } = get();
      set({ announcement: countsText(world.generation, world.population) });
    },
    stopLoop() {
      loop.stop();
    },
  };
}

const ENGINE_ANNOUNCEMENTS: Readonly<Record<EngineChoice, string>> = {
  auto: "Running on the fastest engine",
  coroutine: "Running on the coroutine interpreter",
  hashlife: "Running on HashLife on the infinite plane",
  tiles: "Running on tiles on the infinite plane",
};

/** The largest step of the infinite plane: 2^62 generations. */
export const MAX_STEP_EXPONENT = 62;
