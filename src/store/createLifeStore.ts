import { createStore, type StoreApi } from "zustand/vanilla";
import { PackedCells, type Topology } from "../engine/index.ts";
import { formatRule, parseRule, type Rule } from "../rules/index.ts";
import { isGridSpace } from "../universe/isGridSpace.ts";
import { followCell } from "../view/followCell.ts";
import { NO_COVER } from "../view/Viewport.ts";
import { poolSize } from "../worker/pool/poolSize.ts";
import { createInProcessUniverseWorker } from "../worker/universe/createInProcessUniverseWorker.ts";
import {
  createUniverseClient,
  type UniverseClient,
} from "../worker/universe/createUniverseClient.ts";
import { createHistory } from "./createHistory.ts";
import { DEFAULT_DISPLAY } from "./display.ts";
import type { FrameScheduler } from "./FrameScheduler.ts";
import { NO_SANDBOX, type SandboxTracer } from "./inspect/traceInSandbox.ts";
import type { LifeData, LifeState, UndoSnapshot } from "./LifeState.ts";
import { createCursorSlice } from "./slices/createCursorSlice.ts";
import { createDisplaySlice } from "./slices/createDisplaySlice.ts";
import { createGraphSlice } from "./slices/createGraphSlice.ts";
import { createHistorySlice } from "./slices/createHistorySlice.ts";
import { createIdentifySlice } from "./slices/createIdentifySlice.ts";
import { createInspectSlice } from "./slices/createInspectSlice.ts";
import { createPlaybackSlice } from "./slices/createPlaybackSlice.ts";
import { createSelectionSlice } from "./slices/createSelectionSlice.ts";
import { createViewSlice } from "./slices/createViewSlice.ts";
import { createWatchSlice } from "./slices/createWatchSlice.ts";
import { createWorldSlice } from "./slices/createWorldSlice.ts";
import type { StoreContext } from "./slices/StoreContext.ts";
import { createWorldLink, type WorldLink } from "./world/createWorldLink.ts";

export interface LifeStoreOptions {
  readonly scheduler: FrameScheduler;
  /** The universe worker that holds the world; by default one on the calling thread. */
  readonly universe?: UniverseClient;
  readonly width?: number;
  readonly height?: number;
  readonly topology?: Topology;
  readonly rule?: Rule;
  /** Traces a user's rule in the rule sandbox; without it, inspecting one is refused. */
  readonly traceInSandbox?: SandboxTracer;
  /** The first generation at a byte per cell, row-major. */
  readonly cells?: Uint8Array;
}

export type LifeStore = StoreApi<LifeState>;

/**
 * The app's state and everything that changes it, as a vanilla zustand store made of slices
 * (playback, world, history, selection, view). The world itself lives in the universe worker,
 * in any space; the store holds what its replies say. No React here: it runs under test in Node
 * with a fake scheduler and the universe worker's host on the calling thread.
 */
