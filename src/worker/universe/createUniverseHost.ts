import { writeMacrocell } from "../../formats/writeMacrocell.ts";
import type { Rule } from "../../rules/index.ts";
import { isMultiState, lifeLike } from "../../rules/Rule.ts";
import { sameRule } from "../../rules/sameRule.ts";
import { wordsOf } from "../../universe/bounded/BoundedUniverse.ts";
import { ENGINES_FOR, type UniverseContents } from "../../universe/createUniverse.ts";
import { macrocellOf } from "../../universe/macrocells.ts";
import { sameSpace } from "../../universe/sameSpace.ts";
import { RunTimeline } from "../../universe/timeline/RunTimeline.ts";
import type { TimelineLimits } from "../../universe/timeline/Timeline.ts";
import type { DensityPicture, Space, Universe, UniverseSnapshot } from "../../universe/Universe.ts";
import type { PictureColors } from "../../view/paintPicture.ts";
import { steppedAsync } from "./AsyncStepping.ts";
import { carryUniverse, universeOfMacrocellText } from "./carryUniverse.ts";
import { createPopulationRecorder } from "./createPopulationRecorder.ts";
import { boundedSpace, inside, packedOf, randomCells } from "./packedWorld.ts";
import type {
  UniverseEngineChoice,
  UniverseReply,
  UniverseRequest,
  UniverseStatus,
} from "./protocol.ts";

/** How the host makes a universe: `createUniverse` in the worker, the same in tests. */
export type CreateUniverse = (options: {
  readonly space: Space;
  readonly rule: Rule;
  readonly engine?: UniverseEngineChoice;
  readonly contents?: UniverseContents;
  readonly words?: Uint32Array;
}) => Universe;

export interface UniverseHostOptions {
  readonly create: CreateUniverse;
  /**
   * Runs `task` once the messages already waiting have been handled: between the chunks of a
   * step, so that `stop` is read. A worker passes a MessageChannel (no 4 ms timer clamp).
   */
  readonly yieldToMessages?: (task: () => void) => void;
  /** How long a chunk of a step should take at most, in ms: what a `stop` may wait. */
  readonly chunkMillis?: number;
  readonly now?: () => number;
  /**
   * Sets the number of band workers that step bounded grids (`createPooledSpaces`' resize) and
   * resolves with the number there are then; without it `workers` is answered with 0.
   */
  readonly resizePool?: (workers: number) => Promise<number>;
  /**
   * Paints a picture in `colors` as a bitmap the page draws as it is (a worker's OffscreenCanvas,
   * see createBitmapPainter), told the status it was made at (trails age by it); without it
   * (Node), pictures go as pixels only.
   */
  readonly paint?:
    | ((
        picture: DensityPicture,
        colors: PictureColors,
        at: UniverseStatus,
      ) => ImageBitmap | undefined)
    | undefined;
  /** The run timeline's cap (TIMELINE_LIMITS by default). */
  readonly timelineLimits?: TimelineLimits;
}

/** Longest chunk aimed for, in ms: a `stop` is read within about this much. */
const CHUNK_MILLIS = 25;
/** How often a long step reports how far it has got, in ms. */
const PROGRESS_MILLIS = 100;
/** The most pixels a picture may have: a 4K screen, with room. */
const MAX_PICTURE_PIXELS = 1 << 24;

interface Kept {
  readonly space: Space;
  readonly rule: Rule;
  readonly engine: UniverseEngineChoice;
  readonly base: bigint;
  readonly snapshot: UniverseSnapshot;
}

interface Stepping {
  readonly id: number;
  remaining: bigint;
  /** A `goTo`'s target: its chunks pause where the timeline keeps checkpoints on the way. */
  readonly target?: bigint;
  readonly started: number;
  lastProgress: number;
  /** When the step last let the message loop run. */
  yielded: number;
}

const INFINITE: Space = { kind: "infinite" };

