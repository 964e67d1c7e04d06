import { describe, expect, it } from "vitest";
import { MAX_POSITIONS, sliderScale } from "./sliderScale.ts";

describe("sliderScale", () => {
  it("is one position a generation over a short run", () => {
    const scale = sliderScale(10n, 30n);
    expect(scale.positions).toBe(20);
    expect(scale.positionOf(10n)).toBe(0);
    expect(scale.positionOf(29n)).toBe(19);
    expect(scale.generationAt(19)).toBe(29n);
    expect(scale.generationAt(20)).toBe(30n);
    expect(scale.generationAt(-3)).toBe(10n);
  });

  it("spreads a HashLife run past 2^53 over MAX_POSITIONS, exact at both ends", () => {
    const first = 5n;
    const newest = 2n ** 60n + 7n;
    const scale = sliderScale(first, newest);
    expect(scale.positions).toBe(MAX_POSITIONS);
    expect(scale.generationAt(0)).toBe(first);
    expect(scale.generationAt(MAX_POSITIONS)).toBe(newest);
    expect(scale.positionOf(newest)).toBe(MAX_POSITIONS);
    const middle = scale.generationAt(MAX_POSITIONS / 2);
    expect(scale.positionOf(middle)).toBe(MAX_POSITIONS / 2);
  });

  it("has a single position when nothing has run", () => {
    const scale = sliderScale(7n, 7n);
    expect(scale.positions).toBe(0);
    expect(scale.generationAt(0)).toBe(7n);
    expect(scale.positionOf(7n)).toBe(0);
  });
});
