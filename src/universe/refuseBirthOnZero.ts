import type { CompiledRule } from "../kernels/CompiledRule.ts";

/**
 * Throws for a rule whose empty neighbourhood gives birth (B0): on the infinite plane every
 * empty cell would be born at once, and the plane would fill every other generation. Golly
 * emulates such rules by inverting the plane on alternate generations; the engines here do
 * not yet, so they refuse the rule with this reason rather than run it wrongly.
 */
export function refuseBirthOnZero(rule: CompiledRule): void {
  if (rule.table[0] !== 0) throw birthOnZeroError();
}

/**
 * Why a B0 rule cannot run on the infinite plane (see `refuseBirthOnZero`), or on a tube or
 * strip (`tube`), whose infinite side it would fill the same way.
 */
export function birthOnZeroError(tube = false): RangeError {
  const where = tube ? "a tube or strip" : "the infinite plane";
  const what = tube ? "its infinite side" : "the empty plane";
  return new RangeError(
    `Rules with B0 (birth with no live neighbours) cannot run on ${where}: every empty cell would be born, so ${what} would fill every other generation (Golly emulates such rules by inverting alternate generations; this app does not yet). Use a bounded grid (:T or :P)`,
  );
}

/** Throws unless `state` is 0 or 1, the states the two-state engines hold. */
export function checkTwoState(state: number): void {
  if (state !== 0 && state !== 1) {
    throw new RangeError(
      `cell state ${state} needs a multi-state rule; this rule has states 0 and 1`,
    );
  }
}
