import type { CellRect, Universe } from "../Universe.ts";
import type { IdentifyResult } from "./IdentifyResult.ts";
import { identify, type Namer } from "./identify.ts";
import type { Frame } from "./readFrame.ts";

/** Generations an emitted object is run alone to identify it. */
const EMISSION_LIMIT = 1024;
/** Cells this close (in both directions) belong to the same object. */
const REACH = 2;

/**
 * What a gun sends out: the cells outside its starting box (`window`) split into objects (cells
 * within REACH of each other together), the one farthest from the box (the first to leave, clear
 * of the gun) put alone in a fresh universe and identified there.
 */
export function findEmission(
  frame: Frame,
  window: CellRect,
  fresh: () => Universe,
  follow: (state: number) => boolean,
  name: Namer | undefined,
): IdentifyResult {
  const outside: number[] = [];
  for (let i = 0; i < frame.xs.length; i++) {
    if (distance(frame.xs[i] as number, frame.ys[i] as number, window) > 0) outside.push(i);
  }
  const groups = groupsOf(frame, outside);
  let best: number[] = [];
  let bestDistance = -1;
  for (const group of groups) {
    const near = Math.min(
      ...group.map((i) => distance(frame.xs[i] as number, frame.ys[i] as number, window)),
    );
    if (near > bestDistance) {
      bestDistance = near;
      best = group;
    }
  }
  const universe = fresh();
  try {
    for (const i of best) {
      universe.set(frame.xs[i] as number, frame.ys[i] as number, frame.states[i] as number);
    }
    return identify(universe, { limit: EMISSION_LIMIT, follow, ...(name && { name }) });
  } finally {
    universe.dispose();
  }
}

/** How far (x, y) is outside `box`, in the larger of the two directions; 0 inside it. */
function distance(x: number, y: number, box: CellRect): number {
  const dx = x < box.x ? box.x - x : Math.max(0, x - (box.x + box.width - 1));
  const dy = y < box.y ? box.y - y : Math.max(0, y - (box.y + box.height - 1));
  return Math.max(dx, dy);
}

/** The cells at `indices` split into groups of cells within REACH of each other. */
function groupsOf(frame: Frame, indices: readonly number[]): number[][] {
  const at = new Map<string, number>();
  for (const i of indices) at.set(`${frame.xs[i]},${frame.ys[i]}`, i);
  const done = new Set<number>();
  const groups: number[][] = [];
  for (const first of indices) {
    if (done.has(first)) continue;
    const group: number[] = [];
    const queue = [first];
    done.add(first);
    while (queue.length > 0) {
      const i = queue.pop() as number;
      group.push(i);
      const x = frame.xs[i] as number;
      const y = frame.ys[i] as number;
      for (let dy = -REACH; dy <= REACH; dy++) {
        for (let dx = -REACH; dx <= REACH; dx++) {
          const j = at.get(`${x + dx},${y + dy}`);
          if (j !== undefined && !done.has(j)) {
            done.add(j);
            queue.push(j);
          }
        }
      }
    }
    groups.push(group);
  }
  return groups;
}
