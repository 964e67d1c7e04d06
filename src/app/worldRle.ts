import { PackedCells } from "../engine/index.ts";
import { parsePattern, writePackedRle } from "../formats/index.ts";
import { parseRule } from "../rules/index.ts";
import type { GridWorld } from "../store/LifeState.ts";
import { stampPacked } from "../universe/stampPacked.ts";
import { isSavedBy, worldRleComments, worldRleRule } from "../worker/codec/index.ts";

/**
 * The whole grid as RLE, its rule carrying Golly's bounded-grid suffix (`:T120,80` or
 * `:P120,80`) so Golly, LifeViewer and this app reopen it at the same size and topology, with
 * the opened file's comments (see worldRleComments). Written from the packed words on this
 * thread; the codec worker writes the same text off it (encodeRleOffThread).
 */
export function worldToRle(state: GridWorld): string {
  const decoder = new TextDecoder();
  let text = "";
  writePackedRle(state.cells, (chunk) => (text += decoder.decode(chunk, { stream: true })), {
    rule: worldRleRule(state),
    comments: worldRleComments(state),
  });
  return text + decoder.decode();
}

/** Reads back what worldToRle wrote (or any pattern whose rule has a bounded-grid suffix). */
export function worldFromRle(text: string): GridWorld {
  const pattern = parsePattern(text);
  const { rule, bounds } = parseRule(pattern.rule ?? "B3/S23");
  const width = bounds?.width ?? pattern.width;
  const height = bounds?.height ?? pattern.height;
  const cells = new PackedCells(width, height);
  // A pattern larger than its suffix's grid loses what lies past it, on a torus too.
  stampPacked(cells, "plane", pattern, 0, 0);
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
    patternName,
    comments,
  };
}
