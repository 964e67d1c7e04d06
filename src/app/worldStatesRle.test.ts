import { describe, expect, it } from "vitest";
import { createRandom } from "../engine/createRandom.ts";
import { PackedCells } from "../engine/index.ts";
import { type GenerationsRule, lifeLike } from "../rules/Rule.ts";
import { worldFromRle, worldToRle } from "./worldRle.ts";

const RULE: GenerationsRule = { family: "generations", states: 8, base: lifeLike(0b1000, 0b1100) };

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