/**
 * The universe worker's side: holds one `Universe`, in any space (a torus, a bounded plane or
 * the infinite plane), and answers the page (see protocol.ts). A step runs in chunks sized to take about `chunkMillis` (doubling while they
 * are quick, halving when slow), yielding to the message loop between them, so a `stop` or a
 * picture request is answered during a step of 2^60 generations.
 *
 * HashLife's chunks are never halved: on a big pattern a step of 2^(k-1) takes about as long
 * as one of 2^k, and every new k rebuilds its results from scratch. Halving there only ran
 * fewer generations a chunk and filled the node store until it collected on every chunk: the
 * 20-cell breeder in the app fell from 70,000 generations a second to about 70.
 *
 * The universe counts generations from its creation; `base` adds the generation it was loaded
 * at, so a world reloaded after a worker was lost keeps its generation.
 *
 * The run timeline (RunTimeline) keeps the world before each chunk and at each chunk's end, so
 * `goTo` can go back to any generation computed; a going-to's chunks end where the timeline
 * thickens toward its target, and a step that reaches an edit made before going back takes
 * the edited cells. A new world, space, rule, engine or a restore starts a new timeline.
 *
 * A universe stepped elsewhere (`AsyncStepping`: a grid on the band pool) runs each chunk as an
 * awaited `stepAsync`; the requests that arrive meanwhile are held and handled in order once the
 * chunk is in, before the next, so an edit never lands in the middle of a chunk; reads with
 * nothing held before them (a picture each frame) are answered at once, on the world as it was
 * before the chunk. A request that
 * ends the step (`stop`, a load, a new rule...) drops the chunk under way instead (`abandon`)
 * and is answered at once, on the world as it was before the chunk: a stop waits for nothing,
 * not even band workers that are still starting. A `workers` resize holds requests likewise.
 */
