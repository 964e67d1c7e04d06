import type { Topology } from "../../engine/Grid.ts";
import { PackedCells } from "../../engine/PackedCells.ts";
import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import { cellProgramOf } from "../../rules/cellProgramOf.ts";
import type { Rule } from "../../rules/Rule.ts";
import type { BoundedSnapshot, BoundedUniverse } from "../../universe/bounded/BoundedUniverse.ts";
import { boundsOfRows } from "../../universe/bounded/boundsOfRows.ts";
import { cellsOfRows } from "../../universe/bounded/cellsOfRows.ts";
import { boundedUniverseFromWords } from "../../universe/bounded/createBoundedUniverse.ts";
import { type PackedRows, rowsOfWords, signed } from "../../universe/bounded/PackedRows.ts";
import { pictureOfRows } from "../../universe/bounded/pictureOfRows.ts";
import { checkTwoState } from "../../universe/refuseBirthOnZero.ts";
import type { CellRect, DensityPicture, GridSpace, State } from "../../universe/Universe.ts";
import type { PoolEngine } from "../pool/protocol.ts";
import type { PoolStepResult, SimulationPool } from "../pool/SimulationPool.ts";
import { WorkerLostError } from "../WorkerLostError.ts";
import type { AsyncStepOutcome, AsyncStepping } from "./AsyncStepping.ts";
import type { PoolRun } from "./protocol.ts";

type BoundedSpace = GridSpace;

/**
 * Whether the band pool runs this grid: a torus or a plane, unshifted. The bands trade plain
 * edge rows and wrap columns straight; Golly's other surfaces would need each band to fill its
 * ghost columns from other bands' rows (a twist or a turn), which they do not do.
 */
export function poolRuns(space: BoundedSpace): boolean {
  return (space.kind === "torus" || space.kind === "plane") && space.shift === undefined;
}

/**
 * The band pool as the pooled universes share it: one pool for the universe worker, and which
 * universe's grid it holds now (`owner`), so that a universe made after another (a load, a
 * snapshot restored) loads its own before it steps.
 */
export interface PoolHolder {
  /** The pool, started at the first call. */
  pool(): SimulationPool;
  owner: object | null;
}

/** The most generations asked of the pool at once (its counts are numbers). */
const MOST_PER_CALL = 2 ** 30;
/** Tries of one call when band workers are lost: the pool replaces them every time. */
const TRIES = 3;

/**
 * A torus or bounded plane stepped by the band pool (`SimulationPool`): the grid as the bounded
 * engines run it, split into bands of rows on band workers. The universe keeps the cells packed
 * a bit each between steps (the pool hands them back after each), so `get`, `set`, `cells`,
 * `bounds`, `picture` and snapshots work on that copy on the calling thread; it loads the pool
 * only when the pool holds another grid or its own was replaced (a restore), and passes edits
 * made since the last step as edits.
 *
 * Steps are asynchronous (`stepAsync`, see AsyncStepping). `step` keeps the `Universe` contract
 * for callers that need it at once: it runs the same rule on this thread on the bounded engine
 * (createBoundedUniverse) and reloads the pool afterwards.
 *
 * A band worker lost during a step (the pool's `WorkerLostError`: its workers were replaced
 * and its grid is gone) is recovered here: the pool is loaded again from the copy kept, the
 * last grid it handed back, and the call is made again; the outcome's `notice` says so.
 */
