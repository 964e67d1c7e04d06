import { describe, expect, it } from "vitest";
import { lifeLike, type Rule } from "../rules/Rule.ts";
import { stateLegend } from "./stateLegend.ts";

const LIFE = lifeLike(0b1000, 0b1100);
const colors = Array.from({ length: 256 }, (_, i) => i * 0x010101);

describe("stateLegend", () => {
  it("names alive and the dying states of Generations as a range with their gradient", () => {
    const rule: Rule = { family: "generations", states: 5, base: LIFE };
    expect(stateLegend(rule, colors)).toEqual([
      { label: "1", name: "alive", colors: [0x010101] },
      { label: "2–4", name: "dying", colors: [0x020202, 0x030303, 0x040404] },
    ]);
    const three: Rule = { family: "generations", states: 3, base: LIFE };
    expect(stateLegend(three, colors).map((entry) => entry.label)).toEqual(["1", "2"]);
  });

  it("names every History state as Golly's Help does", () => {
    const rule: Rule = { family: "history", variant: "History", base: LIFE };
    expect(stateLegend(rule, colors).map((entry) => `${entry.label} ${entry.name}`)).toEqual([
      "1 on",
      "2 history (was on)",
      "3 marked on",
      "4 marked off",
      "5 start on",
      "6 boundary off",
    ]);
  });

  it("is empty for a two-state rule", () => {
    expect(stateLegend(LIFE, colors)).toEqual([]);
  });
});
