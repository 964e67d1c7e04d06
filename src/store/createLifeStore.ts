import { createStore, type StoreApi } from "zustand/vanilla";
import { assertGridSize, fillRandom, type Topology } from "../engine/index.ts";
import { clampZoom, fitView, panBy, zoomAt } from "../render/Viewport.ts";
import { formatRule, parseRule, type Rule, RuleError } from "../rules/index.ts";
import type { StepResult, World } from "../worker/protocol.ts";
import type { Simulator } from "../worker/Simulator.ts";
import { cellsOnLine, countLive, liveBounds, recentreCells } from "./cellGeometry.ts";
import { createFrameLoop } from "./createFrameLoop.ts";
import { createRateMeter } from "./createRateMeter.ts";
import type { FrameScheduler } from "./FrameScheduler.ts";
import type { LifeData, LifeState } from "./LifeState.ts";

export interface LifeStoreOptions {
  readonly simulator: Simulator;
  readonly scheduler: FrameScheduler;
  readonly width?: number;
  readonly height?: number;
  readonly topology?: Topology;
  readonly rule?: Rule;
  readonly cells?: Uint8Array;
}

/** The largest grid the app accepts: 16384 x 16384. */
export const MAX_SIDE = 16384;

export type LifeStore = StoreApi<LifeState>;

/**
 * The app's state and everything that changes it, as a vanilla zustand store: no React here,
 * so it runs under test in Node with a fake scheduler and an inline simulator. While running,
 * each animation frame asks the simulator for the generations that are due, one request at a
 * time; edits made meanwhile are sent to the simulator in order and laid over late replies.
 */
