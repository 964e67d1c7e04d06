import type { CellRect, DensityPicture } from "../universe/Universe.ts";

/** Generations a trail takes to fade from the trail colour into the history tint. */
export const TRAIL_GENERATIONS = 32;
/** The age of a pixel that has been empty longer than a trail lasts, but was once alive. */
export const HISTORY_AGE = 254;
/** The age of a pixel never alive since the trails were last reset. */
export const NEVER_ALIVE = 255;
/** The most generations one picture ages the trails by (past it, every trail has faded). */
const MOST_ELAPSED = HISTORY_AGE - 1;

/**
 * Where a picture stands in the world's history: its load or restore (`epoch`), the last edit
 * in it and its generation (a UniverseStatus has them).
 */
export interface TrailClock {
  readonly epoch: number;
  readonly editSeq: number;
  readonly generation: bigint;
}

/**
 * A picture's trail ages before it is painted, and the step that ages them: an empty pixel's
 * age becomes `step[age]`, a live pixel's 0 (see ageOf).
 */
export interface TrailFrame {
  readonly ages: Uint8Array;
  readonly step: Uint8Array;
}

/**
 * The age of a pixel holding `pixel` (a density or a state) that was `age`: 0 where it is
 * alive, else `step[age]`. Branch-free (pixels are noise to a branch predictor): `(pixel - 1)
 * >> 8` is -1 for an empty pixel and 0 for a live one.
 */
export function ageOf(pixel: number, age: number, step: Uint8Array): number {
  return (step[age] as number) & ((pixel - 1) >> 8) & 0xff;
}

interface Held extends CellRect {
  readonly scale: number;
  readonly ages: Uint8Array;
  readonly clock: TrailClock;
}

/**
 * The cell history behind trails: for each pixel of the latest picture, how many generations
 * it has been empty (as the painter leaves them, see TrailFrame), 0 while it is alive (1..TRAIL_GENERATIONS: a trail; HISTORY_AGE: dead
 * longer; NEVER_ALIVE). Ages follow generations, not pictures: a picture ages every empty pixel
 * by the generations since the last one (so a cell alive only between two pictures leaves no
 * trail). They stay with the cells when the view pans at the same scale (the pixels are moved;
 * those new to the view start never alive) and start again on a change of scale, of world
 * (epoch: a load, a restore, a rule or space changed), on an edit, and when the generation goes
 * back.
 */
export function createTrailMemory() {
  let held: Held | null = null;

  /** The held ages re-aligned to `picture`'s rectangle, or new ones where they cannot be. */
  const alignedTo = (picture: DensityPicture, clock: TrailClock): Uint8Array => {
    const { x, y, width, height, scale } = picture;
    const size = width * height;
    const kept =
      held !== null &&
      held.scale === scale &&
      held.clock.epoch === clock.epoch &&
      held.clock.editSeq === clock.editSeq &&
      clock.generation >= held.clock.generation;
    if (!kept || !held) return new Uint8Array(size).fill(NEVER_ALIVE);
    if (held.x === x && held.y === y && held.width === width && held.height === height) {
      return held.ages;
    }
    const cell = 2 ** scale;
    const dx = (held.x - x) / cell;
    const dy = (held.y - y) / cell;
    const ages = new Uint8Array(size).fill(NEVER_ALIVE);
    if (!Number.isInteger(dx) || !Number.isInteger(dy)) return ages;
    // The rows and columns both rectangles hold, copied a row at a time.
    const from = Math.max(0, dx);
    const to = Math.min(width, dx + held.width);
    for (let row = Math.max(0, dy); row < Math.min(height, dy + held.height); row++) {
      if (to <= from) break;
      const source = (row - dy) * held.width + (from - dx);
      ages.set(held.ages.subarray(source, source + (to - from)), row * width + from);
    }
    return ages;
  };

  return {
    /**
     * Takes in `picture`, made at `clock`: its pixels' ages as they were (re-aligned to it, or
     * new) and the step that moves them on by the generations since the last picture, for the
     * painter to apply as it paints (see paintPicture), in the one pass over the pixels. The
     * ages are the memory's own, valid until the next call.
     */
    frame(picture: DensityPicture, clock: TrailClock): TrailFrame {
      // New ages are all NEVER_ALIVE, which no elapsed time changes.
      const since = held ? clock.generation - held.clock.generation : 0n;
      const elapsed = since <= 0n ? 0 : since > BigInt(MOST_ELAPSED) ? MOST_ELAPSED : Number(since);
      const ages = alignedTo(picture, clock);
      const { x, y, width, height, scale } = picture;
      held = { x, y, width, height, scale, ages, clock };
      return { ages, step: stepOf(elapsed) };
    },
    /** Forgets every trail (trails turned off). */
    reset() {
      held = null;
    },
  };
}

export type TrailMemory = ReturnType<typeof createTrailMemory>;

const steps = new Map<number, Uint8Array>();

/** Each age after `elapsed` more generations empty, as a table: the ageing loop's one lookup. */
function stepOf(elapsed: number): Uint8Array {
  const made = steps.get(elapsed);
  if (made) return made;
  const step = new Uint8Array(256);
  for (let age = 0; age < 256; age++) {
    const next = age + elapsed;
    step[age] = age >= HISTORY_AGE ? age : next > TRAIL_GENERATIONS ? HISTORY_AGE : next;
  }
  steps.set(elapsed, step);
  return step;
}
