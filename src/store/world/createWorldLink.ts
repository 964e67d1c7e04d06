import { foldOntoGrid } from "../../engine/foldOntoGrid.ts";
import { describeTube, PackedCells } from "../../engine/index.ts";
import type { Rule } from "../../rules/index.ts";
import { isGridSpace } from "../../universe/isGridSpace.ts";
import { sameSpace } from "../../universe/sameSpace.ts";
import { surfaceOfSpace } from "../../universe/surfaceOfSpace.ts";
import type { CellRect, Space } from "../../universe/Universe.ts";
import { pictureRequest } from "../../view/pictureRequest.ts";
import { SANDBOX_KERNEL } from "../../worker/sandbox/protocol.ts";
import type {
  StepOutcome,
  UniverseClient,
  UniverseLoad,
} from "../../worker/universe/createUniverseClient.ts";
import type { UniverseStatus } from "../../worker/universe/protocol.ts";
import type { LifeData, LifeState } from "../LifeState.ts";
import type { OverlayCell, WorldKeys, WorldView } from "./WorldView.ts";

type Patch = Partial<LifeData> | ((state: LifeState) => Partial<LifeData>);

export interface WorldLinkHooks {
  readonly set: (patch: Patch) => void;
  readonly get: () => LifeState;
  readonly universe: UniverseClient;
  /** Records the world for Undo before an advance, once a series (see StoreContext). */
  readonly rememberAdvance: (series: string) => void;
  readonly remember: () => void;
}

