import type { DensityPicture } from "../universe/Universe.ts";
import { type CellImage, mix, toPixel } from "./CellImage.ts";

const images = new WeakMap<DensityPicture, CellImage>();
const shadesFor = new Map<string, Uint32Array>();

/**
 * The 256 shades of a picture: empty for 0, then from a third of the way to alive (a pixel
 * holding a single live cell among 2^60 must still catch the eye) up to alive for 255.
 */
function pictureShades(empty: number, alive: number): Uint32Array {
  const shades = new Uint32Array(256);
  shades[0] = toPixel(empty);
  for (let v = 1; v < 256; v++)
    shades[v] = toPixel(mix(empty, alive, 1 / 3 + (2 / 3) * Math.sqrt(v / 255)));
  return shades;
}

/**
 * A density picture as pixels to blit: each pixel's live fraction (1..255) blends empty into
 * alive as a bounded grid's zoomed-out pixels do, from a visible floor, so that a lone cell
 * far out shows as surely as a dense region.
 * Made once per picture (the renderer draws the same picture in many frames while panning).
 */
export function pictureImage(picture: DensityPicture, empty: number, alive: number): CellImage {
  const made = images.get(picture);
  if (made) return made;
  const key = `${empty}:${alive}`;
  let shades = shadesFor.get(key);
  if (!shades) {
    shades = pictureShades(empty, alive);
    shadesFor.set(key, shades);
  }
  const { width, height, pixels } = picture;
  const data = new Uint32Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = shades[pixels[i] as number] as number;
  const image = { width, height, data };
  images.set(picture, image);
  return image;
}
