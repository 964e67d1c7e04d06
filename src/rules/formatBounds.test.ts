import { describe, expect, it } from "vitest";
import { createRandom } from "../engine/createRandom.ts";
import { surfaceProblem } from "../engine/Surface.ts";
import { formatBounds } from "./formatBounds.ts";
import { parseBounds } from "./parseBounds.ts";
import type { EdgePair, GridBounds, Topology } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

const read = (suffix: string): GridBounds => parseBounds(suffix, `B3/S23:${suffix}`) as GridBounds;

describe("formatBounds: Golly's canonical suffix", () => {
  it.each([
    ["T64,48", ":T64,48"],
    ["t20", ":T20,20"],
    ["P7", ":P7,7"],
    ["T30+5,20", ":T30+5,20"],
    ["T30-5,20", ":T30-5,20"],
    ["T30+35,20", ":T30+5,20"],
    ["T30,20+5", ":T30,20+5"],
    ["T30,20-2", ":T30,20-2"],
    ["T30+30,20", ":T30,20"],
    ["T30+0,20-0", ":T30,20"],
    ["K40*,20", ":K40*,20"],
    ["K40,20", ":K40,20*"],
    ["k40*+3,20", ":K40*+1,20"],
    ["K40*-1,20", ":K40*+1,20"],
    ["K41*+1,20", ":K41*,20"],
    ["K30,40*-7", ":K30,40*+1"],
    ["K30,41*+1", ":K30,41*"],
    ["C40,20", ":C40,20"],
    ["c9", ":C9,9"],
    ["S40", ":S40"],
  ])("writes %j as %j", (suffix, canonical) => {
    expect(formatBounds(read(suffix))).toBe(canonical);
  });
});

/** A random legal grid suffix's meaning, as Golly allows them. */
function randomBounds(random: () => number): GridBounds {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const side = () => 1 + Math.floor(random() * (random() < 0.5 ? 12 : 16384));
  const topology = pick<Topology>(["torus", "plane", "klein", "cross", "sphere"]);
  const width = side();
  const height = topology === "sphere" ? width : side();
  const edges = pick<EdgePair>(["horizontal", "vertical"]);
  const length = edges === "horizontal" ? width : height;
  if (topology === "torus" && length > 1 && random() < 0.6) {
    const by = 1 + Math.floor(random() * (length - 1));
    return { topology, width, height, shift: { edges, by: random() < 0.5 ? -by : by } };
  }
  if (topology === "klein") {
    const shifted = length % 2 === 0 && random() < 0.5;
    return { topology, width, height, twist: edges, ...(shifted && { shift: { edges, by: 1 } }) };
  }
  return { topology, width, height };
}

describe("formatBounds and parseBounds round trip", () => {
  it("reads back every legal grid it writes (seeded)", () => {
    const seed = Date.now() % 100_000;
    const random = createRandom(seed);
    for (let i = 0; i < 2000; i++) {
      const bounds = randomBounds(random);
      expect(surfaceProblem(bounds, bounds.width, bounds.height), `seed ${seed}`).toBeNull();
      const text = formatBounds(bounds);
      expect(read(text.slice(1)), `seed ${seed}: ${text}`).toEqual(bounds);
    }
  });

  it("writes what it reads in Golly's form, which reads back the same (seeded)", () => {
    const seed = Date.now() % 100_000;
    const random = createRandom(seed);
    const alphabet = [
      "T",
      "P",
      "K",
      "C",
      "S",
      "t",
      "k",
      "0",
      "1",
      "2",
      "4",
      "7",
      "9",
      ",",
      "*",
      "+",
      "-",
    ];
    let read_ = 0;
    for (let i = 0; i < 5000; i++) {
      const length = 1 + Math.floor(random() * 9);
      let suffix = "TPKCS"[Math.floor(random() * 5)] as string;
      for (let k = 1; k < length; k++) {
        suffix += alphabet[Math.floor(random() * alphabet.length)];
      }
      let bounds: GridBounds;
      try {
        bounds = read(suffix);
      } catch (error) {
        expect(error, `seed ${seed}: ${suffix}`).toBeInstanceOf(RuleError);
        continue;
      }
      read_++;
      expect(
        surfaceProblem(bounds, bounds.width, bounds.height),
        `seed ${seed}: ${suffix}`,
      ).toBeNull();
      const text = formatBounds(bounds);
      expect(read(text.slice(1)), `seed ${seed}: ${suffix} -> ${text}`).toEqual(bounds);
      expect(formatBounds(read(text.slice(1))), `seed ${seed}: ${suffix}`).toBe(text);
    }
    // Enough random suffixes were grids to mean something.
    expect(read_).toBeGreaterThan(200);
  });
});