/** The smallest rectangle holding the (x, y) pairs, or null for none. */
export function boundsOfPairs(cells: Float64Array): CellRect | null {
  if (cells.length < 2) return null;
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (let i = 0; i + 1 < cells.length; i += 2) {
    const x = cells[i] as number;
    const y = cells[i + 1] as number;
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  return { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/**
 * What runs the world and where, as the status bar says it: "wasm kernel · 2 workers, shared
 * memory" for a grid on the band pool, "hashlife · infinite plane · in a worker", or "… · in the
 * page" when the workers could not start.
 */
export function describeEngine(status: UniverseStatus, space: Space, where: string): string {
  const { pool } = status;
  // Before a grid's first step the pool has not said which kernel: "fast" until it does.
  const named = pool?.kernel ?? status.kernel;
  // A user's rule that did not compile: the interpreter, in the sandbox's worker.
  if (named === SANDBOX_KERNEL) return "coroutine interpreter · rule sandbox";
  const kernel = named === "auto" ? "fast" : named;
  const what =
    status.engine === "coroutine" || kernel === "coroutine"
      ? "coroutine interpreter"
      : status.engine === "fast"
        ? `${kernel ?? "fast"} kernel`
        : status.engine;
  if (where === "main thread" || pool?.where === "main thread") return `${what} · in the page`;
  if (pool) {
    const bands = pool.bands || pool.workers;
    const how = pool.mode === "shared" ? "shared memory" : "transferred halos";
    return `${what} · ${bands} worker${bands === 1 ? "" : "s"}${bands > 1 ? `, ${how}` : ""}`;
  }
  const unbounded =
    space.kind === "infinite"
      ? "infinite plane · "
      : space.kind === "tube"
        ? `${describeTube(space)} · `
        : "";
  return `${what} · ${unbounded}in a worker`;
}

/**
 * The cell (x, y) names in `space`: itself inside a grid, null off a bounded plane, and across
 * joined edges the cell Golly's surface puts there (`foldOntoGrid`: wrapped round a torus,
 * reversed across a Klein bottle's twist, and so on).
 */
export function cellIn(space: Space, x: number, y: number): { x: number; y: number } | null {
  if (space.kind === "infinite") return { x, y };
  if (space.kind === "tube") {
    const across = space.axis === "x" ? y : x;
    if (across >= 0 && across < space.size) return { x, y };
    if (space.topology === "plane") return null;
    const wrapped = ((across % space.size) + space.size) % space.size;
    return space.axis === "x" ? { x, y: wrapped } : { x: wrapped, y };
  }
  const { width, height } = space;
  if (x >= 0 && y >= 0 && x < width && y < height) return { x, y };
  const index = foldOntoGrid(surfaceOfSpace(space), width, height, y, x);
  if (index < 0) return null;
  return { x: index % width, y: Math.floor(index / width) };
}

/**
 * The store's side of the world in the universe worker, whatever its space: it holds no cells,
 * only what replies say (generation, population, bounds, engine) and the latest picture of the
 * view, with the cells drawn since laid over it. At most one picture request is in flight; one
 * asked for meanwhile is sent when it returns.
 *
 * The start Reset returns to is a worker snapshot, taken when a world opens and, after edits,
 * just before it next advances (not on every stroke of a brush).
 *
 * Whatever changes the cells other than running them (an open, a move, an edit, a restore, a
 * new rule) drops Identify's map of cell periods, which was of the cells identified.
 */
export function createWorldLink(hooks: WorldLinkHooks) {
  const { set, get, universe } = hooks;
  let pictureInFlight = false;
  let lastPictureAt = Number.NEGATIVE_INFINITY;
  /** How long the worker took over the last picture, in ms. */
  let lastPictureMillis = 0;
  let pictureTimer: ReturnType<typeof setTimeout> | undefined;
  let pictureAgain = false;
  /** Edits since the start snapshot was taken: the start is the edited world, not yet kept. */
  let startStale = false;

  const patchWorld = (change: (world: WorldView) => Partial<WorldView>) =>
    set((s) => ({ world: { ...s.world, ...change(s.world) } }));

  /** Whether the page has said that the band workers could not start. */
  let toldFallback = false;
  /** The newest status taken in: what an older one, taken in after it, must not undo. */
  let latest: Pick<UniverseStatus, "epoch" | "generation" | "editSeq"> = {
    epoch: -1,
    generation: 0n,
    editSeq: 0,
  };

  /**
   * Takes in what a reply says, with `change` to the world in the same update: a running world
   * gets hundreds of replies a second, and each update of the store costs the page's thread.
   */
  const applyStatus = (
    status: UniverseStatus,
    change?: (world: WorldView) => Partial<WorldView>,
  ) => {
    if (status.epoch !== universe.epoch) return;
    const reason = status.pool?.fallbackReason;
    if (reason !== undefined && status.pool?.where === "main thread" && !toldFallback) {
      toldFallback = true;
      set({ alert: `Workers could not start (${reason}); the simulation runs in the page` });
    }
    // Replies of one epoch can be taken in out of order (a picture asked for before a step may be
    // handled after it): counts never go back within an epoch, and an older reply brings only
    // its `change` (the picture).
    const older =
      status.epoch === latest.epoch &&
      (status.generation < latest.generation ||
        (status.generation === latest.generation && status.editSeq < latest.editSeq));
    if (older) {
      if (change) set((s) => ({ world: { ...s.world, ...change(s.world) } }));
      return;
    }
    latest = status;
    set((s) => ({
      world: {
        ...s.world,
        generation: status.generation,
        population: status.population,
        bounds: status.bounds,
        engine: describeEngine(status, s.world.space, universe.where),
        ...(status.timeline && {
          timelineFirst: status.timeline.first,
          timelineNewest: status.timeline.newest,
        }),
        ...change?.(s.world),
      },
      generation: Number(status.generation),
      population: Number(status.population),
      engine: describeEngine(status, s.world.space, universe.where),
      ...(status.pool && { workers: status.pool.workers }),
    }));
  };

  const requestPicture = () => {
    if (pictureInFlight) {
      pictureAgain = true;
      return;
    }
    // One picture a frame at most, and the worker's time on pictures at most a quarter of the
    // whole: it makes each from the whole view (a fitted 16384² grid is 2^28 cells to count, some
    // 80 ms), and a picture after every step took a big grid's stepping down to a third.
    const gap = Math.max(PICTURE_MILLIS, 3 * lastPictureMillis);
    const since = performance.now() - lastPictureAt;
    if (since < gap) {
      if (pictureTimer === undefined) {
        pictureTimer = setTimeout(() => {
          pictureTimer = undefined;
          requestPicture();
        }, gap - since);
      }
      return;
    }
    lastPictureAt = performance.now();
    const s = get();
    pictureInFlight = true;
    pictureAgain = false;
    const { rect, scale } = pictureRequest(s.view, s.canvasWidth, s.canvasHeight);
    universe.picture(rect, scale).then(
      ({ picture, status, millis }) => {
        pictureInFlight = false;
        lastPictureMillis = millis;
        if (status.epoch === universe.epoch) {
          const replaced = get().world.picture;
          applyStatus(status, (world) => ({
            picture,
            overlay: world.overlay.filter((cell) => cell.seq > status.editSeq),
          }));
          // Nothing draws the picture replaced again: its bitmap's memory goes now, not at
          // the next garbage collection (a screenful a frame while the world runs).
          if (replaced !== picture) replaced?.bitmap?.close();
        } else picture.bitmap?.close();
        if (pictureAgain) requestPicture();
      },
      (error: Error) => {
        pictureInFlight = false;
        set({ alert: `The picture could not be drawn: ${error.message}` });
      },
    );
  };

  /** The state of a cell as the page last saw it: drawn since, else in the picture, else 0. */
  const stateAt = (world: WorldView, x: number, y: number): number => {
    for (let i = world.overlay.length - 1; i >= 0; i--) {
      const cell = world.overlay[i] as OverlayCell;
      if (cell.x === x && cell.y === y) return cell.state;
    }
    const p = world.picture;
    if (p?.scale !== 0) return 0;
    const i = x - p.x;
    const j = y - p.y;
    if (i < 0 || j < 0 || i >= p.width || j >= p.height) return 0;
    const pixel = p.pixels[j * p.width + i] as number;
    // A multi-state picture's pixels are states; a two-state picture's, densities.
    return p.states === undefined ? (pixel > 0 ? 1 : 0) : pixel;
  };

  /** Takes the start snapshot when edits have made the start the edited world. */
  const keepStart = () => {
    if (!startStale) return;
    startStale = false;
    const startKey = universe.snapshot();
    patchWorld((world) => ({ startKey, startGeneration: world.generation }));
  };

  /**
   * Follows a step the worker runs (a step or a move along the timeline): its progress and its
   * end taken in and drawn, then `done` (or `fail`) told.
   */
  const follow = (
    run: (onProgress: (status: UniverseStatus) => void) => Promise<StepOutcome>,
    done: (outcome: StepOutcome) => void,
    fail: (error: Error) => void,
  ) => {
    run((status) => {
      applyStatus(status);
      requestPicture();
    }).then(
      (outcome) => {
        applyStatus(outcome.status);
        requestPicture();
        done(outcome);
      },
      (error: Error) => fail(error),
    );
  };

  const link = {
    requestPicture,
    stateAt,
    applyStatus,
    /**
     * Opens a new world (see UniverseLoad: cells, packed words, a random fill or a macrocell's
     * text) with `patch`. What the page knows of it at once (`known`: the population and box of
     * cells it sent) shows at once; the rest comes with the worker's answer, when `outcome`
     * hears of it. A load the worker refuses keeps the world it had, and `outcome.failed` says
     * why (by default, in the alert).
     */
    open(
      load: UniverseLoad,
      patch: Partial<LifeData>,
      announcement: string,
      outcome: {
        opened?: () => void;
        failed?: (message: string) => void;
      } = {},
    ) {
      const s = get();
      const space: Space = load.space ?? { kind: "infinite" };
      const cells = "cells" in load ? load.cells : null;
      const generation = "generation" in load ? load.generation : 0n;
      // Counted here when the page has the cells and they are few (a big grid's count comes
      // with the worker's answer): before the load, which hands them over to the worker.
      const population = cells
        ? cells.length / 2
        : "words" in load && isGridSpace(space) && load.words.length <= MAX_WORDS_COUNTED_HERE
          ? new PackedCells(space.width, space.height, load.words).population()
          : 0;
      const bounds = cells ? boundsOfPairs(cells) : null;
      const loaded = universe.load(load);
      const startKey = universe.snapshot();
      startStale = false;
      set({
        ...patch,
        world: {
          space,
          generation,
          population: BigInt(population),
          bounds,
          engine: s.world.engine,
          picture: null,
          overlay: [],
          startKey,
          startGeneration: generation,
          atStart: true,
          timelineFirst: generation,
          timelineNewest: generation,
        },
        generation: Number(generation),
        population,
        running: false,
        selection: null,
        paste: null,
        periodMap: null,
        announcement,
        alert: null,
      });
      loaded.then(
        (status) => {
          applyStatus(status);
          // A file's #G generation is known only once the worker has read it.
          if (status.epoch === universe.epoch && "macrocell" in load) {
            patchWorld(() => ({ startGeneration: status.generation }));
          }
          outcome.opened?.();
          requestPicture();
        },
        (error: Error) => {
          universe.forget(startKey);
          if (outcome.failed) outcome.failed(error.message);
          else set({ alert: `The pattern could not open: ${error.message}` });
        },
      );
      requestPicture();
    },
    /**
     * Moves the world into `space`, each cell shifted by (dx, dy) (what falls off a bounded grid
     * is dropped), keeping its generation, with `patch`. The start stays where it was: Reset
     * goes back to it, in the space it was in.
     */
    move(space: Space, dx: number, dy: number, patch: Partial<LifeData>, announcement: string) {
      keepStart();
      void universe.setSpace(space, dx, dy).then(
        (status) => {
          applyStatus(status);
          requestPicture();
        },
        (error: Error) => set({ alert: `The world could not move: ${error.message}` }),
      );
      set((s) => ({
        ...patch,
        world: {
          ...s.world,
          space,
          picture: null,
          overlay: [],
          bounds: s.world.bounds && {
            ...s.world.bounds,
            x: s.world.bounds.x + dx,
            y: s.world.bounds.y + dy,
          },
          atStart: false,
        },
        selection: null,
        periodMap: null,
        announcement,
      }));
      requestPicture();
    },
    /**
     * Sets cells to `state` (or toggles them: a cell in `toggle` is emptied, any other is set to
     * it), shown at once and sent to the worker. A cell past a torus's edge is the one it wraps
     * round to; past a bounded plane's, none.
     */
    edit(points: readonly { x: number; y: number }[], state: number | { readonly toggle: number }) {
      const world = get().world;
      const changes: number[] = [];
      const overlay: OverlayCell[] = [];
      const seen = new Set<string>();
      let population = world.population;
      for (const point of points) {
        const cell = cellIn(world.space, point.x, point.y);
        if (!cell) continue;
        const { x, y } = cell;
        const key = `${x},${y}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const current = stateAt(world, x, y);
        const value =
          typeof state === "number" ? state : current === state.toggle ? 0 : state.toggle;
        if (current === value) continue;
        changes.push(x, y, value);
        overlay.push({ x, y, state: value, seq: 0 });
        // The population counts the non-empty cells, whatever their state.
        if ((current === 0) !== (value === 0)) population += value ? 1n : -1n;
      }
      if (changes.length === 0) return;
      universe.edit(Float64Array.from(changes));
      const seq = universe.editSeq;
      startStale = true;
      set((s) => ({
        world: {
          ...s.world,
          population,
          overlay: [...s.world.overlay, ...overlay.map((cell) => ({ ...cell, seq }))],
          atStart: true,
          // An edit drops the timeline's future (the worker's next reply says so too).
          timelineNewest: s.world.generation,
        },
        population: Number(population),
        // Identify's cell periods were of the cells before the edit.
        periodMap: null,
      }));
      requestPicture();
    },
    /** Advances `generations`; Undo takes back the `series` as one step. */
    advance(
      generations: bigint,
      series: string,
      done: (outcome: { stopped: boolean; millis: number }) => void,
      fail: (error: Error) => void,
    ) {
      keepStart();
      hooks.rememberAdvance(series);
      if (get().world.atStart) patchWorld(() => ({ atStart: false }));
      const epoch = universe.epoch;
      follow(
        (onProgress) => universe.step(generations, onProgress),
        (outcome) => {
          if (outcome.status.epoch === epoch) done(outcome);
        },
        fail,
      );
    },
    /**
     * Moves the world to `generation` along the worker's run timeline (see protocol.ts `goTo`):
     * back to any generation it holds, exactly. Navigation, not an undo step; `done` hears how
     * it ended (`stopped` when something cut it short: a new world, Pause, Reset).
     */
    goTo(
      generation: bigint,
      done: (outcome: { stopped: boolean }) => void,
      fail: (error: Error) => void,
    ) {
      keepStart();
      if (get().world.atStart) patchWorld(() => ({ atStart: false }));
      follow((onProgress) => universe.goTo(generation, onProgress), done, fail);
    },
    /** Abandons the step under way (Pause): the worker answers between chunks. */
    stop() {
      universe.stop();
    },
    /** The world as Undo keeps it: a worker snapshot (taken after the requests sent so far). */
    snapshot(): WorldKeys {
      keepStart();
      const world = get().world;
      return {
        space: world.space,
        key: universe.snapshot(),
        startKey: world.startKey,
        startGeneration: world.startGeneration,
        atStart: world.atStart,
      };
    },
    /** Puts a snapshot back; the counts come with the worker's answer. */
    restore(snapshot: WorldKeys, patch: Partial<LifeData>, announcement: string) {
      startStale = false;
      set((s) => ({
        ...patch,
        world: {
          ...s.world,
          space: snapshot.space,
          picture: sameSpace(s.world.space, snapshot.space) ? s.world.picture : null,
          overlay: [],
          startKey: snapshot.startKey,
          startGeneration: snapshot.startGeneration,
          atStart: snapshot.atStart,
        },
        running: false,
        selection: null,
        paste: null,
        periodMap: null,
        announcement,
      }));
      universe.restore(snapshot.key, patch.rule ?? get().rule).then(
        (status) => {
          applyStatus(status);
          requestPicture();
        },
        (error: Error) => set({ alert: `Could not go back: ${error.message}` }),
      );
    },
    /** Back to the start (an undo step); false when already there. */
    reset(): boolean {
      const world = get().world;
      if (world.atStart) return false;
      hooks.remember();
      const at = get().world;
      link.restore(
        {
          space: at.space,
          key: at.startKey,
          startKey: at.startKey,
          startGeneration: at.startGeneration,
          atStart: true,
        },
        {},
        `Reset to generation ${at.startGeneration}`,
      );
      return true;
    },
    /**
     * Moves the world onto the engine chosen (its cells, at its generation; `auto` lets the
     * worker choose: the kernels on a grid, HashLife or tiles for a soup on the infinite plane);
     * when the worker refuses (a macrocell world too big to copy into the interpreter), the
     * choice goes back to `previous` and the alert says why.
     */
    setEngine(choice: LifeState["engineChoice"], previous: LifeState["engineChoice"]) {
      keepStart();
      universe.setEngine(choice).then(applyStatus, (error: Error) => {
        if (get().engineChoice === choice) get().setEngine(previous);
        set({ alert: `The engine could not change: ${error.message}` });
      });
      requestPicture();
    },
    setRule(rule: Rule) {
      keepStart();
      set({ periodMap: null });
      universe
        .setRule(rule)
        .then(applyStatus, (error: Error) =>
          set({ alert: `The rule could not change: ${error.message}` }),
        );
      requestPicture();
    },
  };
  return link;
}

export type WorldLink = ReturnType<typeof createWorldLink>;

/** The least time between two pictures asked of the worker: a frame at 60 Hz. */
const PICTURE_MILLIS = 16;

/** Grids of at most this many words (2^23 cells) have their cells counted in the page at once. */
const MAX_WORDS_COUNTED_HERE = 2 ** 18;
