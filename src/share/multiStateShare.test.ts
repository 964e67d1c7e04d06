import { describe, expect, it } from "vitest";
import { createRandom } from "../engine/createRandom.ts";
import { PackedCells } from "../engine/PackedCells.ts";
import { decodeShareState } from "./decodeShareState.ts";
import { encodeShareState } from "./encodeShareState.ts";
import { readShareEnvelope } from "./readShareEnvelope.ts";
import { MAX_SHARE_AREA } from "./shareLimits.ts";
import { payloadOf } from "./shareTestSupport.ts";
import { writeShareEnvelope } from "./writeShareEnvelope.ts";

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
      const rule = ["23/3/8", "LifeSuper", "23/3/256"][seed % 3] as string;
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
    expect(() => readShareEnvelope("23/3/8;4x3;p;0,0\nAz!", MAX_SHARE_AREA)).toThrow(
      /unexpected "z"/,
    );
    // `o` is state 1 in a multi-state body too, as in Golly's reader.
    expect(() => readShareEnvelope("23/3/8;4x3;p;0,0\nAo!", MAX_SHARE_AREA)).not.toThrow();
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