export function createPooledUniverse(
  space: BoundedSpace,
  rule: Rule,
  compiled: CompiledRule,
  engine: PoolEngine,
  holder: PoolHolder,
  words?: Uint32Array,
): BoundedUniverse & AsyncStepping {
  const { width, height } = space;
  if (!poolRuns(space)) {
    throw new RangeError(`the band pool runs a torus or a plane, not a ${describeSurface(space)}`);
  }
  const topology: Topology = space.kind;
  const me = {};
  let cells = new PackedCells(width, height, words?.slice());
  /** The cells as the shared scans (pictures, bounds, cells) read them. */
  const rows = (): PackedRows => rowsOfWords(signed(cells.words), width, height);
  let generation = 0n;
  /** The live count, when known without counting (after a step, before an edit). */
  let population: number | null = words ? null : 0;
  /** The live count, counted only when it is not known. */
  const count = (): number => {
    population ??= cells.population();
    return population;
  };
  /** The pool's copy is not this universe's: load it before the next step. */
  let stale = true;
  /** (cell index, state) pairs set since the pool last had the cells. */
  let edits: number[] = [];
  let advancing = false;
  /** Counts steps begun and abandoned: a pool call whose number has passed is ignored. */
  let run = 0;
  let disposed = false;
  let last: PoolStepResult | undefined;

  /** The index of (x, y) under the topology, or -1 off a plane. */
  const indexOf = (x: number, y: number): number => {
    if (x >= 0 && x < width && y >= 0 && y < height) return y * width + x;
    if (topology === "plane") return -1;
    return (((y % height) + height) % height) * width + (((x % width) + width) % width);
  };
  const unchanging = (what: string) => {
    if (advancing) throw new Error(`cannot ${what} a pooled grid while it steps`);
    if (disposed) throw new Error("this universe has been disposed");
  };

  /** Gives the pool this grid: all of it when it holds another, else the edits since. */
  const hand = (pool: SimulationPool) => {
    if (stale || holder.owner !== me) {
      const world = { width, height, topology, rule, words: cells.words, generation: 0 };
      pool.load(world, 0, engine);
      holder.owner = me;
      stale = false;
      edits = [];
    } else if (edits.length > 0) {
      pool.edit(Int32Array.from(edits));
      edits = [];
    }
  };

  /** One call of the pool, again from the kept cells while band workers are lost. */
  const callPool = async (generations: number, mine: number): Promise<string | undefined> => {
    let notice: string | undefined;
    for (let tries = 1; ; tries++) {
      const pool = holder.pool();
      hand(pool);
      try {
        const result = await pool.step(generations);
        if (run !== mine) return undefined;
        // The pool's words may be its own memory, reused by the next step: copied.
        cells.words.set(result.words);
        population = result.population;
        last = result;
        return notice;
      } catch (error) {
        if (run !== mine) return undefined;
        // A failed step leaves the pool's grid undefined: it is loaded again before the next.
        stale = true;
        if (!(error instanceof WorkerLostError) || tries >= TRIES) throw error;
        notice = `A band worker was lost (${error.message}); the grid went on from its last step on fresh band workers`;
      }
    }
  };

  const cellsOf = (rect?: CellRect): Iterable<readonly [number, number, State]> =>
    cellsOfRows(rows(), rect);

  return {
    space,
    engine,
    /** The kernel the last step ran; before one, `auto` (the fastest the bands have). */
    get kernel(): string {
      return last?.kernel ?? (engine === "coroutine" ? "coroutine" : "auto");
    },
    rule: compiled,
    get generation() {
      return generation;
    },
    get pool(): PoolRun {
      const pool = holder.pool();
      return {
        workers: pool.size,
        bands: last?.bands ?? 0,
        where: pool.where,
        mode: pool.mode,
        ...(last && { kernel: last.kernel }),
        ...(pool.fallbackReason !== undefined && { fallbackReason: pool.fallbackReason }),
      };
    },
    population: () => BigInt(count()),
    bounds() {
      return boundsOfRows(rows());
    },
    get(x, y) {
      const index = indexOf(x, y);
      return index < 0 ? 0 : cells.getIndex(index);
    },
    set(x, y, state) {
      checkTwoState(state);
      unchanging("edit");
      const index = indexOf(x, y);
      if (index < 0 || cells.getIndex(index) === (state ? 1 : 0)) return;
      cells.setIndex(index, state);
      population = null;
      if (stale || holder.owner !== me) return;
      edits.push(index, state ? 1 : 0);
      // Past a word's worth of edits a row, loading the grid again is as cheap.
      if (edits.length > 2 * cells.words.length) stale = true;
    },
    async stepAsync(generations): Promise<AsyncStepOutcome> {
      if (generations < 0n) throw new RangeError("cannot step a negative number of generations");
      unchanging("step");
      advancing = true;
      const mine = ++run;
      let notice: string | undefined;
      try {
        let left = generations;
        while (left > 0n) {
          const count = left > BigInt(MOST_PER_CALL) ? MOST_PER_CALL : Number(left);
          notice = (await callPool(count, mine)) ?? notice;
          if (run !== mine) return {};
          left -= BigInt(count);
          generation += BigInt(count);
        }
      } finally {
        if (run === mine) advancing = false;
      }
      return notice === undefined ? {} : { notice };
    },
    abandon() {
      if (!advancing) return;
      run++;
      advancing = false;
      // The pool goes on to a grid this universe will not have: it is loaded again.
      stale = true;
    },
    step(generations) {
      if (generations < 0n) throw new RangeError("cannot step a negative number of generations");
      unchanging("step");
      if (generations === 0n) return;
      const here = boundedUniverseFromWords(
        space,
        compiled,
        engine === "coroutine"
          ? { kind: "coroutine", program: cellProgramOf(rule) }
          : { kind: "fast" },
        cells.words,
      );
      try {
        here.step(generations);
        cells = new PackedCells(width, height, here.words());
      } finally {
        here.dispose();
      }
      population = null;
      stale = true;
      generation += generations;
    },
    picture(rect, scale): DensityPicture {
      return pictureOfRows(rows(), rect, scale);
    },
    cells: cellsOf,
    words() {
      return cells.words.slice();
    },
    snapshot(): BoundedSnapshot {
      return {
        engine,
        generation,
        // Known after a step: the timeline's checkpoint at each chunk's end counts nothing.
        population: BigInt(count()),
        width,
        height,
        words: cells.words.slice(),
      };
    },
    restore(snapshot) {
      unchanging("restore");
      const saved = snapshot as BoundedSnapshot;
      if (!(saved.words instanceof Uint32Array) || saved.words.length !== cells.words.length) {
        throw new TypeError("this snapshot was not taken of a grid of this size");
      }
      cells = new PackedCells(width, height, saved.words.slice());
      generation = saved.generation;
      population = Number(saved.population);
      stale = true;
    },
    dispose() {
      disposed = true;
      if (holder.owner === me) holder.owner = null;
    },
  };
}

function describeSurface(space: BoundedSpace): string {
  return space.shift ? `shifted ${space.kind}` : space.kind;
}
