import type { CellImage } from "./CellImage.ts";
import type { Blit, Canvas2D } from "./drawScene.ts";

/** Cell images kept on canvases at once: a frame blits the world's picture and the period map. */
const KEPT = 2;

/**
 * The browser's Blit: a bitmap is drawn as it is; a cell image goes onto a canvas of its own
 * one pixel per cell (or block) first, and stays there while it is blitted frame after frame
 * (the last `KEPT` images), so an unchanged image is not put again. drawImage scales either,
 * with smoothing off so cells keep hard edges.
 */
export function createBlit(ctx: Canvas2D & Pick<CanvasRenderingContext2D, "drawImage">): Blit {
  /** Most recently used first. */
  const kept: { image: CellImage; canvas: OffscreenCanvas }[] = [];
  const put = (image: CellImage): OffscreenCanvas | undefined => {
    const at = kept.findIndex((entry) => entry.image === image);
    if (at >= 0) {
      const [entry] = kept.splice(at, 1);
      if (entry) kept.unshift(entry);
      return entry?.canvas;
    }
    // The least recently used canvas, when there are enough, else a new one.
    let canvas = kept.length >= KEPT ? kept.pop()?.canvas : undefined;
    if (!canvas || canvas.width < image.width || canvas.height < image.height) {
      canvas = new OffscreenCanvas(
        Math.max(1, image.width, canvas?.width ?? 0),
        Math.max(1, image.height, canvas?.height ?? 0),
      );
    }
    const context = canvas.getContext("2d");
    if (!context) return undefined;
    const pixels = new Uint8ClampedArray(
      image.data.buffer,
      image.data.byteOffset,
      image.width * image.height * 4,
    );
    context.putImageData(new ImageData(pixels, image.width, image.height), 0, 0);
    kept.unshift({ image, canvas });
    return canvas;
  };
  return (image, dx, dy, dw, dh) => {
    const source = "data" in image ? put(image) : image;
    if (source) ctx.drawImage(source, 0, 0, image.width, image.height, dx, dy, dw, dh);
  };
}
