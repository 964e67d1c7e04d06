import type { Frame } from "./readFrame.ts";

/**
 * Cells changing state between consecutive frames, averaged over `frames.length - 1` steps:
 * LifeViewer's heat. A cell changes when it is born, dies, or (in a multi-state rule) moves to
 * another state. Both frames list their cells in row order, so one merge finds them.
 */
export function heatOf(frames: readonly Frame[]): number {
  if (frames.length < 2) return 0;
  let changes = 0;
  for (let t = 1; t < frames.length; t++) {
    changes += changesBetween(frames[t - 1] as Frame, frames[t] as Frame);
  }
  return changes / (frames.length - 1);
}

export function changesBetween(a: Frame, b: Frame): number {
  let i = 0;
  let j = 0;
  let changes = 0;
  while (i < a.xs.length && j < b.xs.length) {
    const order =
      (a.ys[i] as number) - (b.ys[j] as number) || (a.xs[i] as number) - (b.xs[j] as number);
    if (order === 0) {
      if (a.states[i] !== b.states[j]) changes++;
      i++;
      j++;
    } else if (order < 0) {
      changes++;
      i++;
    } else {
      changes++;
      j++;
    }
  }
  return changes + (a.xs.length - i) + (b.xs.length - j);
}
