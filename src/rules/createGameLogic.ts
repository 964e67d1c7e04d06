import { ALIVE, type CellState, type GameLogic } from "../engine/protocol.ts";
import type { Rule } from "./Rule.ts";

/**
 * The cell update for `rule`: bit `neighbors` of the survival mask for a live cell, of the
 * birth mask for an empty one. Called for every cell every tick, so it is two shifts and a
 * mask with the masks held in locals.
 */
export function createGameLogic(rule: Rule): GameLogic {
  if (rule.family !== "life" || rule.notation !== "counts") {
    throw new RangeError(`a game logic of neighbour counts cannot run a ${rule.family} rule`);
  }
  const birth = rule.birth;
  const survival = rule.survival;
  return (state, neighbors) =>
    (((state === ALIVE ? survival : birth) >> neighbors) & 1) as CellState;
}
