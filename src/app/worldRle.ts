import { PackedCells } from "../engine/index.ts";
import { parsePattern, writePackedRle } from "../formats/index.ts";
import { isTube, parseRule } from "../rules/index.ts";
import type { GridWorld } from "../store/LifeState.ts";
import { stampPacked } from "../universe/stampPacked.ts";
import {
  isSavedBy,
  worldRleComments,
  worldRleRule,
  worldStatesRle,
} from "../worker/codec/index.ts";

/**
 * The whole grid as RLE, its rule carrying Golly's bounded-grid suffix (`:T120,80` or
 * `:P120,80`) so Golly, LifeViewer and this app reopen it at the same size and topology, with
 * the opened file's comments (see worldRleComments). Written from the packed words on this
 * thread; the codec worker writes the same text off it (encodeRleOffThread). A multi-state
 * grid (its `states` given) is written from its bytes in Golly's multi-state letters.
 */
export function worldToRle(state: GridWorld): string {
  if (state.states) return worldStatesRle({ ...state, states: state.states });
  const decoder = new TextDecoder();
  let text = "";
  writePackedRle(state.cells, (chunk) => (text += decoder.decode(chunk, { stream: true })), {
    rule: worldRleRule(state),
    comments: worldRleComments(state),
  });
  return text + decoder.decode();
}

/**
 * Reads back what worldToRle wrote (or any pattern whose rule has a bounded-grid suffix).
 * Throws a RangeError for a tube or strip, which is no grid: it opens as the infinite plane's
 * patterns do (`openPattern`).
 */
export function worldFromRle(text: string): GridWorld {
  const pattern = parsePattern(text);
  const { rule, bounds: suffix } = parseRule(pattern.rule ?? "B3/S23");
  if (suffix && isTube(suffix)) {
    throw new RangeError(`rule "${pattern.rule}" names a tube or strip, not a bounded grid`);
  }
  const bounds = suffix;
  const width = bounds?.width ?? pattern.width;
  const height = bounds?.height ?? pattern.height;
  const cells = new PackedCells(width, height);
  // A pattern larger than its suffix's grid loses what lies past it, on a torus too.
  stampPacked(cells, "plane", pattern, 0, 0);
  const states = pattern.cells.some((state) => state > 1)
    ? clippedStates(pattern.cells, pattern.width, pattern.height, width, height)
    : undefined;
  const comments = pattern.comments.filter((comment) => !isSavedBy(comment));
  const patternName = comments.find((comment) => comment.kind === "N")?.text.trim() || null;
  return {
    width,
    height,
    topology: bounds?.topology ?? "torus",
    ...(bounds?.twist !== undefined && { twist: bounds.twist }),
    ...(bounds?.shift !== undefined && { shift: bounds.shift }),
    rule,
    cells,
    ...(states && { states }),
    patternName,
    comments,
  };
}

/** A `from` x `fromHeight` box of states on a `width` x `height` grid from its top-left, cut. */
function clippedStates(
  cells: Uint8Array,
  from: number,
  fromHeight: number,
  width: number,
  height: number,
): Uint8Array {
  const bytes = new Uint8Array(width * height);
  const columns = Math.min(from, width);
  for (let row = 0; row < Math.min(fromHeight, height); row++) {
    bytes.set(cells.subarray(row * from, row * from + columns), row * width);
  }
  return bytes;
}
