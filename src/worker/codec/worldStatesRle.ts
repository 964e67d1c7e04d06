import { writeRle } from "../../formats/writeRle.ts";
import { stateCount } from "../../rules/Rule.ts";
import { type CodecWorld, worldRleComments, worldRleRule } from "./codecJobs.ts";

/**
 * A multi-state grid as RLE, as worldToRle writes a two-state one (the rule with its
 * bounded-grid suffix, the opened file's comments), its cells in Golly's multi-state letters
 * from `states`, a byte a cell. Written where it is asked for: a multi-state grid is a byte a
 * cell already, so it never needs the codec worker's packed path.
 */
export function worldStatesRle(world: Omit<CodecWorld, "cells"> & { states: Uint8Array }): string {
  const { width, height, states } = world;
  return writeRle(
    { width, height, cells: states, comments: worldRleComments(world) },
    { rule: worldRleRule(world), states: stateCount(world.rule) },
  );
}
