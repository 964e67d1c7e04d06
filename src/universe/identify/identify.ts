import type { CellRect, Space, Universe } from "../Universe.ts";
import { canonicalShape, phaseKeys } from "./canonicalShape.ts";
import { cellPeriods, unionBox } from "./cellPeriods.ts";
import { findEmission } from "./findEmission.ts";
import { formatSpeed } from "./formatSpeed.ts";
import { heatOf } from "./heatOf.ts";
import type { IdentifyResult, PopulationRange } from "./IdentifyResult.ts";
import { type Frame, readFrame, sameShape, type Wrap } from "./readFrame.ts";
import { steadyGrowth } from "./steadyGrowth.ts";

/** Generations Identify runs a pattern at most unless told otherwise. */
export const DEFAULT_IDENTIFY_LIMIT = 4096;
/** The most generations a user may ask Identify to run. */
export const MAX_IDENTIFY_LIMIT = 1 << 20;
/**
 * Identify stops early when the population passes this many cells more than 16 times what it
 * started with: a pattern that grows like that (a breeder, a spacefiller, a replicator) is not
 * periodic, and following it to the limit would take minutes.
 */
export const OUTGROWN_CELLS = 20_000;
/**
 * Generations are kept whole (for the period found to be measured on them, with no second run)
 * while they hold fewer cells than this all told; past it, the period is run once more instead.
 */
const MAX_KEPT_CELLS = 1 << 20;
/** Periods of a gun confirmed (its home part repeating, its growth the same) before it is one. */
const GUN_PERIODS = 3;

export interface IdentifyOptions {
  /** Generations to run at most (default DEFAULT_IDENTIFY_LIMIT, at most MAX_IDENTIFY_LIMIT). */
  readonly limit?: number;
  /**
   * The states that make up the object: every non-empty one by default. LifeHistory's history
   * states are a record of the past that only grows: Identify follows the live (odd) states.
   */
  readonly follow?: (state: number) => boolean;
  /** Called now and then with the generations run so far. */
  readonly onProgress?: (generation: number, limit: number) => void;
  /**
   * An empty universe of the same rule (on the infinite plane, or the same space): a gun's
   * emitted object is identified alone in one. Without it, guns are not looked for.
   */
  readonly fresh?: () => Universe;
  /**
   * Names a periodic object, given its answer and its phase keys (see phaseKeys): the pattern
   * library's name for it (see nameObject). A gun's emission is named with it too.
   */
  readonly name?: Namer;
}

/** See IdentifyOptions.name. */
export type Namer = (result: IdentifyResult, phases: ReadonlySet<string>) => string | undefined;

const nonEmpty = (state: number) => state !== 0;

/**
 * Runs `universe` forward (it is changed: pass a copy) until its cells repeat, up to a
 * translation, and says what it is: empty, a still life, an oscillator or a spaceship with its
 * period, motion, population, boxes, heat and, for an oscillator, each cell's period; a gun
 * (its home part repeats while it grows by the same cells every period) with what it emits; a
 * pattern that grows steadily; or not periodic within the limit.
 *
 * Each generation's cells are hashed relative to their box into a 64-bit key, and the key is
 * looked up in a Map of the generations seen: a repeat is found in one lookup, not by comparing
 * with every earlier generation. The match is then confirmed cell by cell on the next period.
 */
