import { describe, expect, it, vi } from "vitest";
import { createRandom } from "../engine/createRandom.ts";
import { PackedCells } from "../engine/PackedCells.ts";
import { lifeLike, type Rule } from "../rules/Rule.ts";
import { decodeShareState } from "./decodeShareState.ts";
import { encodeShareState } from "./encodeShareState.ts";
import { readShareEnvelope } from "./readShareEnvelope.ts";
import { MAX_SHARE_AREA } from "./shareLimits.ts";
import { payloadOf } from "./shareTestSupport.ts";
import { writeShareEnvelope } from "./writeShareEnvelope.ts";

// The multi-state rule parsers and writers are written alongside; these stand in for them for
// the rules used here, reading and writing them as Golly does (the real ones then agree).
const RULES: Readonly<Record<string, Rule>> = {
  "23/3/8": { family: "generations", states: 8, base: lifeLike(0b1000, 0b1100) },
  "B3/S23Super": { family: "history", variant: "Super", base: lifeLike(0b1000, 0b1100) },
  "23/3/256": { family: "generations", states: 256, base: lifeLike(0b1000, 0b1100) },
};
vi.mock("../rules/parseRule.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../rules/parseRule.ts")>();
  return {
    parseRule: (text: string) => {
      const rule = RULES[text.trim()];
      return rule ? { rule } : actual.parseRule(text);
    },
  };
});
vi.mock("../rules/formatRule.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../rules/formatRule.ts")>();
  return {
    formatRule: (...args: Parameters<typeof actual.formatRule>) => {
      const name = Object.keys(RULES).find((key) => RULES[key] === args[0]);
      return name ?? actual.formatRule(...args);
    },
  };
});

/** A seeded random multi-state grid: its states and the packed marks of its non-empty cells. */
function randomGrid(seed: number, states: number) {
  const random = createRandom(seed);
  const width = 1 + Math.floor(random() * 120);
  const height = 1 + Math.floor(random() * 60);
  const density = random();
  const bytes = Uint8Array.from({ length: width * height }, () =>
    random() < density ? 1 + Math.floor(random() * (states - 1)) : 0,
  );
  const cells = PackedCells.fromBytes(
    bytes.map((state) => (state ? 1 : 0)),
    width,
    height,
  );
  return { width, height, states: bytes, cells };
}

describe("share links of multi-state worlds", () => {
  it("carry every cell's state: link, world, link again, seeded", async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const rule = ["23/3/8", "B3/S23Super", "23/3/256"][seed % 3] as string;
      const grid = randomGrid(seed, rule === "23/3/8" ? 8 : rule === "23/3/256" ? 256 : 26);
      const state = { ...grid, topology: "torus" as const, rule };
      const payload = await encodeShareState(state);
      const back = await decodeShareState(payload);
      expect(back.rule, `seed ${seed}`).toBe(rule);
      expect(Array.from(back.states ?? []).join(), `seed ${seed}`).toBe(
        Array.from(grid.states).join(),
      );
      expect(back.cells.toBytes(), `seed ${seed}`).toEqual(grid.cells.toBytes());
      expect(await encodeShareState(back), `seed ${seed}`).toBe(payload);
    }
  });

  it("writes the live box in Golly's multi-state letters", () => {
    const states = Uint8Array.of(0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 7);
    const cells = PackedCells.fromBytes(
      states.map((state) => (state ? 1 : 0)),
      4,
      3,
    );
    const text = writeShareEnvelope(
      { width: 4, height: 3, topology: "plane", rule: "23/3/8", cells, states },
      MAX_SHARE_AREA,
    );
    expect(text).toBe("23/3/8;4x3;p;0,1\nAB$3.G!");
  });

  it("refuses a state the rule does not have, and a stray letter", async () => {
    await expect(decodeShareState(await payloadOf("23/3/8;4x3;p;0,0\nH!"))).rejects.toThrow(
      /state 8 is beyond the rule's 8 states/,
    );
    expect(() => readShareEnvelope("23/3/8;4x3;p;0,0\nAo!", MAX_SHARE_AREA)).toThrow(
      /unexpected "o"/,
    );
    expect(() => readShareEnvelope("23/3/8;4x3;p;0,0\n5A!", MAX_SHARE_AREA)).toThrow(/outside/);
  });

  it("still carries a two-state world as before", () => {
    const cells = PackedCells.fromBytes(Uint8Array.of(1, 1, 0, 1), 4, 1);
    const text = writeShareEnvelope(
      { width: 4, height: 1, topology: "torus", rule: "B3/S23", cells },
      MAX_SHARE_AREA,
    );
    expect(text).toBe("B3/S23;4x1;t;0,0\n2obo!");
    expect(readShareEnvelope(text, MAX_SHARE_AREA).states).toBeUndefined();
  });
});
