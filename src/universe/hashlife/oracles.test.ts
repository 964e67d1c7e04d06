import { describe, expect, it } from "vitest";
import { parsePattern } from "../../formats/index.ts";
import { findPattern } from "../../patterns/index.ts";
import { parseRule } from "../../rules/index.ts";
import { createUniverse } from "../createUniverse.ts";
import { stampPattern } from "../stampPattern.ts";

/**
 * Golly's own populations (HashLife, infinite plane; /work/shared/oracles in the project's
 * workspace) for the library's patterns that are also in Golly's collection.
 */
const GOLLY: readonly (readonly [id: string, generation: bigint, population: bigint])[] = [
  ["twenty-cell-quadratic-growth", 1024n, 590n],
  ["twenty-cell-quadratic-growth", 65536n, 56822n],
];

describe("HashLife against Golly's populations", () => {
  it.each(GOLLY)("%s at generation %i has Golly's population", (id, generation, population) => {
    const item = findPattern(id);
    if (!item) throw new Error(`no library pattern ${id}`);
    const pattern = parsePattern(item.rle);
    const universe = createUniverse({
      space: { kind: "infinite" },
      rule: parseRule(item.rule).rule,
      engine: "hashlife",
    });
    stampPattern(universe, pattern, 0, 0);
    universe.step(generation);
    expect(universe.population()).toBe(population);
  });
});
