import type { Rule } from "../../rules/index.ts";
import type { CellRect } from "../../universe/Universe.ts";
import { pictureRequest } from "../../view/pictureRequest.ts";
import type { UniverseClient } from "../../worker/universe/createUniverseClient.ts";
import type { UniverseStatus } from "../../worker/universe/protocol.ts";
import type { LifeData, LifeState } from "../LifeState.ts";
import type { InfiniteSnapshot, InfiniteWorld, OverlayCell } from "./InfiniteWorld.ts";

type Patch = Partial<LifeData> | ((state: LifeState) => Partial<LifeData>);

export interface InfinitePlaneHooks {
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

function describeEngine(status: UniverseStatus, where: string): string {
  const what = status.engine === "coroutine" ? "coroutine interpreter" : status.engine;
  return `${what} · infinite plane · ${where === "worker" ? "in a worker" : "in the page"}`;
}

/**
 * The store's side of a world on the infinite plane: it holds no cells, only what replies from
 * the universe worker say (generation, population, bounds, engine) and the latest picture of the
 * view, with the cells drawn since laid over it. At most one picture request is in flight; one
 * asked for meanwhile is sent when it returns.
 *
 * The start Reset returns to is a worker snapshot, taken when a world opens and, after edits,
 * just before it next advances (not on every stroke of a brush).
 */
export function createInfinitePlane(hooks: InfinitePlaneHooks) {
  const { set, get, universe } = hooks;
  let pictureInFlight = false;
  let pictureAgain = false;
  /** Edits since the start snapshot was taken: the start is the edited world, not yet kept. */
  let startStale = false;

  const patchInfinite = (change: (world: InfiniteWorld) => Partial<InfiniteWorld>) =>
    set((s) => (s.infinite ? { infinite: { ...s.infinite, ...change(s.infinite) } } : {}));

  /**
   * Takes in what a reply says, with `change` to the world in the same update: a running world
   * gets hundreds of replies a second, and each update of the store costs the page's thread.
   */
  const applyStatus = (
    status: UniverseStatus,
    change?: (world: InfiniteWorld) => Partial<InfiniteWorld>,
  ) => {
    if (status.epoch !== universe.epoch || !get().infinite) return;
    set((s) => ({
      infinite: s.infinite && {
        ...s.infinite,
        generation: status.generation,
        population: status.population,
        bounds: status.bounds,
        engine: status.engine,
        ...change?.(s.infinite),
      },
      generation: Number(status.generation),
      population: Number(status.population),
      engine: describeEngine(status, universe.where),
    }));
  };

  const requestPicture = () => {
    const s = get();
    if (!s.infinite) return;
    if (pictureInFlight) {
      pictureAgain = true;
      return;
    }
    pictureInFlight = true;
    pictureAgain = false;
    const { rect, scale } = pictureRequest(s.view, s.canvasWidth, s.canvasHeight);
    universe.picture(rect, scale).then(
      ({ picture, status }) => {
        pictureInFlight = false;
        if (status.epoch === universe.epoch && get().infinite) {
          const replaced = get().infinite?.picture;
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
  const stateAt = (world: InfiniteWorld, x: number, y: number): number => {
    for (let i = world.overlay.length - 1; i >= 0; i--) {
      const cell = world.overlay[i] as OverlayCell;
      if (cell.x === x && cell.y === y) return cell.state;
    }
    const p = world.picture;
    if (p?.scale !== 0) return 0;
    const i = x - p.x;
    const j = y - p.y;
    if (i < 0 || j < 0 || i >= p.width || j >= p.height) return 0;
    return (p.pixels[j * p.width + i] as number) > 0 ? 1 : 0;
  };

  /** Takes the start snapshot when edits have made the start the edited world. */
  const keepStart = () => {
    const world = get().infinite;
    if (!world || !startStale) return;
    startStale = false;
    const startKey = universe.snapshot();
    patchInfinite(() => ({ startKey, startGeneration: world.generation }));
  };

  const plane = {
    requestPicture,
    stateAt,
    applyStatus,
    /** Opens `cells` ((x, y) pairs) on the infinite plane at `generation`, with `patch`. */
    open(
      cells: Float64Array,
      rule: Rule,
      generation: bigint,
      patch: Partial<LifeData>,
      announcement: string,
    ) {
      const s = get();
      void universe
        .load({ cells, rule, engine: s.engineChoice, generation })
        .then(applyStatus, (error: Error) =>
          set({ alert: `The pattern could not open on the infinite plane: ${error.message}` }),
        );
      const startKey = universe.snapshot();
      startStale = false;
      const bounds = boundsOfPairs(cells);
      const population = cells.length / 2;
      set({
        ...patch,
        infinite: {
          generation,
          population: BigInt(population),
          bounds,
          engine: s.infinite?.engine ?? "coroutine",
          picture: null,
          overlay: [],
          startKey,
          startGeneration: generation,
          atStart: true,
        },
        generation: Number(generation),
        population,
        running: false,
        selection: null,
        paste: null,
        announcement,
        alert: null,
      });
      requestPicture();
    },
    /**
     * Opens a macrocell file's text on the infinite plane at `generation` (its `#G`), with
     * `patch`: the worker reads its nodes, and the counts and bounds come with its answer, when
     * `opened` hears of them; `failed` hears why it could not (the worker keeps the world).
     */
    openMacrocell(
      text: string,
      rule: Rule,
      generation: bigint,
      patch: Partial<LifeData>,
      announcement: string,
      outcome: { opened: () => void; failed: (message: string) => void },
    ) {
      const s = get();
      const loaded = universe.load({ macrocell: text, rule, engine: s.engineChoice });
      const startKey = universe.snapshot();
      startStale = false;
      set({
        ...patch,
        infinite: {
          generation,
          population: 0n,
          bounds: null,
          engine: s.infinite?.engine ?? "hashlife",
          picture: null,
          overlay: [],
          startKey,
          startGeneration: generation,
          atStart: true,
        },
        generation: Number(generation),
        population: 0,
        running: false,
        selection: null,
        paste: null,
        announcement,
        alert: null,
      });
      loaded.then(
        (status) => {
          applyStatus(status);
          outcome.opened();
          requestPicture();
        },
        (error: Error) => {
          universe.forget(startKey);
          outcome.failed(error.message);
        },
      );
    },
    /** Sets cells to `state` (or toggles them), shown at once and sent to the worker. */
    edit(points: readonly { x: number; y: number }[], state: 0 | 1 | "toggle") {
      const world = get().infinite;
      if (!world) return;
      const changes: number[] = [];
      const overlay: OverlayCell[] = [];
      const seen = new Set<string>();
      let population = world.population;
      for (const { x, y } of points) {
        const key = `${x},${y}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const current = stateAt(world, x, y);
        const value = state === "toggle" ? ((1 - current) as 0 | 1) : state;
        if (current === value) continue;
        changes.push(x, y, value);
        overlay.push({ x, y, state: value, seq: 0 });
        population += value ? 1n : -1n;
      }
      if (changes.length === 0) return;
      universe.edit(Float64Array.from(changes));
      const seq = universe.editSeq;
      startStale = true;
      set((s) => ({
        infinite: s.infinite && {
          ...s.infinite,
          population,
          overlay: [...s.infinite.overlay, ...overlay.map((cell) => ({ ...cell, seq }))],
          atStart: true,
        },
        population: Number(population),
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
      if (get().infinite?.atStart) patchInfinite(() => ({ atStart: false }));
      const epoch = universe.epoch;
      universe
        .step(generations, (status) => {
          applyStatus(status);
          requestPicture();
        })
        .then(
          (outcome) => {
            applyStatus(outcome.status);
            requestPicture();
            if (outcome.status.epoch === epoch) done(outcome);
          },
          (error: Error) => fail(error),
        );
    },
    /** Abandons the step under way (Pause): the worker answers between chunks. */
    stop() {
      universe.stop();
    },
    /** The world as Undo keeps it: a worker snapshot (taken after the requests sent so far). */
    snapshot(): InfiniteSnapshot | undefined {
      const world = get().infinite;
      if (!world) return undefined;
      keepStart();
      const current = get().infinite as InfiniteWorld;
      return {
        key: universe.snapshot(),
        startKey: current.startKey,
        startGeneration: current.startGeneration,
        atStart: current.atStart,
      };
    },
    /** Puts a snapshot back; the counts come with the worker's answer. */
    restore(snapshot: InfiniteSnapshot, patch: Partial<LifeData>, announcement: string) {
      startStale = false;
      set((s) => ({
        ...patch,
        infinite: {
          generation: s.infinite?.generation ?? 0n,
          population: s.infinite?.population ?? 0n,
          bounds: s.infinite?.bounds ?? null,
          engine: s.infinite?.engine ?? "coroutine",
          picture: s.infinite?.picture ?? null,
          overlay: [],
          startKey: snapshot.startKey,
          startGeneration: snapshot.startGeneration,
          atStart: snapshot.atStart,
        },
        running: false,
        selection: null,
        paste: null,
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
      const world = get().infinite;
      if (!world || world.atStart) return false;
      hooks.remember();
      const at = get().infinite as InfiniteWorld;
      plane.restore(
        {
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
     * worker choose: HashLife, or tiles for a soup); when the worker
     * refuses (a macrocell world too big to copy into the interpreter), the choice goes back to
     * `previous` and the alert says why.
     */
    setEngine(choice: LifeState["engineChoice"], previous: LifeState["engineChoice"]) {
      if (!get().infinite) return;
      keepStart();
      universe.setEngine(choice).then(applyStatus, (error: Error) => {
        if (get().engineChoice === choice) get().setEngine(previous);
        set({ alert: `The engine could not change: ${error.message}` });
      });
      requestPicture();
    },
    setRule(rule: Rule) {
      keepStart();
      universe
        .setRule(rule)
        .then(applyStatus, (error: Error) =>
          set({ alert: `The rule could not change: ${error.message}` }),
        );
      requestPicture();
    },
  };
  return plane;
}

export type InfinitePlane = ReturnType<typeof createInfinitePlane>;