export function createLifeStore(options: LifeStoreOptions): LifeStore {
  const width = options.width ?? 64;
  const height = options.height ?? 64;
  const topology = options.topology ?? "torus";
  const cells = options.cells
    ? PackedCells.fromBytes(options.cells, width, height)
    : new PackedCells(width, height);
  const rule = options.rule ?? parseRule("B3/S23").rule;
  const universe =
    options.universe ??
    createUniverseClient({ createWorker: () => createInProcessUniverseWorker() });
  // A worker snapshot Undo no longer reaches is let go (its key is its own: starts are not).
  const history = createHistory((dropped) => universe.forget(dropped.world.key));
  /** The run or series of steps the top undo step was recorded for, if it is still going on. */
  let advancing: string | null = null;

  let link: WorldLink | undefined;
  const store = createStore<LifeState>()((set, get) => {
    const ctx: StoreContext = {
      set: (patch) => set(patch),
      get,
      history,
      universe,
      traceInSandbox: options.traceInSandbox ?? NO_SANDBOX,
      get world() {
        return link as WorldLink;
      },
      snapshot(): UndoSnapshot {
        const { width, height, topology, rule, ruleNote, ruleSource, patternName, comments } =
          get();
        return {
          world: ctx.world.snapshot(),
          width,
          height,
          topology,
          rule,
          ruleNote,
          ruleSource,
          patternName,
          comments,
        };
      },
      remember(snapshot = ctx.snapshot()) {
        advancing = null;
        history.record(snapshot);
        set({ canUndo: true, canRedo: false });
      },
      rememberAdvance(series) {
        if (advancing === series) return;
        ctx.remember();
        advancing = series;
      },
      restore(snapshot, announcement) {
        advancing = null;
        playback.stopLoop();
        const { world, ...settings } = snapshot;
        // The worker's snapshot is spent: Redo keeps a fresh one of the world left.
        ctx.world.restore(
          world,
          {
            ...settings,
            ruleText: formatRule(snapshot.rule),
            canUndo: history.canUndo,
            canRedo: history.canRedo,
          },
          announcement,
        );
        universe.forget(world.key);
      },
    };
    link = createWorldLink({
      set: (patch) => set(patch),
      get,
      universe,
      remember: () => ctx.remember(),
      rememberAdvance: (series) => ctx.rememberAdvance(series),
    });
    const playback = createPlaybackSlice(ctx, options.scheduler);
    const space = { kind: topology, width, height } as const;
    const initial: LifeData = {
      width,
      height,
      topology,
      world: {
        space,
        generation: 0n,
        population: BigInt(cells.population()),
        bounds: null,
        engine: "starting…",
        picture: null,
        overlay: [],
        startKey: 0,
        startGeneration: 0n,
        atStart: true,
        timelineFirst: 0n,
        timelineNewest: 0n,
      },
      stepExponent: 0,
      rule,
      ruleText: formatRule(rule),
      ruleNote: null,
      ruleSource: null,
      linkedRule: null,
      generation: 0,
      population: cells.population(),
      running: false,
      navigating: false,
      speed: 30,
      generationsPerFrame: 1,
      measuredRate: 0,
      view: { zoom: 8, panX: 0, panY: 0 },
      canvasWidth: 800,
      canvasHeight: 600,
      gridCover: NO_COVER,
      hover: null,
      cursor: null,
      tool: "draw",
      selection: null,
      paste: null,
      clipboard: null,
      canUndo: false,
      canRedo: false,
      announcement: "",
      alert: null,
      notice: null,
      density: 0.3,
      drawState: 1,
      engine: "starting…",
      engineChoice: "auto",
      workers: poolSize(),
      patternName: null,
      comments: [],
      inspection: null,
      watch: null,
      marks: null,
      identified: null,
      periodMap: null,
      ...DEFAULT_DISPLAY,
      graphOpen: false,
    };
    const { stopLoop: _stopLoop, ...playbackActions } = playback;
    return {
      ...initial,
      ...playbackActions,
      ...createWorldSlice(ctx, () => get().pause()),
      ...createHistorySlice(ctx),
      ...createSelectionSlice(ctx),
      ...createViewSlice(ctx, playback.stopLoop),
      ...createCursorSlice(ctx),
      ...createInspectSlice(ctx),
      ...createWatchSlice(ctx, options.scheduler),
      ...createIdentifySlice(ctx),
      ...createDisplaySlice(ctx),
      ...createGraphSlice(ctx),
    };
  });
  // The picture follows the view and the generation.
  store.subscribe((now, before) => {
    if (
      now.view !== before.view ||
      now.canvasWidth !== before.canvasWidth ||
      now.canvasHeight !== before.canvasHeight ||
      now.world.generation !== before.world.generation
    ) {
      link?.requestPicture();
    }
    // A watched generation is undone by anything else that moves the world on.
    if (now.watch && now.running) now.stopWatch();
    const inspected = now.inspection;
    // The Inspector's panel opening or closing resizes the grid's area: a grid shown whole
    // stays whole, else the inspected cell stays in sight.
    if (
      (inspected || before.inspection) &&
      (now.canvasWidth !== before.canvasWidth || now.canvasHeight !== before.canvasHeight)
    ) {
      const space = now.world.space;
      if (isGridSpace(space) && wholeInView(before, space.width, space.height)) {
        now.fit("grid");
      } else if (inspected) {
        const view = followCell(now.view, inspected, now.canvasWidth, now.canvasHeight);
        if (view !== now.view) store.setState({ view });
      }
    }
    // An inspected cell follows the world: another generation (once it stops running: the
    // Inspector pauses), rule or space is traced again.
    if (
      inspected?.trace &&
      !now.running &&
      (inspected.generation !== now.world.generation ||
        now.rule !== before.rule ||
        now.world.space !== before.world.space)
    ) {
      void now.inspectCell({ x: inspected.x, y: inspected.y });
    }
  });
  const s = store.getState();
  link?.open(
    {
      space: { kind: topology, width, height },
      rule,
      engine: s.engineChoice,
      words: cells.words,
      generation: 0n,
    },
    {},
    "",
  );
  return store;
}

/** Whether a `width` x `height` grid is on the canvas whole in this view. */
function wholeInView(
  s: Pick<LifeState, "view" | "canvasWidth" | "canvasHeight">,
  width: number,
  height: number,
): boolean {
  const { zoom, panX, panY } = s.view;
  return (
    panX >= 0 &&
    panY >= 0 &&
    panX + width * zoom <= s.canvasWidth + 0.5 &&
    panY + height * zoom <= s.canvasHeight + 0.5
  );
}
