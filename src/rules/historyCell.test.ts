import { describe, expect, it } from "vitest";
import { driveBlock } from "../kernels/states/driveBlock.ts";
import { cellProgramOf } from "./cellProgramOf.ts";
import { CONWAY, type HistoryRule } from "./Rule.ts";

// History and Super cells on hand-made blocks, each case read off Golly's superalgo.cpp
// (`slowcalc`, cases HISTORY and SUPER) for B3/S23. A block is the centre and its neighbours'
// states; neighbours fill the 8 places clockwise from north-west, the rest empty.

const HISTORY: HistoryRule = { family: "history", variant: "History", base: CONWAY };
const SUPER: HistoryRule = { family: "history", variant: "Super", base: CONWAY };
const PLACES = [0, 1, 2, 5, 8, 7, 6, 3];

function next(rule: HistoryRule, centre: number, neighbours: readonly number[]): number {
  const block = new Uint8Array(9);
  block[4] = centre;
  neighbours.forEach((state, i) => {
    block[PLACES[i] as number] = state;
  });
  return driveBlock(cellProgramOf(rule), block, rule.variant === "History" ? 7 : 26).next;
}

describe("LifeHistory cells", () => {
  it.each([
    ["a live cell with two live neighbours survives", 1, [1, 1], 1],
    ["odd states are live neighbours", 0, [3, 5, 1], 1],
    ["a dying cell leaves history", 1, [], 2],
    ["a marked live cell dies to marked off", 3, [], 4],
    ["a start cell dies to marked off", 5, [1, 1, 1, 1], 4],
    ["a birth on history is plain on", 2, [1, 1, 1], 1],
    ["a birth on marked off is marked on", 4, [1, 1, 1], 3],
    ["a boundary cell is never born", 6, [1, 1, 1], 6],
    ["a boundary kills a surviving live cell", 1, [1, 1, 6], 2],
    ["a boundary kills a marked live cell", 3, [1, 1, 6], 4],
    ["a boundary kills a start cell", 5, [1, 1, 6], 4],
    ["a boundary does not stop a birth", 0, [1, 1, 1, 6], 1],
    ["a boundary neighbour is not live", 0, [1, 1, 6], 0],
  ] as const)("%s", (_, centre, neighbours, expected) => {
    expect(next(HISTORY, centre, neighbours)).toBe(expected);
  });
});

describe("LifeSuper cells", () => {
  it.each([
    ["a birth among one colour takes it", 0, [9, 9, 9], 9],
    ["a birth among two colours is plain", 0, [9, 9, 11], 1],
    ["a birth of 3 and one high colour takes the colour", 0, [3, 15, 15], 15],
    ["a birth of 7 and one glider colour takes it", 0, [7, 9, 9], 9],
    ["a birth of marked cells alone is 13", 0, [7, 7, 7], 13],
    ["a birth with a plain parent is plain", 0, [1, 9, 9], 1],
    ["a birth on marked off is marked on", 8, [1, 1, 1], 7],
    ["a birth on history-marked off is 3", 4, [1, 1, 1], 3],
    ["a boundary cell is never born", 6, [1, 1, 1], 6],
    ["a live colour survives as itself", 9, [1, 1], 9],
    ["colour 9 dies to its trace", 9, [], 10],
    ["colour 11 dies to its trace", 11, [], 12],
    ["marked on dies to marked off", 7, [], 8],
    ["colours from 13 up die to empty", 13, [], 0],
    ["a boundary clears a high colour", 13, [1, 1, 6], 0],
    ["a boundary clears marked off", 8, [6], 0],
    ["a boundary kills colour 9 to its trace", 9, [1, 1, 6], 10],
    ["a boundary spares a birth on history", 2, [1, 1, 1, 6], 1],
    ["trace 14 fades", 14, [], 0],
    ["16 turns 14 beside a live cell", 16, [1], 14],
    ["16 turns 14 beside a 14", 16, [14], 14],
    ["16 stays beside history only", 16, [2], 16],
    ["18 turns 22 beside a 22", 18, [22], 22],
    ["20 turns 18 beside an 18", 20, [18], 18],
    ["22 turns 20 beside a 20", 22, [20], 20],
    ["24 turns 18 beside an 18", 24, [18], 18],
    ["24 turns 18 beside a live cell", 24, [3], 18],
    ["24 stays beside a 16", 24, [16], 24],
  ] as const)("%s", (_, centre, neighbours, expected) => {
    expect(next(SUPER, centre, neighbours)).toBe(expected);
  });
});
