import { createRandom } from "../engine/createRandom.ts";
import type { Pattern, PatternComment } from "./Pattern.ts";

/** What randomPattern may produce. */
export interface RandomPatternOptions {
  /** Smallest width and height (default 0). */
  readonly minSide?: number;
  /** Largest width and height (default 150, wide enough for multi-digit runs). */
  readonly maxSide?: number;
  /** Comment kinds to draw from (default a mix of RLE kinds). */
  readonly commentKinds?: readonly string[];
  /** Rules to draw from; undefined means none (default: none, B3/S23, a bounded grid rule). */
  readonly rules?: readonly (string | undefined)[];
  /** How many states a cell may be in (default 2); live cells draw a state from 1 up. */
  readonly states?: number;
}

const COMMENT_TEXTS = ["Glider", "", "  indented", "Name: not a name", "trailing  ", "x = 1"];

/**
 * Test helper: a pseudo-random pattern from `seed` (mulberry32), so that a failing round trip can
 * be replayed from the seed printed with the assertion.
 */
export function randomPattern(seed: number, options: RandomPatternOptions = {}): Pattern {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const minSide = options.minSide ?? 0;
  const maxSide = options.maxSide ?? 150;
  const width = minSide + Math.floor(random() * (maxSide - minSide + 1));
  const height = minSide + Math.floor(random() * (maxSide - minSide + 1));
  const density = pick([0, 0.01, 0.05, 0.3, 0.7, 0.97]);
  const cells = new Uint8Array(width * height);
  const states = options.states ?? 2;
  for (let i = 0; i < cells.length; i++) {
    if (random() >= density) continue;
    // Runs of one state as well as mixed ones: half the patterns use only a few states.
    cells[i] =
      states === 2 ? 1 : 1 + Math.floor(random() ** (density > 0.5 ? 4 : 1) * (states - 1));
  }
  const kinds = options.commentKinds ?? ["N", "C", "c", "O", "P", "R", ""];
  const comments: PatternComment[] = [];
  const commentCount = Math.floor(random() * 4);
  for (let i = 0; i < commentCount; i++)
    comments.push({ kind: pick(kinds), text: pick(COMMENT_TEXTS) });
  const rule = pick(options.rules ?? [undefined, "B3/S23", "B36/S23:T64,48"]);
  return rule === undefined
    ? { width, height, cells, comments }
    : { width, height, cells, rule, comments };
}
