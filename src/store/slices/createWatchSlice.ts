import { GenerationWalk } from "../../engine/trace/index.ts";
import { cellProgramOf } from "../../rules/index.ts";
import { isGridSpace } from "../../universe/isGridSpace.ts";
import { visibleBox } from "../../view/Viewport.ts";
import { createFrameLoop } from "../createFrameLoop.ts";
import type { FrameScheduler } from "../FrameScheduler.ts";
import { pair } from "../inspect/describeStep.ts";
import { readTraceWorld } from "../inspect/readTraceWorld.ts";
import { traceInSandbox } from "../inspect/traceInSandbox.ts";
import { MAX_WATCHED_CELLS, type Watch } from "../inspect/Watch.ts";
import { userSourceOf, type WatchActions } from "../LifeState.ts";
import { MAX_TRACED_QUERIES } from "./createInspectSlice.ts";
import type { StoreContext } from "./StoreContext.ts";

/** Instructions run in one frame at most, so that a fast watch never holds the page up. */
const MAX_PER_FRAME = 50_000;

/**
 * Watch a generation: the interpreter runs the visible cells one coroutine at a time, slowly
 * enough to see (the grid marks the running cell and the cell it asks), until every cell has
 * transitioned; then the TICK, and the world (in the universe worker, on its engine: the
 * compiled kernel unless the interpreter was chosen) advances one generation. The check
 * compares the interpreter's next states with that generation, cell by cell, over the region.
 * A rule the user wrote is walked over traces of the user's own coroutine made in the rule
 * sandbox; the generation it is checked against is the compiled kernel's when the rule
 * compiled, or the sandbox's own step when it did not.
 */
