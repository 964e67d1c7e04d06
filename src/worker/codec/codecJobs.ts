import { type EdgePair, PackedCells, type Shift, type Topology } from "../../engine/index.ts";
import type { PatternComment } from "../../formats/index.ts";
import { formatRule, type Rule } from "../../rules/index.ts";
import {
  type ShareLimits,
  ShareLinkError,
  type ShareState,
  type ShareView,
} from "../../share/index.ts";
import type { IdentifyInput, IdentifyResult } from "../../universe/identify/index.ts";
import { startIdentifyJob } from "./identifyWorker.ts";
import type { CodecGrid } from "./protocol.ts";
import { type CodecJob, type CodecResult, startCodecJob } from "./startCodecJob.ts";

/** A world as Download RLE and Share see it. */
export interface CodecWorld {
  readonly width: number;
  readonly height: number;
  readonly topology: Topology;
  /** A Klein bottle's twisted edges (see `Surface`). */
  readonly twist?: EdgePair | undefined;
  /** A shifted torus's or Klein bottle's shift (see `Surface`). */
  readonly shift?: Shift | undefined;
  readonly rule: Rule;
  readonly cells: PackedCells;
  /** A multi-state grid's states, a byte a cell (see GridWorld.states). */
  readonly states?: Uint8Array;
  /** The opened file's name and comments, written back with the cells. */
  readonly patternName?: string | null;
  readonly comments?: readonly PatternComment[];
}

/**
 * Grids of at most this many words (1 Mi cells, 1024 x 1024) are written on the page's thread:
 * that takes a few milliseconds, less than starting a worker. Bigger ones go to the worker.
 */
export const SMALL_GRID_WORDS = 32 * 1024;

/** The comment every saved RLE file carries. */
export const SAVED_BY: PatternComment = { kind: "C", text: "Saved by Coroutine Life" };

/** Whether `comment` is the line this app adds when it saves (not the file's own). */
export function isSavedBy(comment: PatternComment): boolean {
  return comment.kind === SAVED_BY.kind && comment.text === SAVED_BY.text;
}

/**
 * A saved file's comment lines: the opened file's own first (its name as `#N` when it had no
 * `#N` line), then a line saying who saved it.
 */
export function worldRleComments(
  world: Pick<CodecWorld, "patternName" | "comments">,
): PatternComment[] {
  const comments = world.comments ?? [];
  const named = comments.some((comment) => comment.kind === "N");
  return [
    ...(world.patternName && !named ? [{ kind: "N" as const, text: world.patternName }] : []),
    ...comments.filter((comment) => !isSavedBy(comment)),
    SAVED_BY,
  ];
}

/** The RLE header's rule: with Golly's bounded-grid suffix, so the file reopens the same. */
export function worldRleRule(world: Omit<CodecWorld, "cells">): string {
  const { topology, width, height, twist, shift } = world;
  return formatRule(world.rule, {
    topology,
    width,
    height,
    ...(twist !== undefined && { twist }),
    ...(shift !== undefined && { shift }),
  });
}

/**
 * A share link's state read in the codec worker, so a big grid's cells are inflated and
 * painted off the page's thread and arrive as packed words (transferred, not copied).
 * Rejects with ShareLinkError, as decodeShareState does.
 */
export async function decodeShareOffThread(
  payload: string,
  limits?: ShareLimits,
): Promise<ShareState> {
  const reply = await startCodecJob({
    kind: "decode-share",
    payload,
    ...(limits && { limits }),
  }).result;
  if (reply.kind !== "decoded") throw failure(reply);
  const { grid, ...rest } = reply.state;
  const { width, height, states } = grid;
  const cells = new PackedCells(width, height, grid.words);
  return { ...rest, width, height, cells, ...(states && { states }) };
}

/** The whole world as an RLE file, written in the codec worker from a copy of its cells. */
export function encodeRleOffThread(
  world: CodecWorld,
  onProgress?: (fraction: number) => void,
): CodecJob<Blob> {
  const grid = copyGrid(world.cells);
  const job = startCodecJob(
    { kind: "encode-rle", grid, rule: worldRleRule(world), comments: worldRleComments(world) },
    [grid.words.buffer],
    onProgress,
    grid.words.length <= SMALL_GRID_WORDS,
  );
  return {
    cancel: job.cancel,
    result: job.result.then((reply) => {
      if (reply.kind !== "rle") throw failure(reply);
      return reply.blob;
    }),
  };
}

/**
 * Identify (see identifyCells) in a codec worker kept for it (see startIdentifyJob), on a copy
 * of the world's cells, so that a long run never holds up the page or the universe worker's
 * stepping; cancelling terminates the worker.
 */
export function identifyOffThread(
  input: IdentifyInput,
  limit: number,
  onProgress?: (fraction: number) => void,
): CodecJob<IdentifyResult> {
  const cells = input.cells.slice();
  const states = input.states ? input.states.slice() : new Uint8Array(cells.length / 2).fill(1);
  const job = startIdentifyJob(
    { kind: "identify", space: input.space, rule: input.rule, cells, states, limit },
    [cells.buffer, states.buffer],
    onProgress,
  );
  return {
    cancel: job.cancel,
    result: job.result.then((reply) => {
      if (reply.kind !== "identified") throw failure(reply);
      return reply.result;
    }),
  };
}

/** A share link's payload for the world and view, made in the codec worker. */
export function encodeShareOffThread(
  world: CodecWorld,
  view: ShareView,
  limits?: ShareLimits,
): CodecJob<string> {
  const grid = copyGrid(world.cells, world.states);
  const job = startCodecJob(
    {
      kind: "encode-share",
      grid,
      topology: world.topology,
      ...linkRule(world.rule),
      view,
      ...(limits && { limits }),
    },
    grid.states ? [grid.words.buffer, grid.states.buffer] : [grid.words.buffer],
    undefined,
    grid.words.length <= SMALL_GRID_WORDS,
  );
  return {
    cancel: job.cancel,
    result: job.result.then((reply) => {
      if (reply.kind !== "share") throw failure(reply);
      return reply.payload;
    }),
  };
}

/**
 * The rule a link carries: its rulestring; for a user's rule that did not compile, which has
 * none, Life (or Life as Generations with its number of states, so its cells' states fit),
 * which the pattern opens on, and the rule's code beside it.
 */
function linkRule(rule: Rule): { rule: string; code?: string } {
  if (rule.family !== "user") return { rule: formatRule(rule) };
  return { rule: rule.states > 2 ? `B3/S23/C${rule.states}` : "B3/S23", code: rule.source };
}

/** A copy of the cells' words, to transfer: the page goes on changing its own. */
function copyGrid(cells: PackedCells, states?: Uint8Array): CodecGrid {
  const grid = { width: cells.width, height: cells.height, words: cells.words.slice() };
  return states ? { ...grid, states: states.slice() } : grid;
}

function failure(reply: CodecResult): Error {
  if (reply.kind === "failed" && reply.share) return new ShareLinkError(reply.message);
  return new Error(reply.kind === "failed" ? reply.message : `unexpected reply ${reply.kind}`);
}
