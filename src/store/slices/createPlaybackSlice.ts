import type { PackedCells } from "../../engine/index.ts";
import { poolSize } from "../../worker/pool/poolSize.ts";
import type { StepResult } from "../../worker/protocol.ts";
import { countsText } from "../countsText.ts";
import { createFrameLoop } from "../createFrameLoop.ts";
import { createPacer } from "../createPacer.ts";
import { createRateMeter } from "../createRateMeter.ts";
import type { FrameScheduler } from "../FrameScheduler.ts";
import { formatCount } from "../infinite/formatCount.ts";
import type { EngineChoice, PlaybackActions } from "../LifeState.ts";
import type { StoreContext } from "./StoreContext.ts";

/** How long after a frame starts a finished step may ask for the next one at once. */
const EXTRA_STEP_BUDGET_MS = 12;

/**
 * Play, pause, step and reset. At a set speed the generation follows the clock: the generation
 * at play plus the speed times the time since, and each frame (or a worker's reply) asks for
 * what is due, many generations in a frame when the speed is above the frame rate. An engine
 * slower than that runs as fast as it can (see createPacer). As fast as possible, each request
 * asks for `generationsPerFrame` generations. A slow engine lowers the generation rate, never
 * the frame rate.
 */
export function createPlaybackSlice(
  ctx: StoreContext,
  scheduler: FrameScheduler,
): PlaybackActions & { stopLoop(): void } {
  const { set, get, link } = ctx;
  const meter = createRateMeter();
  const pacer = createPacer();
  let frameStart = 0;
  /** Names the run from Play to Pause, which Undo takes back as one step. */
  let runs = 0;
  let run = "";

  /** Undo takes back a run, or a series of steps, as one step: recorded before its first. */
  const applyResult = (
    series: string,
    result: StepResult,
    cells: PackedCells,
    population: number,
  ) => {
    ctx.rememberAdvance(series);
    meter.record(scheduler.now(), result.generation);
    set((s) => ({
      cells,
      cellsVersion: s.cellsVersion + 1,
      generation: result.generation,
      population,
      measuredRate: meter.rate(),
      engine: describeEngine(result, s.engine),
    }));
  };
  /**
   * On the infinite plane: the generations due at a set speed with a step of 1, else a step of
   * 2^stepExponent at a time; each answer asks again at once while running (the worker steps
   * in tasks of its own, so the page draws between answers).
   */
  const askInfinite = () => {
    const s = get();
    if (ctx.universe.busy || goingTo) return;
    let generations = 2n ** BigInt(s.stepExponent);
    if (Number.isFinite(s.speed) && s.stepExponent === 0) {
      const due = pacer.due(scheduler.now(), s.generation);
      if (due < 1) return;
      generations = BigInt(due);
    }
    ctx.plane.advance(generations, run, onInfinitePlayed, fail);
  };
  const onInfinitePlayed = () => {
    meter.record(scheduler.now(), get().generation);
    set({ measuredRate: meter.rate() });
    const s = get();
    if (s.running && !Number.isFinite(s.speed)) askInfinite();
  };
  /** Asks for the generations due now at a set speed, or a batch at full speed. */
  const askForMore = () => {
    const s = get();
    if (s.infinite) {
      askInfinite();
      return;
    }
    if (!Number.isFinite(s.speed)) {
      link.step(s.generationsPerFrame, onPlayed, fail);
      return;
    }
    const due = pacer.due(scheduler.now(), s.generation);
    if (due >= 1) link.step(due, onPlayed, fail);
  };
  /**
   * A reply may ask again at once instead of waiting for the next frame: an engine slower than
   * a frame would otherwise lose up to a frame per step. Drawing still happens once a frame.
   */
  const onPlayed = (result: StepResult, cells: PackedCells, population: number) => {
    applyResult(run, result, cells, population);
    const s = get();
    if (!s.running || link.busy) return;
    // Within the frame's budget, for an engine in the page: one that answers at once must not
    // keep the page from drawing. Workers answer in tasks of their own, between which the page
    // draws: at a set speed one is asked for what is due whenever it answers; as fast as
    // possible, only one whose step took longer than the budget (a 16384x16384 generation
    // takes about 30 ms), or the page would do nothing but take replies.
    const inBudget = scheduler.now() - frameStart < EXTRA_STEP_BUDGET_MS;
    const worker = link.where === "worker";
    const slowWorker = worker && result.millis >= EXTRA_STEP_BUDGET_MS;
    if (inBudget || slowWorker || (worker && Number.isFinite(s.speed))) askForMore();
  };
  const applySteps = (result: StepResult, cells: PackedCells, population: number) =>
    applyResult("steps", result, cells, population);
  const fail = (error: Error) => {
    loop.stop();
    set({ running: false, alert: `The simulation stopped: ${error.message}` });
  };

  /** Runs `then` once no step is under way (a stopped one answers within a chunk). */
  const waitUntilIdle = (then: () => void) => {
    if (!ctx.universe.busy) then();
    else setTimeout(() => waitUntilIdle(then), 5);
  };

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
    ctx.plane.advance(
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
    frameStart = scheduler.now();
    if (get().running && !link.busy) askForMore();
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
      // The infinite plane's worker answers in tasks of its own: no need to wait for a frame.
      if (get().infinite) askInfinite();
    },
    pause() {
      if (!get().running) return;
      loop.stop();
      // The worker abandons its step between chunks; the page does not wait for it.
      if (get().infinite) ctx.plane.stop();
      goingTo = false;
      set({ running: false, announcement: "Paused", measuredRate: 0 });
    },
    togglePlay() {
      if (get().running) get().pause();
      else get().play();
    },
    step() {
      if (get().running) return;
      if (get().infinite) {
        // Pressed again while a step runs: one more after it, as on a bounded grid.
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
        ctx.plane.advance(generations, "steps", next, fail);
        return;
      }
      if (link.busy) link.queueStep();
      else link.step(1, applySteps, fail);
    },
    reset() {
      loop.stop();
      const s = get();
      if (s.infinite) {
        ctx.plane.stop();
        if (!ctx.plane.reset()) {
          set({
            running: false,
            announcement: `Already at the start, generation ${formatCount(s.infinite.startGeneration)}`,
          });
        }
        return;
      }
      const at = `generation ${s.startGeneration}`;
      if (s.cells === s.startCells) {
        set({ running: false, announcement: `Already at the start, ${at}` });
        return;
      }
      ctx.remember();
      set({
        running: false,
        cells: s.startCells,
        cellsVersion: s.cellsVersion + 1,
        generation: s.startGeneration,
        population: s.startCells.population(),
        announcement: `Reset to ${at}`,
      });
      ctx.reload();
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
      void ctx.simulator.setEngine?.(engineChoice === "coroutine" ? "coroutine" : "fast");
      ctx.plane.setEngine(engineChoice, previous);
    },
    setWorkers(asked) {
      const resize = ctx.simulator.resize;
      // One to the cores there are (at most 16): more only take turns and cost memory.
      const workers = poolSize(asked);
      if (!resize || !Number.isFinite(asked) || workers === get().workers) return;
      set({ workers });
      void resize.call(ctx.simulator, workers).then(
        () => set({ workers: ctx.simulator.size ?? workers }),
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
      const s = get();
      const world = s.infinite;
      if (!world) return "Go to generation runs on the infinite plane";
      if (target < 0n) return "A generation is 0 or more";
      if (target < world.generation && target < world.startGeneration) {
        return `Generation ${formatCount(target)} is before the start (generation ${formatCount(world.startGeneration)})`;
      }
      get().pause();
      // After the step being stopped has answered, so that one step runs at a time.
      waitUntilIdle(() => {
        // The worker's last word, which the store may not have applied yet.
        const now = ctx.universe.status?.generation ?? world.generation;
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
      const { generation, population, infinite } = get();
      set({
        announcement: infinite
          ? countsText(infinite.generation, infinite.population)
          : countsText(generation, population),
      });
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

/** "wasm kernel · 2 workers, shared memory", or the last description when the result says nothing. */
function describeEngine(result: StepResult, previous: string): string {
  if (!result.kernel) return previous;
  const what = result.kernel === "coroutine" ? "coroutine interpreter" : `${result.kernel} kernel`;
  if (result.where === "main thread") return `${what} · in the page`;
  const bands = result.bands ?? 1;
  const how = result.mode === "shared" ? "shared memory" : "transferred halos";
  return `${what} · ${bands} worker${bands === 1 ? "" : "s"}${bands > 1 ? `, ${how}` : ""}`;
}
