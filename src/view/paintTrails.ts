import { mix, toPixel } from "./pixelColors.ts";
import {
  ageOf,
  HISTORY_AGE,
  NEVER_ALIVE,
  TRAIL_GENERATIONS,
  type TrailFrame,
} from "./trailMemory.ts";

/** The colours of trails (see Theme.trail): painted only when a picture's colours have them. */
export interface TrailColors {
  readonly trail: number;
  readonly history: number;
}

const trailTables = new Map<string, Uint32Array>();

/**
 * The 256 pixels of an empty pixel's ages (see trailMemory): the trail colour one generation
 * after the cell died (and at 0, a cell that died within the generation), fading linearly into
 * the history tint over TRAIL_GENERATIONS, the history tint after, and `empty` where no cell
 * has lived.
 */
export function trailShades(empty: number, trails: TrailColors): Uint32Array {
  const key = `${empty}:${trails.trail}:${trails.history}`;
  const made = trailTables.get(key);
  if (made) return made;
  const table = new Uint32Array(256);
  for (let age = 0; age < 256; age++) {
    const t = Math.max(0, age - 1) / TRAIL_GENERATIONS;
    table[age] = toPixel(
      age > TRAIL_GENERATIONS ? trails.history : mix(trails.trail, trails.history, t),
    );
  }
  table[HISTORY_AGE] = toPixel(trails.history);
  table[NEVER_ALIVE] = toPixel(empty);
  if (trailTables.size > 16) trailTables.clear();
  trailTables.set(key, table);
  return table;
}

/** Four pixels' ages, all NEVER_ALIVE, read as one 32-bit word. */
const NEVER_FOUR = 0xffffffff;

/**
 * Paints `pixels` (a picture's densities or states) into `data` with trails, ageing them in the
 * same pass (`frame`, see TrailFrame): a live pixel in its shade from `shades`, an empty one
 * in its age's from `trail`. Branch-free (as ageOf) but for one test a word of four pixels:
 * four empty pixels where nothing ever lived, most of a sparse pattern's view, are empty
 * without ageing.
 */
export function paintTrails(
  pixels: Uint8Array,
  shades: Uint32Array,
  trail: Uint32Array,
  { ages, step }: TrailFrame,
  data: Uint32Array,
): void {
  const size = data.length;
  const none = trail[NEVER_ALIVE] as number;
  const aligned = pixels.byteOffset % 4 === 0 && ages.byteOffset % 4 === 0;
  const words = aligned ? size >> 2 : 0;
  const pixelWords = new Uint32Array(pixels.buffer, pixels.byteOffset, words);
  const ageWords = new Uint32Array(ages.buffer, ages.byteOffset, words);
  // Words of four pixels: four empty pixels where nothing ever lived are left empty at once.
  for (let w = 0; w < words; w++) {
    const i = w << 2;
    if (pixelWords[w] === 0 && ageWords[w] === NEVER_FOUR) {
      data[i] = none;
      data[i + 1] = none;
      data[i + 2] = none;
      data[i + 3] = none;
    } else paintPixels(pixels, shades, trail, ages, step, data, i, i + 4);
  }
  paintPixels(pixels, shades, trail, ages, step, data, words << 2, size);
}

/** Pixels `from` to `to` (not included), each aged and painted, branch-free (see ageOf). */
function paintPixels(
  pixels: Uint8Array,
  shades: Uint32Array,
  trail: Uint32Array,
  ages: Uint8Array,
  step: Uint8Array,
  data: Uint32Array,
  from: number,
  to: number,
): void {
  for (let i = from; i < to; i++) {
    const pixel = pixels[i] as number;
    // All ones for an empty pixel, which takes its age's shade.
    const empty = (pixel - 1) >> 8;
    const age = ageOf(pixel, ages[i] as number, step);
    ages[i] = age;
    data[i] = ((shades[pixel] as number) & ~empty) | ((trail[age] as number) & empty);
  }
}