export function identify(universe: Universe, options: IdentifyOptions = {}): IdentifyResult {
  const limit = Math.max(
    1,
    Math.min(MAX_IDENTIFY_LIMIT, Math.floor(options.limit ?? DEFAULT_IDENTIFY_LIMIT)),
  );
  const follow = options.follow ?? nonEmpty;
  const edges = wrapOf(universe.space);
  const read = (window: CellRect | null) => readFrame(universe, follow, window, edges);
  const start = read(null);
  const window = options.fresh ? start.box : null;
  const shapes = new Map<string, number>();
  const homeSeen = new Map<string, number>();
  const homeKeys: string[] = [];
  const populations: number[] = [];
  let frame = window ? read(window) : start;
  let generation = 0;
  const outgrown = OUTGROWN_CELLS + 16 * start.xs.length;
  let outgrew: number | undefined;
  let kept: Frame[] | null = [];
  let keptCells = 0;
  for (;;) {
    if (!frame.box) {
      return {
        kind: "empty",
        limit,
        generations: generation,
        diesAt: generation,
        population: rangeOf(populations.length > 0 ? populations : [0]),
        box: start.box,
      };
    }
    populations[generation] = frame.xs.length;
    homeKeys[generation] = frame.windowKey;
    if (kept) {
      kept[generation] = frame;
      keptCells += frame.xs.length;
      if (keptCells > MAX_KEPT_CELLS) kept = null;
    }
    const seen = shapes.get(frame.shapeKey);
    if (seen === undefined) shapes.set(frame.shapeKey, generation);
    else if (kept) {
      const frames = kept.slice(seen, generation + 1);
      const periodic = measurePeriod(
        universe.space,
        frames,
        seen,
        generation,
        start.box,
        limit,
        options.name,
      );
      if (periodic) return periodic;
      // A 64-bit collision: the shape is remembered at its latest generation.
      shapes.set(frame.shapeKey, generation);
    } else {
      const periodic = runPeriod(
        universe,
        () => read(null),
        frame,
        seen,
        generation,
        start.box,
        limit,
        options.name,
      );
      if (periodic) return periodic;
      // A 64-bit collision (or a bounded plane's walls): go on from where the check left off.
      generation += generation - seen;
      frame = read(window);
      continue;
    }
    if (window && options.fresh) {
      const gun = gunAt(generation, frame, window, homeSeen, homeKeys, populations);
      if (gun) {
        return {
          kind: "gun",
          limit,
          generations: generation,
          period: gun.period,
          population: rangeOf(populations.slice(generation - gun.period + 1)),
          box: start.box,
          emits: {
            period: gun.period,
            growth: gun.growth,
            object: findEmission(frame, window, options.fresh, follow, options.name),
          },
        };
      }
    }
    if (generation >= limit) break;
    if (frame.xs.length > outgrown) {
      outgrew = frame.xs.length;
      break;
    }
    universe.step(1n);
    generation++;
    if (generation % 64 === 0) options.onProgress?.(generation, limit);
    frame = read(window);
  }
  const growth = steadyGrowth(populations);
  return {
    kind: growth ? "growing" : "not periodic",
    limit,
    generations: generation,
    population: rangeOf(populations),
    box: start.box,
    ...(growth && { growth }),
    ...(outgrew !== undefined && { outgrew }),
  };
}

/**
 * The period that a repeat of the shape at `generation` (first seen at `seen`) suggests, run
 * once more and checked cell by cell; its figures are measured on that run. Null when the next
 * period does not repeat the same way (the universe is then `period` generations on).
 */
function runPeriod(
  universe: Universe,
  read: () => Frame,
  first: Frame,
  seen: number,
  generation: number,
  box: CellRect | null,
  limit: number,
  name: Namer | undefined,
): IdentifyResult | null {
  const period = generation - seen;
  const frames: Frame[] = [first];
  for (let t = 1; t <= period; t++) {
    universe.step(1n);
    frames.push(read());
  }
  return measurePeriod(universe.space, frames, seen, generation + period, box, limit, name);
}

/**
 * The figures of one period, from its frames (one a generation, the first repeated at the
 * last), of a cycle that starts at generation `startsAt`, found by running to `runTo`; null
 * unless the last frame is the first's shape, cell by cell.
 */
function measurePeriod(
  space: Space,
  frames: readonly Frame[],
  startsAt: number,
  runTo: number,
  box: CellRect | null,
  limit: number,
  name: Namer | undefined,
): IdentifyResult | null {
  const result = measureCycle(space, frames, startsAt, runTo, box, limit);
  const phases = result && name ? phaseKeys(frames.slice(0, -1)) : undefined;
  if (!result || !phases || !name) return result;
  const named = name({ ...result, shapeKey: canonicalShape(phases) }, phases);
  return { ...result, shapeKey: canonicalShape(phases), ...(named && { name: named }) };
}