export function createLifeStore(options: LifeStoreOptions): LifeStore {
  const { simulator } = options;
  const width = options.width ?? 64;
  const height = options.height ?? 64;
  const cells = options.cells?.slice() ?? new Uint8Array(width * height);
  const rule = options.rule ?? parseRule("B3/S23").rule;

  let epoch = 0;
  let editSeq = 0;
  let pendingEdits: { seq: number; changes: Int32Array }[] = [];
  let inFlight = false;
  let queuedSteps = 0;
  let budget = 0;
  const meter = createRateMeter();

  /** Sends the current world to the simulator; replies to earlier requests become stale. */
  const reload = () => {
    const s = store.getState();
    epoch++;
    pendingEdits = [];
    const world: World = {
      width: s.width,
      height: s.height,
      topology: s.topology,
      rule: s.rule,
      cells: s.cells,
      generation: s.generation,
    };
    simulator.load(world, epoch);
  };

  const store: LifeStore = createStore<LifeState>()((set, get) => {
    /** Replaces the world at generation 0: the new cells are also what Reset returns to. */
    const replaceWorld = (
      patch: Partial<LifeData> & { cells: Uint8Array },
      announcement: string,
    ) => {
      set((s) => ({
        ...patch,
        startCells: patch.cells.slice(),
        cellsVersion: s.cellsVersion + 1,
        generation: 0,
        population: countLive(patch.cells),
        announcement,
        alert: null,
      }));
      reload();
    };

    const requestStep = (generations: number) => {
      inFlight = true;
      const requestEpoch = epoch;
      simulator.step(generations).then(
        (result) => {
          inFlight = false;
          if (result.epoch === epoch && requestEpoch === epoch) applyResult(result);
          if (queuedSteps > 0) {
            queuedSteps--;
            requestStep(1);
          }
        },
        (error: unknown) => {
          inFlight = false;
          queuedSteps = 0;
          loop.stop();
          set({ running: false, alert: `The simulation stopped: ${(error as Error).message}` });
        },
      );
    };

    const applyResult = (result: StepResult) => {
      const next = result.cells;
      // Edits the simulator had not seen when it computed this are laid over the result.
      pendingEdits = pendingEdits.filter((edit) => edit.seq > result.editSeq);
      for (const edit of pendingEdits) applyChanges(next, edit.changes);
      meter.record(performance.now(), result.generation);
      set((s) => ({
        cells: next,
        cellsVersion: s.cellsVersion + 1,
        generation: result.generation,
        population: countLive(next),
        measuredRate: meter.rate(),
      }));
    };

    const onFrame = (_now: number, elapsed: number) => {
      const s = get();
      if (!s.running) return;
      const perFrame = s.generationsPerFrame;
      budget = Number.isFinite(s.speed)
        ? Math.min(perFrame, budget + (s.speed * elapsed) / 1000)
        : perFrame;
      if (inFlight) return;
      const due = Math.floor(budget);
      if (due < 1) return;
      budget -= due;
      requestStep(due);
    };
    const loop = createFrameLoop(options.scheduler, onFrame);

    const edit = (points: { x: number; y: number }[], state: 0 | 1 | "toggle") => {
      const s = get();
      const changes: number[] = [];
      for (const { x, y } of points) {
        if (x < 0 || y < 0 || x >= s.width || y >= s.height) continue;
        const index = y * s.width + x;
        const value = state === "toggle" ? 1 - (s.cells[index] as number) : state;
        if (s.cells[index] === value) continue;
        changes.push(index, value);
      }
      if (changes.length === 0) return;
      const packed = Int32Array.from(changes);
      applyChanges(s.cells, packed);
      if (s.generation === 0) applyChanges(s.startCells, packed);
      editSeq++;
      pendingEdits.push({ seq: editSeq, changes: packed });
      simulator.edit(packed, editSeq);
      set({ cellsVersion: s.cellsVersion + 1, population: countLive(s.cells) });
    };

    return {
      width,
      height,
      topology: options.topology ?? "torus",
      rule,
      ruleText: formatRule(rule),
      cells,
      cellsVersion: 0,
      generation: 0,
      population: countLive(cells),
      startCells: cells.slice(),
      running: false,
      speed: 30,
      generationsPerFrame: 1,
      measuredRate: 0,
      view: { zoom: 8, panX: 0, panY: 0 },
      canvasWidth: 800,
      canvasHeight: 600,
      hover: null,
      announcement: "",
      alert: null,
      engine: `coroutine interpreter (${simulator.where})`,

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
        if (inFlight) queuedSteps++;
        else requestStep(1);
      },
      reset() {
        loop.stop();
        const s = get();
        set({
          running: false,
          cells: s.startCells.slice(),
          cellsVersion: s.cellsVersion + 1,
          generation: 0,
          population: countLive(s.startCells),
          announcement: "Reset to generation 0",
        });
        reload();
      },
      clear() {
        const s = get();
        replaceWorld({ cells: new Uint8Array(s.width * s.height) }, "Cleared");
      },
      randomFill(density, seed = Math.floor(Math.random() * 2 ** 31)) {
        const s = get();
        const next = new Uint8Array(s.width * s.height);
        fillRandom(next, Math.min(1, Math.max(0, density)), seed);
        replaceWorld({ cells: next }, `Random fill at ${Math.round(density * 100)}% density`);
      },
      setRule(text) {
        let parsed: ReturnType<typeof parseRule>;
        try {
          parsed = parseRule(text);
        } catch (error) {
          if (error instanceof RuleError) return error.message;
          throw error;
        }
        if (parsed.bounds) {
          const problem = get().setSize(parsed.bounds.width, parsed.bounds.height);
          if (problem) return problem;
          get().setTopology(parsed.bounds.topology);
        }
        const ruleText = formatRule(parsed.rule);
        set({ rule: parsed.rule, ruleText, announcement: `Rule ${ruleText}`, alert: null });
        reload();
        return null;
      },
      setSize(newWidth, newHeight) {
        try {
          assertGridSize(newHeight, newWidth);
        } catch (error) {
          return (error as Error).message;
        }
        if (newWidth > MAX_SIDE || newHeight > MAX_SIDE) {
          return `grid sides are limited to ${MAX_SIDE} cells, got ${newWidth}x${newHeight}`;
        }
        const s = get();
        if (newWidth === s.width && newHeight === s.height) return null;
        const next = recentreCells(s.cells, s.width, s.height, newWidth, newHeight);
        replaceWorld(
          { cells: next, width: newWidth, height: newHeight },
          `Grid size ${newWidth}x${newHeight}`,
        );
        get().fit("grid");
        return null;
      },
      setTopology(topology) {
        if (get().topology === topology) return;
        set({
          topology,
          announcement:
            topology === "torus" ? "Edges wrap around (torus)" : "Edges are walls (plane)",
        });
        reload();
      },
      setSpeed(speed) {
        set({ speed: speed > 0 ? speed : 1 });
      },
      setGenerationsPerFrame(generations) {
        set({ generationsPerFrame: Math.max(1, Math.min(1000, Math.round(generations) || 1)) });
      },
      toggleCell(cell) {
        edit([cell], "toggle");
      },
      paintLine(from, to, state) {
        edit(cellsOnLine(from, to), state);
      },
      loadWorld(world) {
        loop.stop();
        set({
          width: world.width,
          height: world.height,
          topology: world.topology,
          rule: world.rule,
          ruleText: formatRule(world.rule),
          running: false,
        });
        replaceWorld({ cells: world.cells.slice() }, "Pattern loaded");
      },
      setView(view) {
        set({ view: { ...view, zoom: clampZoom(view.zoom) } });
      },
      zoomBy(factor, anchorX, anchorY) {
        const s = get();
        set({
          view: zoomAt(s.view, factor, anchorX ?? s.canvasWidth / 2, anchorY ?? s.canvasHeight / 2),
        });
      },
      panBy(dx, dy) {
        set({ view: panBy(get().view, dx, dy) });
      },
      fit(target = "pattern") {
        const s = get();
        const whole = { x: 0, y: 0, width: s.width, height: s.height };
        const box = target === "grid" ? whole : (liveBounds(s.cells, s.width, s.height) ?? whole);
        set({ view: fitView(box, s.canvasWidth, s.canvasHeight) });
      },
      setCanvasSize(canvasWidth, canvasHeight) {
        set({ canvasWidth, canvasHeight });
      },
      setHover(hover) {
        const current = get().hover;
        if (current?.x === hover?.x && current?.y === hover?.y) return;
        set({ hover });
      },
      showAlert(alert) {
        set({ alert });
      },
      dispose() {
        loop.stop();
        simulator.dispose();
      },
    };
  });
  reload();
  return store;
}

function applyChanges(cells: Uint8Array, changes: Int32Array): void {
  for (let i = 0; i + 1 < changes.length; i += 2)
    cells[changes[i] as number] = changes[i + 1] as number;
}
