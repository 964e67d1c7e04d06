import type { DensityPicture } from "../../universe/Universe.ts";
import { type PictureColors, paintPicture } from "../../view/paintPicture.ts";
import { createTrailMemory, type TrailClock } from "../../view/trailMemory.ts";

/** Paints a picture made at `clock` in `colors` (see UniverseHostOptions.paint). */
export type BitmapPainter = (
  picture: DensityPicture,
  colors: PictureColors,
  clock: TrailClock,
) => ImageBitmap | undefined;

/**
 * The universe worker's painter (see UniverseHostOptions.paint): a picture in colour as an
 * ImageBitmap, made synchronously (so the reply keeps its place among the others) on one
 * OffscreenCanvas and one pixel buffer reused from picture to picture. Converting and
 * uploading a screenful of pixels cost the page's thread up to a frame's time; here it costs
 * the worker's. While the colours ask for trails it keeps the cell history behind them (see
 * createTrailMemory), aged by each picture's `clock`: every picture of the view passes here.
 * Undefined where there is no OffscreenCanvas; a picture with no pixels gets no bitmap.
 */
export function createBitmapPainter(): BitmapPainter | undefined {
  if (typeof OffscreenCanvas === "undefined") return undefined;
  let canvas: OffscreenCanvas | undefined;
  let ctx: OffscreenCanvasRenderingContext2D | null = null;
  let buffer = new Uint32Array(0);
  const trails = createTrailMemory();
  return (picture, colors, clock) => {
    const { width, height } = picture;
    const size = width * height;
    if (size === 0) return undefined;
    if (!canvas || canvas.width !== width || canvas.height !== height) {
      canvas = new OffscreenCanvas(width, height);
      ctx = canvas.getContext("2d");
    }
    if (!ctx) return undefined;
    if (buffer.length < size) buffer = new Uint32Array(size);
    if (!colors.trails) trails.reset();
    const frame = colors.trails ? trails.frame(picture, clock) : undefined;
    const data = paintPicture(picture, colors, buffer, frame);
    const rgba = new Uint8ClampedArray(data.buffer, 0, size * 4);
    ctx.putImageData(new ImageData(rgba, width, height), 0, 0);
    return canvas.transferToImageBitmap();
  };
}
