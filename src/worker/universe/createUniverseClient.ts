import type { PatternComment } from "../../formats/Pattern.ts";
import type { Rule } from "../../rules/index.ts";
import { lifeLike } from "../../rules/Rule.ts";
import type { CellRect, Space } from "../../universe/Universe.ts";
import type { PictureColors } from "../../view/paintPicture.ts";
import { multiStateColors } from "../../view/stateColors.ts";
import type { PopulationsReply } from "./populationProtocol.ts";
import type {
  PaintedPicture,
  UniverseEngineChoice,
  UniverseLoad,
  UniverseReply,
  UniverseRequest,
  UniverseStatus,
} from "./protocol.ts";
import type { UniverseWorker } from "./UniverseWorker.ts";

export type { UniverseLoad } from "./protocol.ts";

export interface StepOutcome {
  readonly status: UniverseStatus;
  /** Cut short by `stop`, a new world, or the worker being replaced. */
  readonly stopped: boolean;
  readonly millis: number;
}

export interface UniverseClientOptions {
  readonly createWorker: () => UniverseWorker;
  /** How long a step may go without any reply before the worker is replaced, in ms. */
  readonly silenceMillis?: number;
  /** How long a `stop` may go unanswered before the worker is replaced, in ms. */
  readonly stopMillis?: number;
  /** Live cells at most that the page copies after each step, to start again from. */
  readonly recoveryCells?: number;
  /** Says that the worker was replaced, and from which generation the world goes on. */
  readonly onLost?: (message: string) => void;
  /** Hears what the worker has to say unasked (band workers lost and replaced inside it). */
  readonly onNotice?: (message: string) => void;
  /**
   * The colours the worker paints pictures in, as bitmaps (see UniverseReply), or where to read
   * them for each picture (the page's theme and trails); none by default.
   */
  readonly pictureColors?: PictureColors | (() => PictureColors);
}

/** A worker's stop answers within a chunk (25 ms); past this the page stops waiting. */
const STOP_MILLIS = 150;
const RECOVERY_CELLS = 100_000;
/**
 * A step reports progress every 100 ms between its chunks; a worker silent this long while one
 * runs is taken for dead. (A HashLife chunk may run long on a huge pattern: this is far past it.)
 */
const SILENCE_MILLIS = 8000;

/** A request that was lost with its worker: not a refusal by the worker. */
class WorkerLost extends Error {}
const INFINITE: Space = { kind: "infinite" };

interface Pending<T> {
  resolve(value: T): void;
  reject(error: Error): void;
}

/**
 * The page's handle on a universe worker. Loads, edits and snapshots are fire-and-forget and
 * take effect in order; steps, pictures and cells come back as promises. One step runs at a
 * time (the caller keeps it so); `onProgress` hears how far a long one has got.
 *
 * Pause never waits for the worker: `stop` asks it to abandon its step, which it does between
 * chunks; if it has not answered within `stopMillis` (a chunk that ran long), the worker is
 * terminated and a fresh one loaded from the last cells the page holds (copied after each step
 * while the population is small, else the last load, with the edits since). Snapshots held by
 * the lost worker are gone then: restoring one rejects.
 */
