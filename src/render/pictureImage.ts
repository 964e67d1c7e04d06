import type { DensityPicture } from "../universe/Universe.ts";
import { type CellImage, createShades } from "./rasterizeCells.ts";

const images = new WeakMap<DensityPicture, CellImage>();
const shadesFor = new Map<string, Uint32Array>();

/**
 * A density picture as pixels to blit: each pixel's live fraction (0..255) blends empty into
 * alive as a bounded grid's zoomed-out pixels do, so a sparse region far out stays visible.
 * Made once per picture (the renderer draws the same picture in many frames while panning).
 */
export function pictureImage(picture: DensityPicture, empty: number, alive: number): CellImage {
  const made = images.get(picture);
  if (made) return made;
  const key = `${empty}:${alive}`;
  let shades = shadesFor.get(key);
  if (!shades) {
    shades = createShades(empty, alive, 255);
    shadesFor.set(key, shades);
  }
  const { width, height, pixels } = picture;
  const data = new Uint32Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = shades[pixels[i] as number] as number;
  const image = { width, height, data };
  images.set(picture, image);
  return image;
}
