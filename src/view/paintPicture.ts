import type { DensityPicture } from "../universe/Universe.ts";
import { paintTrails, type TrailColors, trailShades } from "./paintTrails.ts";
import { mix, toPixel } from "./pixelColors.ts";
import { gollyGradient } from "./stateColors.ts";
import type { TrailFrame } from "./trailMemory.ts";

export type { TrailColors };

/**
 * The two colours a density picture blends between, 0xRRGGBB as in the renderer's Theme, and
 * for multi-state pictures the colour of each state (see stateColors).
 */
export interface PictureColors {
  readonly empty: number;
  readonly alive: number;
  /** One 0xRRGGBB a state, index = state; a multi-state picture is drawn with these. */
  readonly states?: readonly number[];
  /** Present while trails are shown: empty pixels are painted by their age (see trailMemory). */
  readonly trails?: TrailColors;
}

const shadesFor = new Map<string, Uint32Array>();

/**
 * The 256 shades of a picture: empty for 0, then from a third of the way to alive (a pixel
 * holding a single live cell among 2^60 must still catch the eye) up to alive for 255.
 */
function pictureShades({ empty, alive }: PictureColors): Uint32Array {
  const key = `${empty}:${alive}`;
  const made = shadesFor.get(key);
  if (made) return made;
  const shades = new Uint32Array(256);
  shades[0] = toPixel(empty);
  for (let v = 1; v < 256; v++)
    shades[v] = toPixel(mix(empty, alive, 1 / 3 + (2 / 3) * Math.sqrt(v / 255)));
  shadesFor.set(key, shades);
  return shades;
}

const tablesFor = new Map<string, Uint32Array>();

/**
 * The 256 pixels of a multi-state picture's states: `colors.states` where it has the state, and
 * where it has none (a picture of a rule the page has not told its colours yet) Golly's
 * Generations gradient over the picture's `states`; past the last state, alive.
 */
function stateTable(colors: PictureColors, states: number): Uint32Array {
  const given = colors.states ?? [];
  const key = `${colors.empty}:${colors.alive}:${states}:${given.join(",")}`;
  const made = tablesFor.get(key);
  if (made) return made;
  // A two-state rule held a byte a cell (Larger than Life's C0, a user's rule that did not
  // compile) draws its live cells as every two-state rule does.
  const gradient =
    states > 2
      ? [colors.empty, ...gollyGradient(0xff0000, 0xffff00, states - 1)]
      : [colors.empty, colors.alive];
  const table = new Uint32Array(256);
  for (let state = 0; state < 256; state++) {
    table[state] = toPixel(given[state] ?? gradient[state] ?? colors.alive);
  }
  if (tablesFor.size > 64) tablesFor.clear();
  tablesFor.set(key, table);
  return table;
}

/**
 * A density picture's pixels in colour, one RGBA word each (as the renderer's CellImage holds
 * them): each pixel's live fraction (1..255) blends empty into alive as a bounded grid's
 * zoomed-out pixels do, from a visible floor, so that a lone cell far out shows as surely as a
 * dense region. A multi-state picture's pixels are states, each drawn in its state's colour
 * (see PictureColors.states). With a trail frame (the picture's, from a TrailMemory) and trail
 * colours, the same pass ages the trails (see ageOf) and paints each empty pixel by its age
 * (see trailShades). Written into the start of `into` when it is big enough (the universe
 * worker paints every picture into one buffer), else into a new array.
 */
export function paintPicture(
  picture: DensityPicture,
  colors: PictureColors,
  into?: Uint32Array<ArrayBuffer>,
  trails?: TrailFrame,
): Uint32Array<ArrayBuffer> {
  const shades =
    picture.states === undefined ? pictureShades(colors) : stateTable(colors, picture.states);
  const { width, height, pixels } = picture;
  const size = width * height;
  const data = into && into.length >= size ? into.subarray(0, size) : new Uint32Array(size);
  if (trails && colors.trails && trails.ages.length >= size) {
    paintTrails(pixels, shades, trailShades(colors.empty, colors.trails), trails, data);
    return data;
  }
  for (let i = 0; i < size; i++) data[i] = shades[pixels[i] as number] as number;
  return data;
}
