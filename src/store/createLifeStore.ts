import { createStore, type StoreApi } from "zustand/vanilla";
import { PackedCells, type Topology } from "../engine/index.ts";
import { formatRule, parseRule, type Rule } from "../rules/index.ts";
import type { World } from "../worker/protocol.ts";
import type { Simulator } from "../worker/Simulator.ts";
import { createInProcessUniverseWorker } from "../worker/universe/createInProcessUniverseWorker.ts";
import {
  createUniverseClient,
  type UniverseClient,
} from "../worker/universe/createUniverseClient.ts";
import { createHistory } from "./createHistory.ts";
import { applyChanges, createSimulationLink } from "./createSimulationLink.ts";
import type { FrameScheduler } from "./FrameScheduler.ts";
import { createInfinitePlane, type InfinitePlane } from "./infinite/createInfinitePlane.ts";
import type { LifeData, LifeState, UndoSnapshot } from "./LifeState.ts";
import { createCursorSlice } from "./slices/createCursorSlice.ts";
import { createHistorySlice } from "./slices/createHistorySlice.ts";
import { createPlaybackSlice } from "./slices/createPlaybackSlice.ts";
import { createSelectionSlice } from "./slices/createSelectionSlice.ts";
import { createViewSlice } from "./slices/createViewSlice.ts";
import { createWorldSlice } from "./slices/createWorldSlice.ts";
import type { StoreContext } from "./slices/StoreContext.ts";

export interface LifeStoreOptions {
  readonly simulator: Simulator;
  readonly scheduler: FrameScheduler;
  /** The universe worker for the infinite plane; by default one on the calling thread. */
  readonly universe?: UniverseClient;
  readonly width?: number;
  readonly height?: number;
  readonly topology?: Topology;
  readonly rule?: Rule;
  /** The first generation at a byte per cell, row-major. */
  readonly cells?: Uint8Array;
}

export type LifeStore = StoreApi<LifeState>;

/** The world the page holds now, as the simulator takes it. */
function currentWorld(s: LifeState): World {
  const { width, height, topology, rule, cells, generation } = s;
  return { width, height, topology, rule, words: cells.words, generation };
}

/**
 * The app's state and everything that changes it, as a vanilla zustand store made of slices
 * (playback, world, history, selection, view). No React here: it runs under test in Node with
 * a fake scheduler and the real band pool on in-process workers.
 */
export function createLifeStore(options: LifeStoreOptions): LifeStore {
  const width = options.width ?? 64;
  const height = options.height ?? 64;
  const cells = options.cells
    ? PackedCells.fromBytes(options.cells, width, height)
    : new PackedCells(width, height);
  const rule = options.rule ?? parseRule("B3/S23").rule;
  const link = createSimulationLink(options.simulator, {
    currentWorld: () => currentWorld(store.getState()),
    // A worker lost or the page taking over: the simulation carries on, but say so.
    onNotice: (alert) => store.setState({ alert, workers: options.simulator.size ?? 1 }),
  });
  const universe =
    options.universe ??
    createUniverseClient({ createWorker: () => createInProcessUniverseWorker() });
  // A worker snapshot Undo no longer reaches is let go (its key is its own: starts are not).
  const history = createHistory((dropped) => {
    if (dropped.infinite) universe.forget(dropped.infinite.key);
  });
  /** The run or series of steps the top undo step was recorded for, if it is still going on. */
  let advancing: string | null = null;

  let plane: InfinitePlane | undefined;
  const store = createStore<LifeState>()((set, get) => {
    const ctx: StoreContext = {
      set: (patch) => set(patch),
      get,
      link,
      simulator: options.simulator,
      history,
      universe,
      get plane() {
        return plane as InfinitePlane;
      },
      reload() {
        link.load(currentWorld(get()));
      },
      snapshot(): UndoSnapshot {
        // References, not copies: history compacts what it keeps at once.
        const { width, height, topology, rule, cells, generation, startCells, startGeneration } =
          get();
        const { patternName, comments } = get();
        const infinite = ctx.plane.snapshot();
        return {
          ...(infinite ? { infinite } : {}),
          width,
          height,
          topology,
          rule,
          cells,
          generation,
          startCells,
          startGeneration,
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
        if (snapshot.infinite) {
          const { infinite, ...bounded } = snapshot;
          // The worker's snapshot is spent: Redo keeps a fresh one of the world left.
          const spent = infinite.key;
          ctx.plane.restore(
            infinite,
            {
              ...bounded,
              generation: get().generation,
              ruleText: formatRule(snapshot.rule),
              canUndo: history.canUndo,
              canRedo: history.canRedo,
            },
            announcement,
          );
          universe.forget(spent);
          return;
        }
        const { infinite: _bounded, ...world } = snapshot;
        set((s) => ({
          infinite: null,
          ...world,
          cells: snapshot.cells,
          startCells: snapshot.startCells,
          ruleText: formatRule(snapshot.rule),
          cellsVersion: s.cellsVersion + 1,
          population: snapshot.cells.population(),
          running: false,
          selection: null,
          paste: null,
          canUndo: history.canUndo,
          canRedo: history.canRedo,
          announcement,
        }));
        ctx.reload();
      },
      replaceCells(patch, announcement) {
        set((s) => ({
          infinite: null,
          ...patch,
          startCells: patch.cells,
          startGeneration: 0,
          cellsVersion: s.cellsVersion + 1,
          generation: 0,
          population: patch.cells.population(),
          selection: null,
          announcement,
          alert: null,
        }));
        ctx.reload();
      },
      editCells(changes) {
        const s = get();
        // Population by difference: recounting a big grid on every brush stroke would stall.
        let population = s.population;
        for (let i = 0; i + 1 < changes.length; i += 2) {
          population += (changes[i + 1] as number) - s.cells.getIndex(changes[i] as number);
        }
        applyChanges(s.cells, changes);
        link.edit(changes);
        advancing = null;
        // The edited pattern is the start Reset returns to (the same object: nothing copied).
        set({
          cellsVersion: s.cellsVersion + 1,
          population,
          startCells: s.cells,
          startGeneration: s.generation,
        });
      },
    };
    plane = createInfinitePlane({
      set: (patch) => set(patch),
      get,
      universe,
      remember: () => ctx.remember(),
      rememberAdvance: (series) => ctx.rememberAdvance(series),
    });
    const playback = createPlaybackSlice(ctx, options.scheduler);
    const initial: LifeData = {
      width,
      height,
      topology: options.topology ?? "torus",
      infinite: null,
      stepExponent: 0,
      rule,
      ruleText: formatRule(rule),
      cells,
      cellsVersion: 0,
      generation: 0,
      population: cells.population(),
      startCells: cells,
      startGeneration: 0,
      running: false,
      speed: 30,
      generationsPerFrame: 1,
      measuredRate: 0,
      view: { zoom: 8, panX: 0, panY: 0 },
      canvasWidth: 800,
      canvasHeight: 600,
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
      engine: link.where === "worker" ? "starting…" : "in the page",
      engineChoice: "auto",
      workers: options.simulator.size ?? 1,
      patternName: null,
      comments: [],
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
    };
  });
  // A picture of the infinite plane follows the view and the generation.
  store.subscribe((now, before) => {
    if (!now.infinite) return;
    if (
      now.view !== before.view ||
      now.canvasWidth !== before.canvasWidth ||
      now.canvasHeight !== before.canvasHeight ||
      now.infinite.generation !== before.infinite?.generation
    ) {
      plane?.requestPicture();
    }
  });
  const s = store.getState();
  link.load({ width, height, topology: s.topology, rule, words: s.cells.words, generation: 0 });
  return store;
}