export function createWatchSlice(ctx: StoreContext, scheduler: FrameScheduler): WatchActions {
  const { set, get } = ctx;
  let walk: GenerationWalk | null = null;
  /** Fractional instructions owed at the speed chosen. */
  let owed = 0;
  let epoch = 0;

  const patch = (change: Partial<Watch>) => {
    const watch = get().watch;
    if (watch) set({ watch: { ...watch, ...change } });
  };

  /** The watch's fields and marks from the walk as it stands. */
  const publish = () => {
    if (!walk) return;
    const step = walk.current;
    patch({
      done: walk.cell,
      cell: walk.at,
      step: walk.step,
      steps: walk.steps,
    });
    set({
      marks: {
        active: walk.at,
        asked: step?.kind === "query" ? { x: step.x, y: step.y } : null,
        answered: step?.kind === "query" && step.at ? { x: step.at.x, y: step.at.y } : null,
        differing: [],
      },
    });
  };

  const tick = (then?: () => void) => {
    const watch = get().watch;
    if (!walk || !watch || watch.phase !== "running") return;
    loop.stop();
    publish();
    patch({ phase: "ticking" });
    set({
      announcement: "TICK: every watched cell has transitioned; the world advances one generation",
    });
    const mine = epoch;
    ctx.world.advance(
      1n,
      `watch ${mine}`,
      () => {
        if (mine !== epoch) return;
        patch({ phase: "ticked", cell: null });
        set({
          marks: null,
          announcement: `Generation ${get().world.generation} swapped in: check it against the kernel`,
        });
        then?.();
      },
      (error) => {
        if (mine === epoch) patch({ phase: "ticked", error: error.message });
      },
    );
  };

  const loop = createFrameLoop(scheduler, (_now, elapsed) => {
    const watch = get().watch;
    if (!walk || !watch || watch.paused || watch.phase !== "running") return;
    owed = Math.min(owed + (elapsed / 1000) * watch.speed, MAX_PER_FRAME);
    const whole = Math.floor(owed);
    if (whole > 0) {
      owed -= walk.advance(whole);
      publish();
    }
    if (walk.done) tick();
  });

  const check = async () => {
    const watch = get().watch;
    if (!walk || !watch) return;
    const mine = epoch;
    patch({ phase: "checking" });
    const { region } = watch;
    const { cells, states } = await ctx.universe.cellStates(region);
    if (mine !== epoch || !walk) return;
    const kernel = new Uint8Array(region.width * region.height);
    for (let i = 0; i + 1 < cells.length; i += 2) {
      const x = (cells[i] as number) - region.x;
      const y = (cells[i + 1] as number) - region.y;
      kernel[y * region.width + x] = states[i / 2] as number;
    }
    const differing: { x: number; y: number }[] = [];
    for (let i = 0; i < kernel.length; i++) {
      if (kernel[i] !== walk.next[i]) {
        differing.push({
          x: region.x + (i % region.width),
          y: region.y + Math.floor(i / region.width),
        });
      }
    }
    const engine = get().world.engine;
    patch({ phase: "checked", check: { compared: kernel.length, differing, engine } });
    set({
      marks: { active: null, asked: null, answered: null, differing },
      announcement:
        differing.length === 0
          ? `Identical: the interpreter's ${kernel.length.toLocaleString("en-US")} cells equal generation ${get().world.generation} on ${engine}`
          : `${differing.length} of ${kernel.length} cells differ from ${engine}`,
    });
  };

  return {
    async watchGeneration() {
      const s = get();
      if (s.running) s.pause();
      loop.stop();
      const mine = ++epoch;
      const { space } = s.world;
      let box = isGridSpace(space)
        ? visibleBox(s.view, s.canvasWidth, s.canvasHeight, space.width, space.height)
        : visibleBox(s.view, s.canvasWidth, s.canvasHeight);
      let clipped = false;
      if (box.width * box.height > MAX_WATCHED_CELLS) {
        // The middle of the view, 128 x 128 at most.
        const width = Math.min(box.width, 128);
        const height = Math.min(box.height, Math.floor(MAX_WATCHED_CELLS / width));
        box = {
          x: box.x + Math.floor((box.width - width) / 2),
          y: box.y + Math.floor((box.height - height) / 2),
          width,
          height,
        };
        clipped = true;
      }
      if (box.width <= 0 || box.height <= 0) {
        set({ announcement: "No cells in view to watch" });
        return;
      }
      const region = { x: box.x, y: box.y, width: box.width, height: box.height };
      set({
        inspection: null,
        watch: {
          region,
          clipped,
          generation: s.world.generation,
          phase: "reading",
          paused: false,
          speed: get().watch?.speed ?? 50,
          done: 0,
          cell: null,
          step: 0,
          steps: 0,
          check: null,
          error: null,
        },
        marks: null,
      });
      const read = (rect: Parameters<typeof ctx.universe.cellStates>[0]) =>
        ctx.universe.cellStates(rect);
      const source = userSourceOf(s);
      try {
        let made: GenerationWalk;
        if (source !== null) {
          const traces = await traceInSandbox(
            { space, rule: s.rule, source, region, frames: false, maxSteps: MAX_TRACED_QUERIES },
            read,
            ctx.traceInSandbox,
          );
          made = GenerationWalk.ofTraces(traces, region);
        } else {
          const world = await readTraceWorld(space, s.rule, region, read);
          made = new GenerationWalk(cellProgramOf(s.rule), world, region);
        }
        if (mine !== epoch) return;
        walk = made;
        owed = 0;
        patch({ phase: "running" });
        publish();
        set({
          announcement: `Watching generation ${s.world.generation}: ${region.width}×${region.height} cells from ${pair(region.y, region.x)}${clipped ? ", the middle of the view" : ""}`,
        });
        loop.start();
      } catch (error) {
        if (mine === epoch) patch({ phase: "running", error: (error as Error).message });
      }
    },
    setWatchSpeed(speed) {
      patch({ speed });
    },
    toggleWatchPause() {
      const watch = get().watch;
      if (!watch) return;
      patch({ paused: !watch.paused });
      set({ announcement: watch.paused ? "Watching" : "Watch paused" });
    },
    finishWatch() {
      if (!walk || get().watch?.phase !== "running") return;
      walk.finish();
      tick();
    },
    async checkAgainstKernel() {
      const watch = get().watch;
      if (!walk || !watch) return;
      if (watch.phase === "running") {
        walk.finish();
        tick(() => void check());
        return;
      }
      if (watch.phase === "ticked" || watch.phase === "checked") await check();
    },
    stopWatch() {
      epoch++;
      loop.stop();
      walk = null;
      if (get().watch) set({ watch: null, marks: null, announcement: "Stopped watching" });
    },
  };
}
