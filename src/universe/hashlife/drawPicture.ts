import type { CellRect, DensityPicture } from "../Universe.ts";
import type { NodeStore } from "./NodeStore.ts";
import type { PlacedNode } from "./treeCells.ts";

/**
 * The density picture of `rect` at 2^scale cells a pixel, from the nodes' populations: a node
 * that falls inside one pixel adds its population without being opened, so a view of a huge
 * pattern costs about one node per pixel. Only nodes that straddle a pixel edge are opened (none
 * when rect.x and rect.y are multiples of 2^scale).
 */
export function drawPicture(
  store: NodeStore,
  node: PlacedNode,
  rect: CellRect,
  scale: number,
): DensityPicture {
  const side = 2 ** scale;
  const width = Math.max(0, Math.ceil(rect.width / side));
  const height = Math.max(0, Math.ceil(rect.height / side));
  const counts = new Float64Array(width * height);
  const x0 = rect.x;
  const y0 = rect.y;
  const x1 = x0 + width * side;
  const y1 = y0 + height * side;
  const visit = (id: number, level: number, x: number, y: number): void => {
    const size = 2 ** level;
    if (store.isEmpty(id, level) || x >= x1 || y >= y1 || x + size <= x0 || y + size <= y0) return;
    if (level <= scale) {
      const px = Math.floor((x - x0) / side);
      const py = Math.floor((y - y0) / side);
      if (
        px >= 0 &&
        py >= 0 &&
        px === Math.floor((x + size - 1 - x0) / side) &&
        py === Math.floor((y + size - 1 - y0) / side)
      ) {
        counts[py * width + px] = (counts[py * width + px] as number) + store.population(id, level);
        return;
      }
    }
    if (level === 2) {
      for (let bit = 0; bit < 16; bit++) {
        if (((id >> bit) & 1) === 0) continue;
        const cx = x + (bit & 3);
        const cy = y + (bit >> 2);
        if (cx < x0 || cx >= x1 || cy < y0 || cy >= y1) continue;
        const index = Math.floor((cy - y0) / side) * width + Math.floor((cx - x0) / side);
        counts[index] = (counts[index] as number) + 1;
      }
      return;
    }
    const half = size / 2;
    visit(store.nw[id] as number, level - 1, x, y);
    visit(store.ne[id] as number, level - 1, x + half, y);
    visit(store.sw[id] as number, level - 1, x, y + half);
    visit(store.se[id] as number, level - 1, x + half, y + half);
  };
  visit(node.id, node.level, node.x, node.y);
  const full = side * side;
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    if (count === 0) continue;
    pixels[i] = count >= full ? 255 : Math.max(1, Math.ceil((count * 255) / full));
  }
  return { x: rect.x, y: rect.y, scale, width, height, pixels };
}
