import { describe, expect, it } from "vitest";
import { formatRule } from "./formatRule.ts";
import { parseRule } from "./parseRule.ts";
import type { LifeLikeRule, Rule } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

/** Bit of the 3x3 block for the cell at (dy, dx), as in `CompiledRule`. */
function bit(dy: number, dx: number): number {
  return 1 << (3 * (dy + 1) + (dx + 1));
}
const N = bit(-1, 0);
const S = bit(1, 0);
const E = bit(0, 1);
const W = bit(0, -1);
const NE = bit(-1, 1);
const NW = bit(-1, -1);
const SE = bit(1, 1);
const SW = bit(1, -1);
const CENTRE = bit(0, 0);

function canonical(text: string): string {
  return formatRule(parseRule(text).rule);
}

function lifeRule(text: string): LifeLikeRule {
  const rule = parseRule(text).rule;
  if (rule.family !== "life") throw new Error(`${text} is a ${rule.family} rule`);
  return rule;
}

function tableOf(text: string): Uint8Array {
  const rule = lifeRule(text);
  if (rule.notation === "counts") throw new Error(`${text} is written with counts`);
  return rule.table;
}

function catchRuleError(text: string): RuleError {
  try {
    parseRule(text);
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe("canonical names, as Golly prints them", () => {
  it.each([
    // Hexagonal and von Neumann counts.
    ["B2/S34H", "B2/S34H"],
    ["b2s34h", "B2/S34H"],
    ["34/2H", "B2/S34H"],
    ["B2/S013V", "B2/S013V"],
    ["s013b2v", "B2/S013V"],
    ["B6/S6H", "B6/S6H"],
    ["B4/S4V", "B4/S4V"],
    // Hensel letters: alphabetical, "-" when more than half are on, counts when whole.
    ["B2-a/S12", "B2-a/S12"],
    ["B2cekin/S12", "B2-a/S12"],
    ["B2ikence/S12", "B2-a/S12"],
    ["B37/S2-i34q", "B37/S2-i34q"],
    ["B3/S2-i34q", "B3/S2-i34q"],
    ["b3s2cekna34q", "B3/S2-i34q"],
    ["B2ea/S3", "B2ae/S3"],
    ["B2A/S3", "B2a/S3"],
    ["B2ceaikn/S", "B2/S"],
    ["B2-/S", "B2/S"],
    ["B2a2c2e2i2k2n/S23", "B2/S23"],
    ["B2-a2-c/S", "B2-ac/S"],
    ["B2-ceaikn/S3", "B/S3"],
    ["B4-ceaijk/S", "B4nqrtwyz/S"],
    ["B4aceijkn/S", "B4aceijkn/S"],
    ["B4-aceijk/S", "B4nqrtwyz/S"],
    ["B1c/S1e", "B1c/S1e"],
    ["B1-c/S", "B1e/S"],
    ["B7e/S7-e", "B7e/S7c"],
    ["B5-a/S6-k", "B5-a/S6-k"],
    ["B3y/S2k", "B3y/S2k"],
    ["B36/S2-i34q", "B36/S2-i34q"],
    // MAP: padding dropped, spare bits of the last character cleared.
    [
      "MAPARYXfhZofugWaH7oaIDogBZofuhogOiAaIDogIAAgAAWaH7oaIDogGiA6ICAAIAAaIDogIAAgACAAIAAAAAAAA==",
      "MAPARYXfhZofugWaH7oaIDogBZofuhogOiAaIDogIAAgAAWaH7oaIDogGiA6ICAAIAAaIDogIAAgACAAIAAAAAAAA",
    ],
    [
      "mapARYXfhZofugWaH7oaIDogBZofuhogOiAaIDogIAAgAAWaH7oaIDogGiA6ICAAIAAaIDogIAAgACAAIAAAAAAAP",
      "MAPARYXfhZofugWaH7oaIDogBZofuhogOiAaIDogIAAgAAWaH7oaIDogGiA6ICAAIAAaIDogIAAgACAAIAAAAAAAA",
    ],
    ["MAPAAAAAB", "MAPAAAAAA"],
    ["MAP//////////////////////==", "MAP/////////////////////w"],
    // Generations: survival/birth/states, H or V last.
    ["/2/3", "/2/3"],
    ["B2/S/3", "/2/3"],
    ["B2/S/C3", "/2/3"],
    ["345/2/4", "345/2/4"],
    ["B2/S345/4", "345/2/4"],
    ["23/3/2", "23/3/2"],
    ["23/3/256", "23/3/256"],
    ["B2/S34/3H", "34/2/3H"],
    ["34/2/3v", "34/2/3V"],
    ["12/34/5", "12/34/5"],
    ["1e2-a3-cij4aijkrtz5cnqr/2ce3aejnr4aj5y6a/3", "1e2-a3-cij4aijkrtz5cnqr/2ce3aejnr4aj5y6a/3"],
    ["B2ceaikn/S/3", "/2/3"],
    ["g3b2s", "/2/3"],
    ["G4/B2/S345", "345/2/4"],
    ["g4s345b2h", "345/2/4H"],
    ["B2a_S12", "B2a/S12"],
    ["12_2a_3", "12/2a/3"],
    [
      "MAPARYXfhZofugWaH7oaIDogBZofuhogOiAaIDogIAAgAAWaH7oaIDogGiA6ICAAIAAaIDogIAAgACAAIAAAAAAAA/3",
      "MAPARYXfhZofugWaH7oaIDogBZofuhogOiAaIDogIAAgAAWaH7oaIDogGiA6ICAAIAAaIDogIAAgACAAIAAAAAAAA/3",
    ],
    // Larger than Life: the form written is the form printed.
    ["R5,C0,M1,S34..58,B34..45,NM", "R5,C0,M1,S34..58,B34..45,NM"],
    ["r5,c0,m1,s34..58,b34..45,nm", "R5,C0,M1,S34..58,B34..45,NM"],
    ["R5,C2,M1,S34..58,B34..45,NM", "R5,C0,M1,S34..58,B34..45,NM"],
    ["R5,C1,M1,S34..58,B34..45,NM", "R5,C0,M1,S34..58,B34..45,NM"],
    ["R10,C255,M0,S1..20,B5..6,NN", "R10,C255,M0,S1..20,B5..6,NN"],
    ["R3,C0,M1,S2..9,B4..7,NC", "R3,C0,M1,S2..9,B4..7,NC"],
    ["5,34,45,34,58", "R5,C0,M1,S34..58,B34..45,NM"],
    ["R5,C2,S33-57,B34-45", "R5,C0,S33-57,B34-45"],
    ["R5,C0,S33-57,B34-45,NM", "R5,C0,S33-57,B34-45"],
    ["R2,C3,S2,4-6,3,B3,NN", "R2,C3,S2-6,B3,NN"],
    ["R2,C0,S5-6,1-3,B1", "R2,C0,S1-3,5-6,B1"],
    ["R1,C0,S,B3", "R1,C0,S,B3"],
    ["R1,C0,S2,B,NC", "R1,C0,S2,B,NC"],
    ["R1,C0,S2-3,B3,", "R1,C0,S2-3,B3"],
    ["R500,C0,S1,B1", "R500,C0,S1,B1"],
    // History and Super.
    ["LifeHistory", "LifeHistory"],
    ["lifehistory", "LifeHistory"],
    ["B3/S23History", "LifeHistory"],
    ["B36/S23History", "B36/S23History"],
    ["LifeSuper", "LifeSuper"],
    ["B3/S23Super", "LifeSuper"],
    ["LifeHHistory", "B3/S23HHistory"],
    ["LifeVSuper", "B3/S23VSuper"],
    ["B2-a/S12History", "B2-a/S12History"],
    ["B0/S8History", "B0/S8History"],
    [
      "MAPARYXfhZofugWaH7oaIDogBZofuhogOiAaIDogIAAgAAWaH7oaIDogGiA6ICAAIAAaIDogIAAgACAAIAAAAAAAASuper",
      "MAPARYXfhZofugWaH7oaIDogBZofuhogOiAaIDogIAAgAAWaH7oaIDogGiA6ICAAIAAaIDogIAAgACAAIAAAAAAAASuper",
    ],
  ])("%j prints as %j", (text, printed) => {
    expect(canonical(text as string)).toBe(printed);
    expect(canonical(printed as string)).toBe(printed);
  });
});

describe("what the rules mean", () => {
  it.each([
    // LifeWiki's pictures of Hensel notation: which two neighbours each letter of 2 means.
    ["a", N | NE, [N | E, N | S, NW | NE, NW | SE, N | SE]],
    ["c", NW | NE, [N | NE, N | E, N | S, NW | SE, N | SE]],
    ["e", N | E, [N | NE, NW | NE, N | S, NW | SE, N | SE]],
    ["i", N | S, [N | NE, NW | NE, N | E, NW | SE, N | SE]],
    ["k", N | SE, [N | NE, NW | NE, N | E, N | S, NW | SE]],
    ["n", NW | SE, [N | NE, NW | NE, N | E, N | S, N | SE]],
  ])("B2%s is born from %i and not the other letters", (letter, block, others) => {
    const table = tableOf(`B2${letter}/S`);
    expect(table[block]).toBe(1);
    for (const other of others) expect(table[other], `${other}`).toBe(0);
  });

  it("reads Golly's 4 letters as LifeWiki draws them", () => {
    expect(tableOf("B4c/S")[NW | NE | SW | SE]).toBe(1);
    expect(tableOf("B4e/S")[N | S | E | W]).toBe(1);
    expect(tableOf("B4z/S")[N | NE | S | SW]).toBe(1);
    expect(tableOf("B4t/S")[NW | N | NE | S]).toBe(1);
    expect(tableOf("B3i/S")[NW | W | SW]).toBe(1);
    expect(tableOf("B3y/S")[NW | NE | S]).toBe(1);
  });

  it("turns and mirrors each letter: 2k is every knight's move", () => {
    const table = tableOf("B2k/S");
    for (const block of [N | SE, N | SW, S | NE, S | NW, E | NW, E | SW, W | NE, W | SE]) {
      expect(table[block]).toBe(1);
    }
    expect(table.reduce((sum, v) => sum + v, 0)).toBe(8);
  });

  it("reads 5 to 7 as the complements of 3 to 1", () => {
    const table = tableOf("B7c/S");
    const all = N | S | E | W | NE | NW | SE | SW;
    expect(table[all & ~NW]).toBe(1);
    expect(table[all & ~N]).toBe(0);
  });

  it("puts survival in the entries with the centre alive", () => {
    const table = tableOf("B/S2a");
    expect(table[N | NE]).toBe(0);
    expect(table[N | NE | CENTRE]).toBe(1);
  });

  it("reads B2-a as all of 2 but 2a", () => {
    const table = tableOf("B2-a/S");
    expect(table[N | NE]).toBe(0);
    expect(table[N | S]).toBe(1);
    expect(table[NW | SE]).toBe(1);
  });

  it("reads MAP with the north-west cell as the highest bit", () => {
    // Born or survives exactly when the north-west neighbour is alive: the first 256 bits 0.
    const rule = lifeRule(`MAP${"A".repeat(42)}D${"/".repeat(42)}w`);
    if (rule.notation === "counts") throw new Error("not a table");
    for (let block = 0; block < 512; block++) {
      expect(rule.table[block], `${block}`).toBe(block & NW ? 1 : 0);
    }
  });

  it("reads a hexagonal MAP over the hexagonal cells only, NE and SW ignored", () => {
    // 128 bits, the highest the north-west cell: on exactly when it is alive.
    const rule = lifeRule(`MAP${"A".repeat(10)}D${"/".repeat(10)}w`);
    expect(rule.neighbourhood).toBe("hexagonal");
    if (rule.notation === "counts") throw new Error("not a table");
    for (let block = 0; block < 512; block++) {
      expect(rule.table[block], `${block}`).toBe(block & NW ? 1 : 0);
    }
    expect(formatRule(rule)).toBe(`MAP${"A".repeat(10)}D${"/".repeat(10)}w`);
  });

  it("reads a six-character MAP as von Neumann", () => {
    expect(lifeRule("MAPAAAAAA").neighbourhood).toBe("vonNeumann");
  });

  it("reads Golly's MAP of Conway's Life (Help: QuickLife) as B3/S23", () => {
    const life = tableOf(
      "MAPARYXfhZofugWaH7oaIDogBZofuhogOiAaIDogIAAgAAWaH7oaIDogGiA6ICAAIAAaIDogIAAgACAAIAAAAAAAA",
    );
    for (let block = 0; block < 512; block++) {
      let count = 0;
      for (let b = 0; b < 9; b++) if (b !== 4 && (block >> b) & 1) count++;
      const expected = block & CENTRE ? count === 2 || count === 3 : count === 3;
      expect(life[block], `${block}`).toBe(expected ? 1 : 0);
    }
  });

  it("reads Generations as a base rule and a state count", () => {
    expect(parseRule("345/2/4").rule).toEqual({
      family: "generations",
      states: 4,
      base: {
        family: "life",
        neighbourhood: "moore",
        notation: "counts",
        birth: 1 << 2,
        survival: (1 << 3) | (1 << 4) | (1 << 5),
      },
    });
  });

  it.each<[string, Rule]>([
    [
      "R5,C0,M1,S34..58,B34..45,NM",
      {
        family: "ltl",
        range: 5,
        states: 2,
        middle: true,
        shape: "moore",
        birth: [[34, 45]],
        survival: [[34, 58]],
      },
    ],
    [
      "R2,C4,S1,3-4,B2,NC",
      {
        family: "ltl",
        range: 2,
        states: 4,
        middle: false,
        shape: "circular",
        birth: [[2, 2]],
        survival: [
          [1, 1],
          [3, 4],
        ],
        notation: "hrot",
      },
    ],
  ])("reads Larger than Life %j", (text, rule) => {
    expect(parseRule(text).rule).toEqual(rule);
  });

  it("reads History rules as a variant of a base rule", () => {
    expect(parseRule("B36/S23Super").rule).toEqual({
      family: "history",
      variant: "Super",
      base: {
        family: "life",
        neighbourhood: "moore",
        notation: "counts",
        birth: (1 << 3) | (1 << 6),
        survival: (1 << 2) | (1 << 3),
      },
    });
  });

  it("takes a grid suffix after any family", () => {
    expect(parseRule("/2/3:T20,10").bounds).toEqual({ topology: "torus", width: 20, height: 10 });
    expect(
      formatRule(parseRule("LifeHistory:P8,8").rule, parseRule("LifeHistory:P8,8").bounds),
    ).toBe("LifeHistory:P8,8");
  });
});

describe("refusals name the offending part", () => {
  it.each([
    ["B1z/S", "1z", /"z" is not a letter of 1 neighbours \(ce\)/],
    ["B0c/S", "0c", /"c" is not a letter of 0 neighbours \(none\)/],
    ["B8e/S", "8e", /not a letter of 8/],
    ["B4x/S", "x", /Unknown character "x"/],
    ["B3_S23", "_", /Unknown character "_"/],
    ["g3", "g", /Unknown character "g"/],
    ["B2a2-e/S", "2-e", /both letters and "-" letters/],
    ["B-2/S", "-", /"-" must follow a neighbour count/],
    ["B2a-e/S", "-", /"-" must follow a neighbour count/],
    ["B2/Sa2", "a", /"a" must follow a neighbour count/],
    ["B7/SH", "7", /"7" is not a neighbour count \(0-6\)/],
    ["B5/SV", "5", /"5" is not a neighbour count \(0-4\)/],
    ["B2a/SH", "2a", /Non-totalistic rules need the Moore neighbourhood/],
    ["B2H/S3", "H", /must come once, at the end/],
    ["B2/S3HV", "H", /must come once, at the end/],
    ["MAPABC", "ABC", /needs 6, 22 or 86 base64 characters, not 3/],
    ["MAPAAAA!A", "!", /"!" is not a base64 character/],
    ["MAPAAAAAA=", "AAAAAA=", /not 7/],
    ["/2/1", "1", /2 to 256 states, not 1/],
    ["/2/257", "257", /2 to 256 states, not 257/],
    ["/2/", "/", /ends with its number of states/],
    ["/2/3x", "3x", /ends with its number of states/],
    ["B0/S/3", "0", /cannot have birth on 0/],
    ["1/2/3/4", "/", /At most two "\/"/],
    ["B2a/S/3H", "2a", /Moore neighbourhood/],
    ["R0,C0,S1,B1", "R0", /range must be 1 to 500, not 0/],
    ["R501,C0,S1,B1", "R501", /range must be 1 to 500, not 501/],
    ["R1,C257,S1,B1", "C257", /C0 to C256/],
    ["R1,C0,M1,S1..10,B3..3,NM", "S1..10", /S counts must be 1 to 9 here/],
    ["R1,C0,M0,S0..3,B3..9,NM", "B3..9", /B counts must be 0 to 8 here/],
    ["R1,C0,M1,S3..2,B3..3,NM", "S3..2", /runs backwards/],
    ["R1,C0,M2,S1..3,B3..3,NM", "M2", /M0 or M1/],
    ["R1,C3,S1,B0", "B0", /B0 is not allowed with more than 2 states/],
    ["R1,C0,S1B3", "B", /Expected "," before "B"/],
    ["R1,C0,B3,S1", ",", /Expected ",S"/],
    ["R1,C0,S1,B3,NQ", "NQ", /cannot have the neighbourhood "NQ"/],
    ["R1,C0,S1,B3x", "x", /Expected the end of the rule/],
    ["B0/S7History", "B0/S7", /allow birth on 0 neighbours \(B0\) only with survival on all/],
    ["History", "History", /needs a rule before it/],
  ])("%j names %j", (text, part, message) => {
    const error = catchRuleError(text as string);
    expect(error.message).toMatch(message as RegExp);
    expect(error.part).toBe(part);
  });
});