export function createUniverseHost(
  post: (reply: UniverseReply, transfer: (ArrayBuffer | ImageBitmap)[]) => void,
  options: UniverseHostOptions,
): (request: UniverseRequest) => void {
  const yieldToMessages = options.yieldToMessages ?? ((task) => setTimeout(task, 0));
  const chunkMillis = options.chunkMillis ?? CHUNK_MILLIS;
  const now = options.now ?? (() => performance.now());
  const snapshots = new Map<number, Kept>();
  let universe: Universe | null = null;
  let rule: Rule = lifeLike(1 << 3, (1 << 2) | (1 << 3));
  let engine: UniverseEngineChoice = "auto";
  let base = 0n;
  let epoch = 0;
  let editSeq = 0;
  let chunk = 1n;
  /** The world's recent past: checkpoints at the ends of chunks, for `goTo`. */
  const timeline = new RunTimeline(options.timelineLimits);
  let stepping: Stepping | null = null;
  const waitingSteps: { id: number; generations: bigint }[] = [];
  /** A chunk or a resize is awaited: requests wait in `held` until it is in. */
  let busy = false;
  const held: UniverseRequest[] = [];
  /** Drops the chunk awaited, when one is (see AsyncStepping.abandon). */
  let abandonChunk: (() => void) | null = null;
  /** The population graph's record of every generation computed (see createPopulationRecorder). */
  const recorder = createPopulationRecorder(() => universe && { universe, base });

  const world = (): Universe => {
    if (!universe) throw new Error("no world has been loaded");
    return universe;
  };

  const status = (): UniverseStatus => {
    const u = world();
    return {
      epoch,
      editSeq,
      generation: base + u.generation,
      population: u.population(),
      bounds: u.bounds(),
      engine: u.engine,
      ...(u.kernel === undefined ? {} : { kernel: u.kernel }),
      ...(steppedAsync(u) && { pool: u.pool }),
      timeline: timeline.range(base + u.generation),
    };
  };

  /** Makes `fresh` the world, on `next` and the engine choice it was made for. */
  const adopt = (fresh: Universe, next: Rule, choice: UniverseEngineChoice) => {
    timeline.reset();
    if (fresh !== universe) universe?.dispose();
    universe = fresh;
    rule = next;
    engine = choice;
  };

  /** A fresh universe in `where` on `next` holding the live `cells`, (x, y) pairs. */
  const replace = (
    where: Space,
    next: Rule,
    choice: UniverseEngineChoice,
    cells: readonly (readonly number[])[],
  ) => {
    const fresh = options.create({
      space: where,
      rule: next,
      engine: runnable(choice, where, next),
      contents: contentsOf(cells),
    });
    for (const [x, y, state] of cells) fresh.set(x as number, y as number, state ?? 1);
    adopt(fresh, next, choice);
  };

  /** A fresh bounded universe on `next` holding `cells`, packed a bit each. */
  const replacePacked = (
    where: Space,
    next: Rule,
    choice: UniverseEngineChoice,
    cells: ReturnType<typeof packedOf>,
  ) => {
    const fresh = options.create({
      space: where,
      rule: next,
      engine: runnable(choice, where, next),
      words: cells.words,
    });
    adopt(fresh, next, choice);
  };

  /** The world moved into `where`, each cell shifted by (dx, dy), its generation kept. */
  const move = (where: Space, dx: number, dy: number) => {
    const u = world();
    const fresh = options.create({
      space: where,
      rule,
      engine: runnable(engine, where, rule),
      contents: { population: Number(u.population()), area: areaOf(u) },
    });
    try {
      for (const [x, y, state] of u.cells()) {
        if (inside(where, x + dx, y + dy)) fresh.set(x + dx, y + dy, state);
      }
    } catch (error) {
      fresh.dispose();
      throw error;
    }
    base += u.generation;
    adopt(fresh, rule, engine);
  };

  /** The world's cells moved onto `next` and `choice`, its generation kept in `base`. */
  const carry = (next: Rule, choice: UniverseEngineChoice) => {
    const u = world();
    const fresh = carryUniverse(u, rule, next, runnable(choice, u.space, next), options.create);
    base += u.generation;
    adopt(fresh, next, choice);
  };

  const finishStep = (stopped: boolean) => {
    const current = stepping;
    if (!current) return;
    stepping = null;
    post(
      {
        kind: "stepped",
        id: current.id,
        status: status(),
        stopped,
        millis: now() - current.started,
      },
      [],
    );
  };

  /** Ends the step under way and forgets those waiting: the world they were asked of is gone. */
  const stopAll = () => {
    finishStep(true);
    for (const waiting of waitingSteps.splice(0)) {
      post({ kind: "stepped", id: waiting.id, status: status(), stopped: true, millis: 0 }, []);
    }
  };

  const failStep = (current: Stepping, error: unknown) => {
    stepping = null;
    const message = error instanceof Error ? error.message : String(error);
    post({ kind: "failed", id: current.id, message }, []);
  };

  const runChunk = () => {
    const current = stepping;
    if (!current || busy) return;
    const u = world();
    let n = chunk < current.remaining ? chunk : current.remaining;
    const at = base + u.generation;
    // The world as it is before it moves on: kept already at a chunk's end, unless an edit
    // since changed it (a seam), or the step starts here.
    timeline.keep(u, at);
    if (current.target !== undefined) {
      const stop = timeline.nextStop(at, current.target) - at;
      if (stop < n) n = stop;
    }
    const start = now();
    recorder.beforeStep();
    // Forward again past an edit made before going back: the edited cells, not recomputed ones.
    const seam = timeline.seamWithin(u, at, at + n);
    if (seam !== null) {
      recorder.reached(u, 1n, base);
      chunkDone(current, u, seam - at, start);
      return;
    }
    if (steppedAsync(u)) {
      busy = true;
      let dropped = false;
      abandonChunk = () => {
        dropped = true;
        abandonChunk = null;
        busy = false;
        u.abandon();
        // The step goes on from where it was, unless the request that dropped the chunk ends it.
        yieldToMessages(runChunk);
      };
      u.stepAsync(n).then(
        (outcome) => {
          if (dropped) return;
          abandonChunk = null;
          busy = false;
          if (outcome.notice !== undefined) post({ kind: "notice", message: outcome.notice }, []);
          recorder.reached(u, n, base);
          chunkDone(current, u, n, start);
          handleHeld();
        },
        (error: unknown) => {
          if (dropped) return;
          abandonChunk = null;
          busy = false;
          failStep(current, error);
          handleHeld();
        },
      );
      return;
    }
    try {
      recorder.step(u, n, base);
    } catch (error) {
      failStep(current, error);
      return;
    }
    chunkDone(current, u, n, start);
  };

  /** Counts a chunk of `n` generations begun at `start`, and goes on or ends the step. */
  const chunkDone = (current: Stepping, u: Universe, n: bigint, start: number) => {
    current.remaining -= n;
    const took = now() - start;
    timeline.keep(u, base + u.generation);
    // A pooled chunk costs a copy of the grid and a round trip: fewer, longer ones (a stop drops them).
    const quick = steppedAsync(u) ? chunkMillis / 2 : chunkMillis / 4;
    if (n === chunk && took < quick) chunk *= 2n;
    else if (took > chunkMillis && chunk > 1n && u.engine !== "hashlife") chunk /= 2n;
    if (current.remaining === 0n) {
      finishStep(false);
      startWaitingStep();
      return;
    }
    if (now() - current.lastProgress >= PROGRESS_MILLIS) {
      current.lastProgress = now();
      post({ kind: "progress", id: current.id, status: status() }, []);
    }
    // A going-to's short chunks (ending where it keeps checkpoints) follow one another at once
    // while they are quick: a stop still waits less than a chunk.
    if (current.target !== undefined && now() - current.yielded < chunkMillis / 2) {
      runChunk();
      return;
    }
    current.yielded = now();
    yieldToMessages(runChunk);
  };

  const startStep = (id: number, generations: bigint, target?: bigint) => {
    world();
    const started = now();
    stepping = {
      id,
      remaining: generations > 0n ? generations : 0n,
      started,
      lastProgress: started,
      yielded: started,
      ...(target !== undefined && { target }),
    };
    if (stepping.remaining === 0n) {
      finishStep(false);
      return;
    }
    // The first chunk at once: an edit sent after the step (a click while one generation is
    // computed) lands on the generation the step makes, as the page shows it then.
    runChunk();
  };

  const startWaitingStep = () => {
    const next = waitingSteps.shift();
    if (next) startStep(next.id, next.generations);
  };

  const handle = (request: UniverseRequest) => {
    switch (request.kind) {
      case "load": {
        stopAll();
        // A load that fails keeps the world, under the new epoch (the page counts on it).
        epoch = request.epoch;
        const where = request.space ?? INFINITE;
        if ("macrocell" in request) {
          if (where.kind !== "infinite") {
            throw new RangeError("a macrocell opens on the infinite plane only");
          }
          const built = universeOfMacrocellText(
            request.macrocell,
            request.rule,
            request.engine,
            options.create,
          );
          adopt(built.universe, request.rule, request.engine);
          base = built.generation;
        } else if ("words" in request) {
          const cells = packedOf(boundedSpace(where, "loading packed cells"), request.words);
          replacePacked(where, request.rule, request.engine, cells);
          base = request.generation;
        } else if ("random" in request) {
          const cells = randomCells(boundedSpace(where, "a random fill"), request.random);
          replacePacked(where, request.rule, request.engine, cells);
          base = request.generation;
        } else {
          replace(where, request.rule, request.engine, [...pairs(request.cells, request.states)]);
          base = request.generation;
        }
        editSeq = 0;
        chunk = 1n;
        post({ kind: "status", status: status() }, []);
        return;
      }
      case "space": {
        stopAll();
        epoch = request.epoch;
        chunk = 1n;
        move(request.space, request.dx, request.dy);
        post({ kind: "status", status: status() }, []);
        return;
      }
      case "words": {
        boundedSpace(world().space, "reading the cells packed");
        const words = wordsOf(world());
        post({ kind: "words", id: request.id, status: status(), words }, [
          words.buffer as ArrayBuffer,
        ]);
        return;
      }
      case "states": {
        const where = boundedSpace(world().space, "reading the cells' states");
        const states = new Uint8Array(where.width * where.height);
        for (const [x, y, state] of world().cells()) states[y * where.width + x] = state;
        post({ kind: "states", id: request.id, status: status(), states }, [states.buffer]);
        return;
      }
      case "rule":
      case "engine": {
        stopAll();
        epoch = request.epoch;
        chunk = 1n;
        if (request.kind === "rule") carry(request.rule, engine);
        else if (request.engine !== engine) carry(rule, request.engine);
        post({ kind: "status", status: status() }, []);
        return;
      }
      case "edit": {
        const u = world();
        const { changes } = request;
        for (let i = 0; i + 2 < changes.length; i += 3) {
          u.set(changes[i] as number, changes[i + 1] as number, changes[i + 2] as number);
        }
        editSeq = request.seq;
        timeline.edited(base + u.generation);
        return;
      }
      case "step":
        if (stepping) waitingSteps.push({ id: request.id, generations: request.generations });
        else startStep(request.id, request.generations);
        return;
      case "goTo": {
        stopAll();
        epoch = request.epoch;
        const u = world();
        const at = base + u.generation;
        // The world here is kept first: an edited generation is reached again only from it.
        timeline.keep(u, at);
        const first = timeline.first(at);
        let target = request.generation;
        if (target < first) target = first;
        const from = timeline.startFrom(u, at, target);
        startStep(request.id, target - from, target);
        return;
      }
      case "stop":
        stopAll();
        return;
      case "workers": {
        const { id } = request;
        const resize = options.resizePool;
        if (!resize) {
          post({ kind: "workers", id, workers: 0 }, []);
          return;
        }
        busy = true;
        resize(request.workers).then(
          (workers) => {
            busy = false;
            post({ kind: "workers", id, workers }, []);
            handleHeld();
          },
          (error: unknown) => {
            busy = false;
            const message = error instanceof Error ? error.message : String(error);
            post({ kind: "failed", id, message }, []);
            handleHeld();
          },
        );
        return;
      }
      case "picture": {
        const { rect, scale } = request;
        const pixels = (rect.width / 2 ** scale) * (rect.height / 2 ** scale);
        if (!(pixels <= MAX_PICTURE_PIXELS)) {
          throw new RangeError(`a picture of ${pixels} pixels is more than ${MAX_PICTURE_PIXELS}`);
        }
        const started = now();
        const picture = world().picture(rect, scale);
        const bitmap = request.colors && options.paint?.(picture, request.colors, status());
        const buffer = picture.pixels.buffer as ArrayBuffer;
        const millis = now() - started;
        if (bitmap) {
          post({ kind: "picture", id: request.id, status: status(), picture, bitmap, millis }, [
            buffer,
            bitmap,
          ]);
        } else {
          post({ kind: "picture", id: request.id, status: status(), picture, millis }, [buffer]);
        }
        return;
      }
      case "cells": {
        const found: number[] = [];
        const foundStates: number[] = [];
        for (const [x, y, state] of world().cells(request.rect)) {
          if (!state) continue;
          found.push(x, y);
          if (request.states) foundStates.push(state);
        }
        const cells = Float64Array.from(found);
        if (!request.states) {
          post({ kind: "cells", id: request.id, status: status(), cells }, [cells.buffer]);
          return;
        }
        const states = Uint8Array.from(foundStates);
        post({ kind: "cells", id: request.id, status: status(), cells, states }, [
          cells.buffer,
          states.buffer,
        ]);
        return;
      }
      case "snapshot":
        snapshots.set(request.key, {
          space: world().space,
          rule,
          engine,
          base,
          snapshot: world().snapshot(),
        });
        return;
      case "restore": {
        const kept = snapshots.get(request.key);
        if (!kept) throw new Error(`no snapshot ${request.key}`);
        stopAll();
        if (
          !universe ||
          !sameSpace(kept.space, universe.space) ||
          !sameRule(kept.rule, rule) ||
          kept.engine !== engine ||
          universe.engine !== kept.snapshot.engine
        ) {
          // An empty universe on the engine the snapshot was taken on (auto may have chosen tiles).
          const fresh = options.create({
            space: kept.space,
            rule: kept.rule,
            engine: kept.snapshot.engine,
          });
          adopt(fresh, kept.rule, kept.engine);
        }
        world().restore(kept.snapshot);
        timeline.reset();
        base = kept.base;
        if (!sameRule(kept.rule, request.rule)) carry(request.rule, engine);
        epoch = request.epoch;
        editSeq = 0;
        chunk = 1n;
        post({ kind: "status", status: status() }, []);
        return;
      }
      case "forget":
        snapshots.delete(request.key);
        return;
      case "populations": {
        const { reply, transfer } = recorder.answer(request, status());
        post(reply, transfer);
        return;
      }
      case "macrocell": {
        const u = world();
        const head = {
          ...(request.rule === undefined ? {} : { rule: request.rule }),
          comments: request.comments,
        };
        const macrocell = { ...macrocellOf(u, rule, head), generation: base + u.generation };
        const bytes = new TextEncoder().encode(writeMacrocell(macrocell));
        post({ kind: "macrocell", id: request.id, status: status(), bytes }, [
          bytes.buffer as ArrayBuffer,
        ]);
        return;
      }
    }
  };

  const handleSafely = (request: UniverseRequest) => {
    try {
      handle(request);
      recorder.handled(request);
    } catch (error) {
      const id = "id" in request ? request.id : -1;
      const message = error instanceof Error ? error.message : String(error);
      if (request.kind === "step" || request.kind === "goTo" || stepping?.id === id) {
        stepping = null;
      }
      post({ kind: "failed", id, message }, []);
    }
  };

  /** Handles the requests held during a chunk or a resize, in order, until one holds them again. */
  function handleHeld(): void {
    while (!busy && held.length > 0) handleSafely(held.shift() as UniverseRequest);
  }

  return (request) => {
    // What ends a step drops the chunk under way rather than wait for it.
    if (abandonChunk && ENDS_STEP.has(request.kind)) abandonChunk();
    // A read with nothing before it is answered at once, from the world as it was before the
    // chunk (which a universe stepped elsewhere keeps until the chunk is in).
    if (held.length === 0 && READS.has(request.kind)) handleSafely(request);
    else {
      held.push(request);
      handleHeld();
    }
  };
}

