import type { PatternComment } from "../../formats/Pattern.ts";
import type { Rule } from "../../rules/index.ts";
import type { CellRect } from "../../universe/Universe.ts";
import type { PictureColors } from "../../view/paintPicture.ts";
import type {
  PaintedPicture,
  UniverseEngineChoice,
  UniverseReply,
  UniverseRequest,
  UniverseStatus,
} from "./protocol.ts";
import type { UniverseWorker } from "./UniverseWorker.ts";

/**
 * A world as the page hands it to the worker: live cells as (x, y) pairs at a generation, or a
 * macrocell file's text (read in the worker, at its `#G` generation).
 */
export type UniverseLoad = {
  readonly rule: Rule;
  readonly engine: UniverseEngineChoice;
} & (
  | { readonly cells: Float64Array; readonly generation: bigint }
  | { readonly macrocell: string }
);

export interface StepOutcome {
  readonly status: UniverseStatus;
  /** Cut short by `stop`, a new world, or the worker being replaced. */
  readonly stopped: boolean;
  readonly millis: number;
}

export interface UniverseClientOptions {
  readonly createWorker: () => UniverseWorker;
  /** How long a `stop` may go unanswered before the worker is replaced, in ms. */
  readonly stopMillis?: number;
  /** Live cells at most that the page copies after each step, to start again from. */
  readonly recoveryCells?: number;
  /** Says that the worker was replaced, and from which generation the world goes on. */
  readonly onLost?: (message: string) => void;
  /** The colours the worker paints pictures in, as bitmaps (see UniverseReply); none by default. */
  readonly pictureColors?: PictureColors;
}

/** A worker's stop answers within a chunk (25 ms); past this the page stops waiting. */
const STOP_MILLIS = 150;
const RECOVERY_CELLS = 100_000;

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
  const recoveryCells = options.recoveryCells ?? RECOVERY_CELLS;
  /** Started at the first request: a session on bounded grids never starts one. */
  let worker: UniverseWorker | null = null;
  let nextId = 1;
  let nextKey = 1;
  let epoch = 0;
  let editSeq = 0;
  let rule: Rule = { birth: 1 << 3, survival: (1 << 2) | (1 << 3) };
  let engine: UniverseEngineChoice = "auto";
  /** Snapshot keys made before this one died with a worker. */
  let firstLiveKey = 1;
  const liveKeys = new Set<number>();
  let recovery: UniverseLoad | null = null;
  let editsSince: { seq: number; changes: Float64Array }[] = [];
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  let step:
    | ({ id: number; onProgress?: (s: UniverseStatus) => void } & Pending<StepOutcome>)
    | null = null;
  let lastStatus: UniverseStatus | null = null;
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
    if (reply.kind !== "failed") lastStatus = reply.status;
    switch (reply.kind) {
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
        done.resolve({ status: reply.status, stopped: reply.stopped, millis: reply.millis });
        keepRecoveryPoint(reply.status);
        return;
      }
      case "picture":
      case "cells":
      case "macrocell":
        requests.get(reply.id)?.resolve(reply);
        requests.delete(reply.id);
        return;
      case "failed": {
        const error = new Error(reply.message);
        if (step?.id === reply.id) {
          const failed = step;
          step = null;
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
    void client.cells().then(
      (cells) => {
        if (status.epoch !== epoch) return;
        recovery = { cells, rule: ruleThen, engine: engineThen, generation: status.generation };
        editsSince = editsSince.filter((edit) => edit.seq > status.editSeq);
      },
      () => {},
    );
  };

  /** Replaces a worker that died or would not stop, and loads it from the recovery point. */
  const replaceWorker = (why: string) => {
    worker?.terminate();
    firstLiveKey = nextKey;
    const lostStep = step;
    step = null;
    for (const pending of requests.values()) pending.reject(new Error(why));
    requests.clear();
    for (const waiter of statusWaiters.splice(0)) waiter.reject(new Error(why));
    worker = null;
    const from = recovery;
    if (!from) return;
    epoch++;
    send({ kind: "load", epoch, ...copyOf(from) });
    for (const edit of editsSince) send({ kind: "edit", seq: edit.seq, changes: edit.changes });
    const reloaded = new Promise<UniverseStatus>((resolve, reject) =>
      statusWaiters.push({ resolve, reject }),
    );
    void reloaded.then(
      (status) => {
        options.onLost?.(`${why}; the world goes on from generation ${status.generation}`);
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
    /** Replaces the world; earlier pictures and steps become stale. */
    /**
     * Replaces the world; earlier pictures and steps become stale. A load the worker refuses
     * (a macrocell it cannot read) keeps the world, and the point to recover it from.
     */
    load(world: UniverseLoad): Promise<UniverseStatus> {
      epoch++;
      const before = { rule, engine, recovery, editsSince };
      rule = world.rule;
      engine = world.engine;
      const mine = copyOf(world);
      recovery = mine;
      editsSince = [];
      const done = nextStatus();
      send({ kind: "load", epoch, ...world });
      done.catch(() => {
        if (recovery !== mine) return;
        ({ rule, engine, recovery } = before);
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
    /** Moves the world onto another engine, keeping its cells and generation. */
    setEngine(next: UniverseEngineChoice): Promise<UniverseStatus> {
      epoch++;
      const before = { engine, recovery };
      engine = next;
      const done = nextStatus();
      send({ kind: "engine", epoch, engine: next });
      if (recovery) recovery = { ...recovery, engine: next };
      // Refused (a world too big to copy into that engine): it stays where it was.
      done.catch(() => {
        if (engine === next) ({ engine, recovery } = before);
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
    ): Promise<{ picture: PaintedPicture; status: UniverseStatus }> {
      const reply = await ask<Extract<UniverseReply, { kind: "picture" }>>({
        kind: "picture",
        id: nextId++,
        rect,
        scale,
        ...(options.pictureColors && { colors: options.pictureColors }),
      });
      const { picture, bitmap } = reply;
      return { picture: bitmap ? { ...picture, bitmap } : picture, status: reply.status };
    },
    async cells(rect?: CellRect): Promise<Float64Array> {
      const request: UniverseRequest = rect
        ? { kind: "cells", id: nextId++, rect }
        : { kind: "cells", id: nextId++ };
      const reply = await ask<Extract<UniverseReply, { kind: "cells" }>>(request);
      return reply.cells;
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
      worker?.terminate();
    },
  };
  return client;
}

export type UniverseClient = ReturnType<typeof createUniverseClient>;

/** A load to keep: its cells copied (the worker takes the ones sent), a macrocell's text as is. */
function copyOf(world: UniverseLoad): UniverseLoad {
  return "cells" in world ? { ...world, cells: world.cells.slice() } : world;
}