export function createUniverseClient(options: UniverseClientOptions) {
  const stopMillis = options.stopMillis ?? STOP_MILLIS;
  const silenceMillis = options.silenceMillis ?? SILENCE_MILLIS;
  const recoveryCells = options.recoveryCells ?? RECOVERY_CELLS;
  /** Started at the first request: a session on bounded grids never starts one. */
  let worker: UniverseWorker | null = null;
  let nextId = 1;
  let nextKey = 1;
  let epoch = 0;
  let editSeq = 0;
  let rule: Rule = lifeLike(1 << 3, (1 << 2) | (1 << 3));
  let engine: UniverseEngineChoice = "auto";
  /** Snapshot keys made before this one died with a worker. */
  let firstLiveKey = 1;
  const liveKeys = new Set<number>();
  let recovery: UniverseLoad | null = null;
  let space: Space = INFINITE;
  /** Since the recovery point: edits, and moves to another space (made after edit `seq`). */
  let editsSince: (
    | { seq: number; changes: Float64Array }
    | { seq: number; space: Space; dx: number; dy: number }
  )[] = [];
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether a worker (not the page's stand-in) has ever answered. */
  let answered = false;
  let silenceTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * A worker killed from outside (out of memory, closed) sends no error and never answers
   * again: a step that hears nothing for `silenceMillis` replaces it.
   */
  const watchSilence = () => {
    clearTimeout(silenceTimer);
    silenceTimer = setTimeout(() => {
      if (step && !disposed) {
        replaceWorker(`the universe worker stopped answering for ${silenceMillis / 1000} s`);
      }
    }, silenceMillis);
  };
  let step:
    | ({ id: number; onProgress?: (s: UniverseStatus) => void } & Pending<StepOutcome>)
    | null = null;
  let lastStatus: UniverseStatus | null = null;
  /** The band workers last asked for, asked again of a replacement worker. */
  let workers: number | undefined;
  const statusWaiters: Pending<UniverseStatus>[] = [];
  const requests = new Map<number, Pending<UniverseReply>>();
  let disposed = false;

  const started = (): UniverseWorker => {
    if (!worker) {
      worker = options.createWorker();
      worker.listen(onReply, onError);
    }
    return worker;
  };
  const send = (request: UniverseRequest, transfer: ArrayBuffer[] = []) =>
    started().post(request, transfer);

  const onReply = (reply: UniverseReply) => {
    if (worker?.where === "worker") answered = true;
    if (step) watchSilence();
    if ("status" in reply) lastStatus = reply.status;
    switch (reply.kind) {
      case "notice":
        options.onNotice?.(reply.message);
        return;
      case "status":
        statusWaiters.shift()?.resolve(reply.status);
        return;
      case "progress":
        if (step?.id === reply.id) step.onProgress?.(reply.status);
        return;
      case "stepped": {
        if (step?.id !== reply.id) return;
        const done = step;
        step = null;
        clearTimeout(stopTimer);
        clearTimeout(silenceTimer);
        done.resolve({ status: reply.status, stopped: reply.stopped, millis: reply.millis });
        keepRecoveryPoint(reply.status);
        return;
      }
      case "picture":
      case "cells":
      case "macrocell":
      case "words":
      case "states":
      case "workers":
      case "populations":
        requests.get(reply.id)?.resolve(reply);
        requests.delete(reply.id);
        return;
      case "failed": {
        const error = new Error(reply.message);
        if (step?.id === reply.id) {
          const failed = step;
          step = null;
          clearTimeout(silenceTimer);
          failed.reject(error);
        } else if (requests.has(reply.id)) {
          requests.get(reply.id)?.reject(error);
          requests.delete(reply.id);
        } else statusWaiters.shift()?.reject(error);
      }
    }
  };

  /** Copies the cells to start again from, when there are few enough to copy. */
  const keepRecoveryPoint = (status: UniverseStatus) => {
    if (status.population > BigInt(recoveryCells) || step) return;
    const ruleThen = rule;
    const engineThen = engine;
    const spaceThen = space;
    // A multi-state world's cells are copied with their states.
    void client.cellStates().then(
      ({ cells, states }) => {
        if (status.epoch !== epoch) return;
        const multiState = states.some((state) => state > 1);
        recovery = {
          space: spaceThen,
          cells,
          ...(multiState && { states }),
          rule: ruleThen,
          engine: engineThen,
          generation: status.generation,
        };
        // The status is of this epoch: every move to another space is in the cells.
        editsSince = editsSince.filter((edit) => "changes" in edit && edit.seq > status.editSeq);
      },
      () => {},
    );
  };

  /** Replaces a worker that died or would not stop, and loads it from the recovery point. */
  const replaceWorker = (why: string) => {
    worker?.terminate();
    clearTimeout(silenceTimer);
    firstLiveKey = nextKey;
    const lostStep = step;
    step = null;
    for (const pending of requests.values()) pending.reject(new WorkerLost(why));
    requests.clear();
    for (const waiter of statusWaiters.splice(0)) waiter.reject(new WorkerLost(why));
    worker = null;
    const from = recovery;
    if (workers !== undefined) send({ kind: "workers", id: nextId++, workers });
    if (!from) return;
    epoch++;
    const sent = copyOf(from);
    send({ kind: "load", epoch, ...sent }, transferOf(sent));
    for (const edit of editsSince) {
      if ("changes" in edit) send({ kind: "edit", seq: edit.seq, changes: edit.changes });
      else send({ kind: "space", epoch, space: edit.space, dx: edit.dx, dy: edit.dy });
    }
    const reloaded = new Promise<UniverseStatus>((resolve, reject) =>
      statusWaiters.push({ resolve, reject }),
    );
    void reloaded.then(
      (status) => {
        const inPage = worker?.where === "main thread";
        // Never an answer from a worker: they cannot start here (a policy forbids them, say).
        options.onLost?.(
          inPage && !answered
            ? `Workers could not start (${why}); the simulation runs in the page`
            : `${why}; ${inPage ? "the simulation runs in the page" : "the world goes on"} from generation ${status.generation}`,
        );
        lostStep?.resolve({ status, stopped: true, millis: 0 });
      },
      (error: Error) => lostStep?.reject(error),
    );
  };

  function onError(error: Error) {
    if (!disposed) replaceWorker(`The universe worker failed (${error.message})`);
  }

  const ask = <T extends UniverseReply>(request: UniverseRequest, transfer?: ArrayBuffer[]) =>
    new Promise<T>((resolve, reject) => {
      requests.set((request as { id: number }).id, {
        resolve: resolve as (reply: UniverseReply) => void,
        reject,
      });
      send(request, transfer);
    });

  const nextStatus = () =>
    new Promise<UniverseStatus>((resolve, reject) => statusWaiters.push({ resolve, reject }));

  const client = {
    get where() {
      return worker?.where ?? "worker";
    },
    get epoch() {
      return epoch;
    },
    /** The number of the last edit sent. */
    get editSeq() {
      return editSeq;
    },
    /** Whether a step is under way. */
    get busy() {
      return step !== null;
    },
    /** The latest status any reply carried. */
    get status() {
      return lastStatus;
    },
    /**
     * Replaces the world; earlier pictures and steps become stale. The load's cells or words
     * are kept as the point to recover from (the caller must not change them after), and a copy
     * is handed over to the worker, so a big grid is copied once and never cloned. A load the
     * worker refuses (a macrocell it cannot read) keeps the world, and the point to recover it
     * from.
     */
    load(world: UniverseLoad): Promise<UniverseStatus> {
      epoch++;
      const before = { rule, engine, space, recovery, editsSince };
      rule = world.rule;
      engine = world.engine;
      space = world.space ?? INFINITE;
      const mine = world;
      recovery = mine;
      editsSince = [];
      const done = nextStatus();
      const sent = copyOf(world);
      send({ kind: "load", epoch, ...sent }, transferOf(sent));
      done.catch((error: unknown) => {
        // Lost with its worker, the load is replayed from the recovery point: it stays.
        if (recovery !== mine || error instanceof WorkerLost) return;
        ({ rule, engine, space, recovery } = before);
        editsSince = [...before.editsSince, ...editsSince];
      });
      return done;
    },
    /** Sets cells: (x, y, state) triples. */
    edit(changes: Float64Array) {
      editSeq++;
      editsSince.push({ seq: editSeq, changes });
      send({ kind: "edit", seq: editSeq, changes });
    },
    step(generations: bigint, onProgress?: (status: UniverseStatus) => void): Promise<StepOutcome> {
      if (step) return Promise.reject(new Error("a step is already under way"));
      const id = nextId++;
      return new Promise<StepOutcome>((resolve, reject) => {
        step = { id, resolve, reject, ...(onProgress ? { onProgress } : {}) };
        send({ kind: "step", id, generations });
        watchSilence();
      });
    },
    /**
     * Moves the world to `generation` along the worker's run timeline, back or forward (see
     * `goTo` in protocol.ts): a step as far as the page is concerned (one at a time, `stop`
     * ends it), which starts a new epoch, since the generation may go back.
     */
    goTo(generation: bigint, onProgress?: (status: UniverseStatus) => void): Promise<StepOutcome> {
      if (step) return Promise.reject(new Error("a step is already under way"));
      epoch++;
      const id = nextId++;
      return new Promise<StepOutcome>((resolve, reject) => {
        step = { id, resolve, reject, ...(onProgress ? { onProgress } : {}) };
        send({ kind: "goTo", id, epoch, generation });
        watchSilence();
      });
    },
    /** Abandons the step under way; the worker is replaced if it does not answer in time. */
    stop() {
      if (!step) return;
      send({ kind: "stop" });
      clearTimeout(stopTimer);
      const stopping = step;
      stopTimer = setTimeout(() => {
        if (step === stopping && !disposed) {
          replaceWorker(`The universe worker did not stop within ${stopMillis} ms`);
        }
      }, stopMillis);
    },
    /** The space the world lives in (as last loaded or moved). */
    get space(): Space {
      return space;
    },
    /**
     * Moves the world into `next`, each cell shifted by (`dx`, `dy`); what falls off a bounded
     * grid is dropped. Rule, engine choice and generation stay.
     */
    setSpace(next: Space, dx = 0, dy = 0): Promise<UniverseStatus> {
      epoch++;
      space = next;
      editsSince.push({ seq: editSeq, space: next, dx, dy });
      const done = nextStatus();
      send({ kind: "space", epoch, space: next, dx, dy });
      return done;
    },
    /** A bounded world's cells packed a bit each, as `PackedCells` lays them out. */
    /** A bounded world's every cell's state, a byte a cell, row-major. */
    async states(): Promise<Uint8Array> {
      const reply = await ask<Extract<UniverseReply, { kind: "states" }>>({
        kind: "states",
        id: nextId++,
      });
      return reply.states;
    },
    async words(): Promise<Uint32Array> {
      const reply = await ask<Extract<UniverseReply, { kind: "words" }>>({
        kind: "words",
        id: nextId++,
      });
      return reply.words;
    },
    /**
     * Sets how many band workers step a bounded grid, keeping the world (and asks it again of a
     * worker that replaces this one); resolves with how many there are, 0 without a band pool.
     */
    async setWorkers(count: number): Promise<number> {
      workers = count;
      const reply = await ask<Extract<UniverseReply, { kind: "workers" }>>({
        kind: "workers",
        id: nextId++,
        workers: count,
      });
      return reply.workers;
    },
    /** Moves the world onto another engine, keeping its cells and generation. */
    setEngine(next: UniverseEngineChoice): Promise<UniverseStatus> {
      epoch++;
      const before = { engine, recovery };
      engine = next;
      const done = nextStatus();
      send({ kind: "engine", epoch, engine: next });
      if (recovery) recovery = { ...recovery, engine: next };
      // Refused (a world too big to copy into that engine): it stays where it was.
      done.catch((error: unknown) => {
        if (engine === next && !(error instanceof WorkerLost)) ({ engine, recovery } = before);
      });
      return done;
    },
    setRule(next: Rule): Promise<UniverseStatus> {
      epoch++;
      rule = next;
      const done = nextStatus();
      send({ kind: "rule", epoch, rule: next });
      if (recovery) recovery = { ...recovery, rule: next };
      return done;
    },
    async picture(
      rect: CellRect,
      scale: number,
    ): Promise<{ picture: PaintedPicture; status: UniverseStatus; millis: number }> {
      const given = options.pictureColors;
      const colors = typeof given === "function" ? given() : given;
      const reply = await ask<Extract<UniverseReply, { kind: "picture" }>>({
        kind: "picture",
        id: nextId++,
        rect,
        scale,
        ...(colors && { colors: pictureColorsOf(colors, rule) }),
      });
      const { picture, bitmap } = reply;
      const painted = bitmap ? { ...picture, bitmap } : picture;
      return { picture: painted, status: reply.status, millis: reply.millis };
    },
    async cells(rect?: CellRect): Promise<Float64Array> {
      const request: UniverseRequest = rect
        ? { kind: "cells", id: nextId++, rect }
        : { kind: "cells", id: nextId++ };
      const reply = await ask<Extract<UniverseReply, { kind: "cells" }>>(request);
      return reply.cells;
    },
    /**
     * The non-empty cells (of `rect`) as (x, y) pairs and, at the same index, each one's state:
     * what a multi-state world's copies, links and saves are made of.
     */
    async cellStates(rect?: CellRect): Promise<{ cells: Float64Array; states: Uint8Array }> {
      const request: UniverseRequest = rect
        ? { kind: "cells", id: nextId++, rect, states: true }
        : { kind: "cells", id: nextId++, states: true };
      const reply = await ask<Extract<UniverseReply, { kind: "cells" }>>(request);
      return {
        cells: reply.cells,
        states: reply.states ?? new Uint8Array(reply.cells.length / 2).fill(1),
      };
    },
    /** The population record's points the page lacks (see PopulationsRequest). */
    populations(record: number, have: number): Promise<PopulationsReply> {
      return ask<PopulationsReply>({ kind: "populations", id: nextId++, record, have });
    },
    /** The world as a macrocell file's UTF-8 bytes, with `rule` and `comments` in its head. */
    async macrocell(head: {
      readonly rule?: string;
      readonly comments: readonly PatternComment[];
    }): Promise<Uint8Array> {
      const reply = await ask<Extract<UniverseReply, { kind: "macrocell" }>>({
        kind: "macrocell",
        id: nextId++,
        ...head,
      });
      return reply.bytes;
    },
    /** Keeps the world as it is once the requests sent so far are done; returns its key. */
    snapshot(): number {
      const key = nextKey++;
      liveKeys.add(key);
      send({ kind: "snapshot", key });
      return key;
    },
    /** Puts back the world kept under `key`, on `onRule` (the rule the page runs now). */
    restore(key: number, onRule: Rule): Promise<UniverseStatus> {
      if (key < firstLiveKey || !liveKeys.has(key)) {
        return Promise.reject(
          new Error("that state was lost when the universe worker was replaced"),
        );
      }
      epoch++;
      rule = onRule;
      const done = nextStatus();
      send({ kind: "restore", epoch, key, rule: onRule });
      void done.then(
        (status) => keepRecoveryPoint(status),
        () => {},
      );
      return done;
    },
    forget(key: number) {
      liveKeys.delete(key);
      if (key >= firstLiveKey) send({ kind: "forget", key });
    },
    dispose() {
      disposed = true;
      clearTimeout(stopTimer);
      clearTimeout(silenceTimer);
      worker?.terminate();
    },
  };
  return client;
}

export type UniverseClient = ReturnType<typeof createUniverseClient>;

/** The buffers of a load's cells or words, handed over to the worker with it. */
/** The page's colours, with each state's colour (see stateColors) when `rule` has more than two. */
function pictureColorsOf(colors: PictureColors, rule: Rule): PictureColors {
  const states = multiStateColors(rule, colors.empty, colors.alive);
  return states ? { ...colors, states } : colors;
}

function transferOf(world: UniverseLoad): ArrayBuffer[] {
  if ("cells" in world) {
    const buffers = [world.cells.buffer as ArrayBuffer];
    return world.states ? [...buffers, world.states.buffer as ArrayBuffer] : buffers;
  }
  if ("words" in world) return [world.words.buffer as ArrayBuffer];
  return [];
}

/**
 * A load to keep: its cells or words copied (the worker takes the ones sent), a macrocell's
 * text and a random fill's seed as they are.
 */
function copyOf(world: UniverseLoad): UniverseLoad {
  if ("cells" in world) {
    const cells = world.cells.slice();
    return world.states ? { ...world, cells, states: world.states.slice() } : { ...world, cells };
  }
  if ("words" in world) return { ...world, words: world.words.slice() };
  return world;
}
