import type { CellImage } from "./CellImage.ts";
import type { Blit, Canvas2D } from "./drawScene.ts";

/**
 * The browser's Blit: puts the cell image into a scratch canvas one pixel per cell (or block)
 * and lets drawImage scale it, with smoothing off so cells keep hard edges.
 */
export function createBlit(ctx: Canvas2D & Pick<CanvasRenderingContext2D, "drawImage">): Blit {
  let scratch: OffscreenCanvas | undefined;
  let scratchCtx: OffscreenCanvasRenderingContext2D | null = null;
  return (image: CellImage, dx: number, dy: number, dw: number, dh: number) => {
    if (!scratch || scratch.width < image.width || scratch.height < image.height) {
      scratch = new OffscreenCanvas(Math.max(1, image.width), Math.max(1, image.height));
      scratchCtx = scratch.getContext("2d");
    }
    if (!scratchCtx) return;
    const pixels = new Uint8ClampedArray(
      image.data.buffer,
      image.data.byteOffset,
      image.width * image.height * 4,
    );
    scratchCtx.putImageData(new ImageData(pixels, image.width, image.height), 0, 0);
    ctx.drawImage(scratch, 0, 0, image.width, image.height, dx, dy, dw, dh);
  };
}
