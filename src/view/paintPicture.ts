import type { DensityPicture } from "../universe/Universe.ts";
import { mix, toPixel } from "./pixelColors.ts";

/** The two colours a density picture blends between, 0xRRGGBB as in the renderer's Theme. */
export interface PictureColors {
  readonly empty: number;
  readonly alive: number;
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

/**
 * A density picture's pixels in colour, one RGBA word each (as the renderer's CellImage holds
 * them): each pixel's live fraction (1..255) blends empty into alive as a bounded grid's
 * zoomed-out pixels do, from a visible floor, so that a lone cell far out shows as surely as a
 * dense region. Written into the start of `into` when it is big enough (the universe worker
 * paints every picture into one buffer), else into a new array.
 */
export function paintPicture(
  picture: DensityPicture,
  colors: PictureColors,
  into?: Uint32Array<ArrayBuffer>,
): Uint32Array<ArrayBuffer> {
  const shades = pictureShades(colors);
  const { width, height, pixels } = picture;
  const size = width * height;
  const data = into && into.length >= size ? into.subarray(0, size) : new Uint32Array(size);
  for (let i = 0; i < size; i++) data[i] = shades[pixels[i] as number] as number;
  return data;
}
