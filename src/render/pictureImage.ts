import type { DensityPicture } from "../universe/Universe.ts";
import { paintPicture } from "../view/paintPicture.ts";
import type { CellImage } from "./CellImage.ts";

const images = new WeakMap<DensityPicture, CellImage>();

/**
 * A density picture as pixels to blit (see `paintPicture`), for a picture that came without
 * the worker's bitmap (a universe on the page's thread). Made once per picture: the renderer
 * draws the same picture in many frames while panning. `states` colours a multi-state picture
 * (see PictureColors.states).
 */
export function pictureImage(
  picture: DensityPicture,
  empty: number,
  alive: number,
  states?: readonly number[],
): CellImage {
  const made = images.get(picture);
  if (made) return made;
  const image = {
    width: picture.width,
    height: picture.height,
    data: paintPicture(picture, { empty, alive, ...(states && { states }) }),
  };
  images.set(picture, image);
  return image;
}
