import { PackedCells } from "../engine/index.ts";
import { FormatError, type PatternComment, parsePattern, writeRle } from "../formats/index.ts";
import { formatRule, parseRule, RuleError } from "../rules/index.ts";
import type { LifeData, WorldSnapshot } from "../store/LifeState.ts";

const SAVED_BY: PatternComment = { kind: "C", text: "Saved by Coroutine Life" };

/**
 * The whole grid as RLE, its rule carrying Golly's bounded-grid suffix (`:T120,80` or
 * `:P120,80`) so Golly, LifeViewer and this app reopen it at the same size and topology. The
 * opened file's comments come first (its name as `#N` when it had no `#N` line), then a line
 * saying who saved it.
 */
export function worldToRle(
  state: Pick<LifeData, "width" | "height" | "topology" | "rule" | "cells"> &
    Partial<Pick<LifeData, "patternName" | "comments">>,
): string {
  const { width, height, topology, patternName, comments = [] } = state;
  const named = comments.some((comment) => comment.kind === "N");
  return writeRle(
    {
      width,
      height,
      cells: state.cells.toBytes(),
      comments: [
        ...(patternName && !named ? [{ kind: "N", text: patternName }] : []),
        ...comments.filter((comment) => !isSavedBy(comment)),
        SAVED_BY,
      ],
    },
    { rule: formatRule(state.rule, { topology, width, height }) },
  );
}

/** Reads back what worldToRle wrote (or any pattern whose rule has a bounded-grid suffix). */
export function worldFromRle(text: string): Omit<WorldSnapshot, "generation" | "startCells"> {
  const pattern = parsePattern(text);
  const { rule, bounds } = parseRule(pattern.rule ?? "B3/S23");
  const width = bounds?.width ?? pattern.width;
  const height = bounds?.height ?? pattern.height;
  const cells = new PackedCells(width, height);
  for (let y = 0; y < Math.min(height, pattern.height); y++) {
    for (let x = 0; x < Math.min(width, pattern.width); x++) {
      if (pattern.cells[y * pattern.width + x]) cells.set(x, y, 1);
    }
  }
  const comments = pattern.comments.filter((comment) => !isSavedBy(comment));
  const patternName = comments.find((comment) => comment.kind === "N")?.text.trim() || null;
  return {
    width,
    height,
    topology: bounds?.topology ?? "torus",
    rule,
    cells,
    patternName,
    comments,
  };
}

function isSavedBy(comment: PatternComment): boolean {
  return comment.kind === SAVED_BY.kind && comment.text === SAVED_BY.text;
}

/** A one-line, user-facing reason for a pattern text that cannot be read. */
export function describeReadError(error: unknown, source: string): string {
  if (error instanceof FormatError) return `${source}: ${error.message}`;
  if (error instanceof RuleError) return `${source}: ${error.message}`;
  if (error instanceof RangeError) return `${source}: ${error.message}`;
  throw error;
}