function measureCycle(
  space: Space,
  frames: readonly Frame[],
  startsAt: number,
  runTo: number,
  box: CellRect | null,
  limit: number,
): IdentifyResult | null {
  const period = frames.length - 1;
  const first = frames[0] as Frame;
  const last = frames[period] as Frame;
  const edges = wrapOf(space);
  if (!sameShape(first, last, edges) || !first.shape || !last.shape) return null;
  const cycle = frames.slice(0, period);
  const moved = wrap(edges, last.shape.x - first.shape.x, last.shape.y - first.shape.y);
  const common = {
    limit,
    generations: runTo,
    period,
    startsAt,
    population: rangeOf(cycle.map((f) => f.xs.length)),
    box,
    heat: heatOf(frames),
  };
  if (moved.dx === 0 && moved.dy === 0) {
    const union = unionBox(cycle) as CellRect;
    const periodBox = { width: union.width, height: union.height };
    if (period === 1) return { kind: "still life", ...common, periodBox };
    const cells = cellPeriods(cycle);
    return { kind: "oscillator", ...common, periodBox, ...(cells && { cells }) };
  }
  return {
    kind: "spaceship",
    ...common,
    displacement: { dx: moved.dx, dy: moved.dy },
    speed: formatSpeed(period, moved.dx, moved.dy),
    ...(moved.wraps && { wraps: true }),
    periodBox: {
      width: Math.max(...cycle.map((f) => f.shape?.width ?? 0)),
      height: Math.max(...cycle.map((f) => f.shape?.height ?? 0)),
    },
  };
}

/**
 * A gun at `generation`: the cells in its starting box (`window`) repeat with some period p, as
 * they have for GUN_PERIODS periods, while the whole grows by the same number of cells every p.
 */
function gunAt(
  generation: number,
  frame: Frame,
  window: CellRect,
  homeSeen: Map<string, number>,
  homeKeys: readonly string[],
  populations: readonly number[],
): { period: number; growth: number } | null {
  const last = homeSeen.get(frame.windowKey);
  homeSeen.set(frame.windowKey, generation);
  if (last === undefined || window.width * window.height === 0) return null;
  const period = generation - last;
  if (generation - GUN_PERIODS * period < 0) return null;
  const at = (g: number) => populations[g] as number;
  const growth = at(generation) - at(generation - period);
  if (growth <= 0) return null;
  for (let k = 1; k < GUN_PERIODS; k++) {
    if (at(generation - k * period) - at(generation - (k + 1) * period) !== growth) return null;
  }
  for (let g = generation - (GUN_PERIODS - 1) * period + 1; g <= generation; g++) {
    if (homeKeys[g] !== homeKeys[g - period]) return null;
  }
  return { period, growth };
}

/** Which of a space's axes wrap round, and after how many cells: a torus's both, a tube's one. */
function wrapOf(space: Space): Wrap {
  if (space.kind === "infinite" || space.kind === "plane") return {};
  if (space.kind === "tube") {
    if (space.topology !== "torus") return {};
    return space.axis === "x" ? { height: space.size } : { width: space.size };
  }
  return { width: space.width, height: space.height };
}

/**
 * A displacement as seen on a surface whose edges join (a torus, a tube): it is only known
 * modulo the grid, and the nearest way round is taken.
 */
function wrap(edges: Wrap, dx: number, dy: number): { dx: number; dy: number; wraps: boolean } {
  return {
    dx: edges.width ? nearest(dx, edges.width) : dx,
    dy: edges.height ? nearest(dy, edges.height) : dy,
    wraps: edges.width !== undefined || edges.height !== undefined,
  };
}

/** `d` modulo `n`, in (-n/2, n/2]. */
function nearest(d: number, n: number): number {
  const r = ((d % n) + n) % n;
  return r > n / 2 ? r - n : r;
}

export function rangeOf(populations: readonly number[]): PopulationRange {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const n of populations) {
    min = Math.min(min, n);
    max = Math.max(max, n);
    sum += n;
  }
  return { min, max, average: sum / populations.length };
}
