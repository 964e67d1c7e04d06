import type { CellRect, DensityPicture } from "../Universe.ts";
import type { NodeStore } from "./NodeStore.ts";
import type { PlacedNode } from "./treeCells.ts";

/**
 * The density picture of `rect` at 2^scale cells a pixel, from the nodes' populations: a node
 * that falls inside one pixel adds its population without being opened, so a view of a huge
 * pattern costs about one node per pixel. A node no bigger than a pixel that straddles pixel
 * edges (the tree's nodes need not line up with the pixels: a pattern stamped at an odd place)
 * is split where they cross it, and every node of a level is split at the same place within it
 * (nodes of a level lie 2^level apart): so each distinct node's four parts are counted once and
 * remembered. Opening such nodes down to their cells instead took 52 s for the 20-cell breeder
 * at generation 2^30 fitted to the view.
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
  // Where pixel edges cross a node of each level, from its top left corner (0: none crosses).
  const mod = (a: number, m: number) => ((a % m) + m) % m;
  const splitX = (level: number) => mod(x0 - node.x, 2 ** level);
  const splitY = (level: number) => mod(y0 - node.y, 2 ** level);
  const memo = new Map<number, Float64Array>();
  /** A node's cells above-left, above-right, below-left and below-right of its level's split. */
  const partsOf = (id: number, level: number): Float64Array => {
    const key = id * 64 + level;
    const known = memo.get(key);
    if (known) return known;
    const parts = new Float64Array(4);
    const sx = splitX(level);
    const sy = splitY(level);
    if (store.isEmpty(id, level)) {
      // nothing
    } else if (level === 2) {
      for (let bit = 0; bit < 16; bit++) {
        if (((id >> bit) & 1) === 0) continue;
        const to = (bit >> 2 >= sy ? 2 : 0) + ((bit & 3) >= sx ? 1 : 0);
        parts[to] = (parts[to] as number) + 1;
      }
    } else {
      const half = 2 ** (level - 1);
      const children = [store.nw[id], store.ne[id], store.sw[id], store.se[id]] as number[];
      for (let c = 0; c < 4; c++) {
        const cx = (c & 1) * half;
        const cy = (c >> 1) * half;
        const child = children[c] as number;
        // Each axis: the child wholly left or above (0), right or below (1), or split (-1).
        const xs = sx <= cx ? 1 : sx >= cx + half ? 0 : -1;
        const ys = sy <= cy ? 1 : sy >= cy + half ? 0 : -1;
        if (xs >= 0 && ys >= 0) {
          parts[ys * 2 + xs] = (parts[ys * 2 + xs] as number) + store.population(child, level - 1);
          continue;
        }
        // Split where its own level splits: the same place, since nodes lie 2^level apart.
        const inner = partsOf(child, level - 1);
        for (let q = 0; q < 4; q++) {
          const to = (ys >= 0 ? ys : q >> 1) * 2 + (xs >= 0 ? xs : q & 1);
          parts[to] = (parts[to] as number) + (inner[q] as number);
        }
      }
    }
    memo.set(key, parts);
    return parts;
  };
  const visit = (id: number, level: number, x: number, y: number): void => {
    const size = 2 ** level;
    if (store.isEmpty(id, level) || x >= x1 || y >= y1 || x + size <= x0 || y + size <= y0) return;
    if (level <= scale && level > 2) {
      const px = Math.floor((x - x0) / side);
      const py = Math.floor((y - y0) / side);
      const qx = Math.floor((x + size - 1 - x0) / side);
      const qy = Math.floor((y + size - 1 - y0) / side);
      if (px >= 0 && py >= 0 && px === qx && py === qy) {
        counts[py * width + px] = (counts[py * width + px] as number) + store.population(id, level);
        return;
      }
      // Within 2x2 pixels: the parts left and right of, above and below, the edges crossing it.
      const parts = partsOf(id, level);
      const add = (i: number, j: number, count: number) => {
        if (count === 0 || i < 0 || j < 0 || i >= width || j >= height) return;
        counts[j * width + i] = (counts[j * width + i] as number) + count;
      };
      add(px, py, parts[0] as number);
      add(qx, py, parts[1] as number);
      add(px, qy, parts[2] as number);
      add(qx, qy, parts[3] as number);
      return;
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
