import { describe, expect, it } from "vitest";
import { findPreset } from "./findPreset.ts";
import { lifeLike } from "./Rule.ts";

describe("findPreset", () => {
  it.each([
    ["HighLife", "HighLife"],
    ["high life", "HighLife"],
    ["day and night", "Day & Night"],
    ["Flakes", "Life without Death"],
    ["Life", "Conway's Life"],
  ])("finds %j by name as %s", (text, name) => {
    expect(findPreset(text)?.name).toBe(name);
  });

  it.each([
    ["B36/S23", "HighLife"],
    ["b36s23", "HighLife"],
    ["23/36", "HighLife"],
    ["S23/B3", "Conway's Life"],
    ["B3/S23:T64,48", "Conway's Life"],
    ["B2/S", "Seeds"],
    ["B2/S/3", "Brian's Brain"],
    ["B2/S345/C4", "Star Wars"],
    ["5,34,45,34,58", "Bosco's Rule"],
    ["b3s2cekna34q", "tlife"],
    ["B3/S23History", "LifeHistory"],
    ["34/2H", "HexLife"],
  ])("finds %j by rule as %s", (text, name) => {
    expect(findPreset(text)?.name).toBe(name);
  });

  it("finds a preset from a Rule", () => {
    expect(findPreset(lifeLike(0b1001000, 0b1100))?.name).toBe("HighLife");
    expect(findPreset(lifeLike(0b100, 0))?.name).toBe("Seeds");
  });

  it.each(["B3/S2", "Nonexistent Life", "B3x/S23", "", lifeLike(0b10, 0b10000000)])(
    "finds nothing for %j",
    (nameOrRule) => {
      expect(findPreset(nameOrRule)).toBeUndefined();
    },
  );
});
