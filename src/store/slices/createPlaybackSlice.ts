import type { PackedCells } from "../../engine/index.ts";
import { poolSize } from "../../worker/pool/poolSize.ts";
import type { StepResult } from "../../worker/protocol.ts";
import { countsText } from "../countsText.ts";
import { createFrameLoop } from "../createFrameLoop.ts";
import { createRateMeter } from "../createRateMeter.ts";
import type { FrameScheduler } from "../FrameScheduler.ts";
import type { PlaybackActions } from "../LifeState.ts";
import type { StoreContext } from "./StoreContext.ts";

/** How long after a frame starts a finished step may ask for the next one at once. */
const EXTRA_STEP_BUDGET_MS = 12;

/**
 * Play, pause, step and reset. While playing, each animation frame adds the generations that
 * are due at the chosen speed (at most `generationsPerFrame`) and asks for them when no step is
 * in flight, so a slow engine lowers the generation rate, never the frame rate.
 */
export function createPlaybackSlice(
  ctx: StoreContext,
  scheduler: FrameScheduler,
): PlaybackActions & { stopLoop(): void } {
  const { set, get, link } = ctx;
  const meter = createRateMeter();
  let budget = 0;
  let frameStart = 0;

  const applyResult = (result: StepResult, cells: PackedCells, population: number) => {
    meter.record(performance.now(), result.generation);
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
   * As fast as possible means not waiting for the next frame to ask again: an engine slower
   * than a frame would otherwise lose up to a frame per step. Drawing still happens once a frame.
   */
  const onPlayed = (result: StepResult, cells: PackedCells, population: number) => {
    applyResult(result, cells, population);
    const s = get();
    // Within the frame's budget, for an engine in the page: one that answers at once must not
    // keep the page from drawing. Workers answer in tasks of their own, between which the page
    // draws, so one whose step took longer than the budget (a 16384x16384 generation takes
    // about 30 ms) is asked again whenever it answers; waiting for the next frame each time
    // would lose up to a frame per step.
    const inBudget = performance.now() - frameStart < EXTRA_STEP_BUDGET_MS;
    const slowWorker = link.where === "worker" && result.millis >= EXTRA_STEP_BUDGET_MS;
    if (s.running && !Number.isFinite(s.speed) && !link.busy && (inBudget || slowWorker)) {
      link.step(s.generationsPerFrame, onPlayed, fail);
    }
  };
  const fail = (error: Error) => {
    loop.stop();
    set({ running: false, alert: `The simulation stopped: ${error.message}` });
  };

  const loop = createFrameLoop(scheduler, (_now, elapsed) => {
    frameStart = performance.now();
    const s = get();
    if (!s.running) return;
    const perFrame = s.generationsPerFrame;
    budget = Number.isFinite(s.speed)
      ? Math.min(perFrame, budget + (s.speed * elapsed) / 1000)
      : perFrame;
    if (link.busy) return;
    const due = Math.floor(budget);
    if (due < 1) return;
    budget -= due;
    link.step(due, onPlayed, fail);
  });

  return {
    play() {
      if (get().running) return;
      budget = 0;
      meter.reset(performance.now(), get().generation);
      set({ running: true, announcement: "Playing" });
      loop.start();
    },
    pause() {
      if (!get().running) return;
      loop.stop();
      set({ running: false, announcement: "Paused", measuredRate: 0 });
    },
    togglePlay() {
      if (get().running) get().pause();
      else get().play();
    },
    step() {
      if (get().running) return;
      if (link.busy) link.queueStep();
      else link.step(1, applyResult, fail);
    },
    reset() {
      loop.stop();
      const s = get();
      set({
        running: false,
        cells: s.startCells,
        cellsVersion: s.cellsVersion + 1,
        generation: 0,
        population: s.startCells.population(),
        announcement: "Reset to generation 0",
      });
      ctx.reload();
    },
    setSpeed(speed) {
      set({ speed: speed > 0 ? speed : 1 });
    },
    setGenerationsPerFrame(generations) {
      set({ generationsPerFrame: Math.max(1, Math.min(1000, Math.round(generations) || 1)) });
    },
    setEngine(engineChoice) {
      if (engineChoice === get().engineChoice) return;
      set({
        engineChoice,
        announcement:
          engineChoice === "coroutine"
            ? "Running on the coroutine interpreter"
            : "Running on the fastest engine",
      });
      void ctx.simulator.setEngine?.(engineChoice === "coroutine" ? "coroutine" : "fast");
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
    announceCounts() {
      const { generation, population } = get();
      set({ announcement: countsText(generation, population) });
    },
    stopLoop() {
      loop.stop();
    },
  };
}

/** "wasm kernel · 2 workers, shared memory", or the last description when the result says nothing. */
function describeEngine(result: StepResult, previous: string): string {
  if (!result.kernel) return previous;
  const what = result.kernel === "coroutine" ? "coroutine interpreter" : `${result.kernel} kernel`;
  if (result.where === "main thread") return `${what} · in the page`;
  const bands = result.bands ?? 1;
  const how = result.mode === "shared" ? "shared memory" : "transferred halos";
  return `${what} · ${bands} worker${bands === 1 ? "" : "s"}${bands > 1 ? `, ${how}` : ""}`;
}