/** The requests that end a step under way (see protocol.ts). */
const ENDS_STEP: ReadonlySet<UniverseRequest["kind"]> = new Set([
  "stop",
  "goTo",
  "load",
  "space",
  "rule",
  "engine",
  "restore",
]);

/** The requests that only read the world. */
const READS: ReadonlySet<UniverseRequest["kind"]> = new Set([
  "picture",
  "cells",
  "words",
  "macrocell",
  "snapshot",
  "populations",
]);

/** (x, y) pairs of a flat array. */
/** (x, y, state) of each pair of `cells`, its state from `states` (1 without them). */
function* pairs(cells: Float64Array, states?: Uint8Array): Iterable<readonly number[]> {
  for (let i = 0; i + 1 < cells.length; i += 2) {
    yield [cells[i] as number, cells[i + 1] as number, states?.[i / 2] ?? 1];
  }
}

/**
 * The engine to make for `choice` in `space`: an engine by name that does not run there
 * (HashLife or tiles on a grid, the kernels on the infinite plane) gives way to auto, and the
 * choice stays for when the world moves back.
 */
function runnable(choice: UniverseEngineChoice, space: Space, rule: Rule): UniverseEngineChoice {
  if (choice === "auto") return choice;
  // HashLife and tiles hold two states of a 3x3 rule: other families run on auto there.
  if ((choice === "hashlife" || choice === "tiles") && isMultiState(rule)) return "auto";
  return ENGINES_FOR[space.kind].includes(choice) ? choice : "auto";
}

/** The area of a universe's bounding box (0 when empty). */
function areaOf(universe: Universe): number {
  const box = universe.bounds();
  return box ? box.width * box.height : 0;
}

/** The live cells and the area of their box, from which `auto` tells a soup (tiles) from the rest. */
function contentsOf(cells: readonly (readonly number[])[]): UniverseContents {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x = 0, y = 0] of cells) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  const area = cells.length === 0 ? 0 : (x1 - x0 + 1) * (y1 - y0 + 1);
  return { population: cells.length, area };
}
