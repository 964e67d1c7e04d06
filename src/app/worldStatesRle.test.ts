import { describe, expect, it, vi } from "vitest";
import { createRandom } from "../engine/createRandom.ts";
import { PackedCells } from "../engine/index.ts";
import { type GenerationsRule, lifeLike } from "../rules/Rule.ts";
import { worldFromRle, worldToRle } from "./worldRle.ts";

// The Generations parser and writer are written alongside; they read and write this rule as
// Golly does, and the mocks stand in for them until they land (the real ones then agree).
const RULE: GenerationsRule = { family: "generations", states: 8, base: lifeLike(0b1000, 0b1100) };
vi.mock("../rules/parseRule.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../rules/parseRule.ts")>();
  return {
    parseRule: (text: string) => {
      const [body, suffix] = text.trim().split(":");
      if (body !== "23/3/8") return actual.parseRule(text);
      const match = /^([TP])(\d+),(\d+)$/.exec(suffix ?? "");
      if (!match) return { rule: RULE };
      const topology = match[1] === "T" ? "torus" : "plane";
      return {
        rule: RULE,
        bounds: { topology, width: Number(match[2]), height: Number(match[3]) },
      };
    },
  };
});
vi.mock("../rules/formatRule.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../rules/formatRule.ts")>();
  return {
    formatRule: (...args: Parameters<typeof actual.formatRule>) => {
      const [rule, bounds] = args;
      if (rule.family !== "generations") return actual.formatRule(...args);
      const suffix = bounds
        ? `:${bounds.topology === "torus" ? "T" : "P"}${bounds.width},${bounds.height}`
        : "";
      return `23/3/8${suffix}`;
    },
  };
});

describe("a multi-state grid's RLE", () => {
  it("is Golly's multi-state letters, and reads back to the same states, seeded", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = createRandom(seed);
      const width = 1 + Math.floor(random() * 90);
      const height = 1 + Math.floor(random() * 30);
      const states = Uint8Array.from({ length: width * height }, () =>
        random() < 0.4 ? Math.floor(random() * 8) : 0,
      );
      const cells = PackedCells.fromBytes(
        states.map((state) => (state ? 1 : 0)),
        width,
        height,
      );
      const world = { width, height, topology: "torus" as const, rule: RULE, cells, states };
      const text = worldToRle(world);
      expect(text, `seed ${seed}`).toContain(`rule = 23/3/8:T${width},${height}`);
      const back = worldFromRle(text);
      expect(back.states ? Array.from(back.states).join() : "none", `seed ${seed}`).toBe(
        states.some((state) => state > 1) ? Array.from(states).join() : "none",
      );
      expect(back.cells.toBytes(), `seed ${seed}`).toEqual(cells.toBytes());
    }
  });

  it("writes state 1 as A, as Golly writes every cell of a multi-state rule", () => {
    const states = Uint8Array.of(1, 0, 2);
    const cells = PackedCells.fromBytes(Uint8Array.of(1, 0, 1), 3, 1);
    const text = worldToRle({ width: 3, height: 1, topology: "plane", rule: RULE, cells, states });
    expect(text).toMatch(/\nx = 3, y = 1, rule = 23\/3\/8:P3,1\nA\.B!\n$/);
  });
});
