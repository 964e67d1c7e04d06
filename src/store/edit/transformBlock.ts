import type { CellBlock } from "./CellBlock.ts";

export type BlockTransform =
  | "rotate-clockwise"
  | "rotate-anticlockwise"
  | "flip-horizontal"
  | "flip-vertical";

/** The block rotated a quarter turn or mirrored; rotation swaps width and height. */
export function transformBlock(block: CellBlock, transform: BlockTransform): CellBlock {
  const { width, height, cells } = block;
  const rotates = transform === "rotate-clockwise" || transform === "rotate-anticlockwise";
  const outWidth = rotates ? height : width;
  const outHeight = rotates ? width : height;
  const out = new Uint8Array(cells.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [nx, ny] = destination(transform, x, y, width, height);
      out[ny * outWidth + nx] = cells[y * width + x] as number;
    }
  }
  return { width: outWidth, height: outHeight, cells: out };
}

function destination(
  transform: BlockTransform,
  x: number,
  y: number,
  width: number,
  height: number,
): [number, number] {
  switch (transform) {
    case "rotate-clockwise":
      return [height - 1 - y, x];
    case "rotate-anticlockwise":
      return [y, width - 1 - x];
    case "flip-horizontal":
      return [width - 1 - x, y];
    case "flip-vertical":
      return [x, height - 1 - y];
  }
}
