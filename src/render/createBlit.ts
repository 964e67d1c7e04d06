import type { CellImage } from "./CellImage.ts";
import type { Blit, Canvas2D } from "./drawScene.ts";

/**
 * The browser's Blit: a bitmap is drawn as it is; a cell image goes into a scratch canvas one
 * pixel per cell (or block) first. drawImage scales either, with smoothing off so cells keep
 * hard edges.
 */
export function createBlit(ctx: Canvas2D & Pick<CanvasRenderingContext2D, "drawImage">): Blit {
  let scratch: OffscreenCanvas | undefined;
  let scratchCtx: OffscreenCanvasRenderingContext2D | null = null;
  const put = (image: CellImage): OffscreenCanvas | undefined => {
    if (!scratch || scratch.width < image.width || scratch.height < image.height) {
      scratch = new OffscreenCanvas(Math.max(1, image.width), Math.max(1, image.height));
      scratchCtx = scratch.getContext("2d");
    }
    if (!scratchCtx) return undefined;
    const pixels = new Uint8ClampedArray(
      image.data.buffer,
      image.data.byteOffset,
      image.width * image.height * 4,
    );
    scratchCtx.putImageData(new ImageData(pixels, image.width, image.height), 0, 0);
    return scratch;
  };
  return (image, dx, dy, dw, dh) => {
    const source = "data" in image ? put(image) : image;
    if (source) ctx.drawImage(source, 0, 0, image.width, image.height, dx, dy, dw, dh);
  };
}
