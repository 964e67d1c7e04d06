import type { CellRect } from "../Universe.ts";
import type { NodeStore } from "./NodeStore.ts";

/** A node placed on the plane: `x`, `y` are the user coordinates of its top-left cell. */
export interface PlacedNode {
  readonly id: number;
  readonly level: number;
  readonly x: number;
  readonly y: number;
}

/** The state (0 or 1) of the cell at (x, y) relative to the top-left of node `id`. */
export function getCell(store: NodeStore, id: number, level: number, x: number, y: number): number {
  let node = id;
  let l = level;
  let cx = x;
  let cy = y;
  while (l > 2) {
    if (store.isEmpty(node, l)) return 0;
    const half = 2 ** (l - 1);
    const east = cx >= half;
    const south = cy >= half;
    if (east) cx -= half;
    if (south) cy -= half;
    node = (south ? (east ? store.se : store.sw) : east ? store.ne : store.nw)[node] as number;
    l--;
  }
  return (node >> (4 * cy + cx)) & 1;
}

/** Node `id` with the cell at (x, y) from its top-left set to `state` (0 or 1). */
export function setCell(
  store: NodeStore,
  id: number,
  level: number,
  x: number,
  y: number,
  state: number,
): number {
  if (level === 2) {
    const bit = 1 << (4 * y + x);
    return state === 0 ? id & ~bit : id | bit;
  }
  const half = 2 ** (level - 1);
  const east = x >= half;
  const south = y >= half;
  const cx = east ? x - half : x;
  const cy = south ? y - half : y;
  let a = store.nw[id] as number;
  let b = store.ne[id] as number;
  let c = store.sw[id] as number;
  let d = store.se[id] as number;
  if (south) {
    if (east) d = setCell(store, d, level - 1, cx, cy, state);
    else c = setCell(store, c, level - 1, cx, cy, state);
  } else if (east) b = setCell(store, b, level - 1, cx, cy, state);
  else a = setCell(store, a, level - 1, cx, cy, state);
  return store.join(level, a, b, c, d);
}

type Side = "left" | "right" | "top" | "bottom";

/**
 * The offset from the node's top-left of its extreme live column (left, right) or row (top,
 * bottom), or -1 when it is empty. Memoised per node, so shared subtrees are visited once.
 */
function edge(store: NodeStore, root: number, rootLevel: number, side: Side): number {
  const memo = new Map<number, number>();
  const horizontal = side === "left" || side === "right";
  const low = side === "left" || side === "top";
  const find = (id: number, level: number): number => {
    if (store.isEmpty(id, level)) return -1;
    if (level === 2) {
      let best = -1;
      for (let i = 0; i < 4; i++) {
        const line = horizontal ? 0x1111 << i : 0xf << (4 * i);
        if ((id & line) !== 0 && (best < 0 || !low)) best = i;
        if (best >= 0 && low) break;
      }
      return best;
    }
    const known = memo.get(id);
    if (known !== undefined) return known;
    const half = 2 ** (level - 1);
    // Children nearer the side first, then the far ones offset by half.
    const [near1, near2, far1, far2] = horizontal
      ? low
        ? [store.nw, store.sw, store.ne, store.se]
        : [store.ne, store.se, store.nw, store.sw]
      : low
        ? [store.nw, store.ne, store.sw, store.se]
        : [store.sw, store.se, store.nw, store.ne];
    const nearOffset = low ? 0 : half;
    const farOffset = low ? half : 0;
    const pick = (p: number, q: number): number =>
      p < 0 ? q : q < 0 ? p : low ? Math.min(p, q) : Math.max(p, q);
    let result = pick(find(near1[id] as number, level - 1), find(near2[id] as number, level - 1));
    if (result >= 0) result += nearOffset;
    else {
      result = pick(find(far1[id] as number, level - 1), find(far2[id] as number, level - 1));
      result += farOffset;
    }
    memo.set(id, result);
    return result;
  };
  return find(root, rootLevel);
}

/** The bounding box of the live cells of a placed node, or null when it is empty. */
export function boundsOf(store: NodeStore, node: PlacedNode): CellRect | null {
  if (store.isEmpty(node.id, node.level)) return null;
  const left = edge(store, node.id, node.level, "left");
  const right = edge(store, node.id, node.level, "right");
  const top = edge(store, node.id, node.level, "top");
  const bottom = edge(store, node.id, node.level, "bottom");
  return { x: node.x + left, y: node.y + top, width: right - left + 1, height: bottom - top + 1 };
}

/** The live cells of a placed node inside `rect` (all when absent), in row order. */
export function liveCells(
  store: NodeStore,
  node: PlacedNode,
  rect?: CellRect,
): Array<readonly [number, number, number]> {
  const found: Array<readonly [number, number, number]> = [];
  const x0 = rect ? rect.x : Number.NEGATIVE_INFINITY;
  const y0 = rect ? rect.y : Number.NEGATIVE_INFINITY;
  const x1 = rect ? rect.x + rect.width : Number.POSITIVE_INFINITY;
  const y1 = rect ? rect.y + rect.height : Number.POSITIVE_INFINITY;
  const visit = (id: number, level: number, x: number, y: number): void => {
    const size = 2 ** level;
    if (store.isEmpty(id, level) || x >= x1 || y >= y1 || x + size <= x0 || y + size <= y0) return;
    if (level === 2) {
      for (let bit = 0; bit < 16; bit++) {
        if (((id >> bit) & 1) === 0) continue;
        const cx = x + (bit & 3);
        const cy = y + (bit >> 2);
        if (cx >= x0 && cx < x1 && cy >= y0 && cy < y1) found.push([cx, cy, 1]);
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
  return found.sort((p, q) => p[1] - q[1] || p[0] - q[0]);
}
