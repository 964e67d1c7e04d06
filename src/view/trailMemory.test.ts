import { describe, expect, it } from "vitest";
import { createRandom } from "../engine/createRandom.ts";
import { parseRule } from "../rules/parseRule.ts";
import { createUniverse } from "../universe/createUniverse.ts";
import type { CellRect, DensityPicture, Universe } from "../universe/Universe.ts";
import { paintPicture } from "./paintPicture.ts";
import { trailShades } from "./paintTrails.ts";
import { toPixel } from "./pixelColors.ts";
import {
  createTrailMemory,
  HISTORY_AGE,
  NEVER_ALIVE,
  TRAIL_GENERATIONS,
  type TrailClock,
  type TrailMemory,
} from "./trailMemory.ts";

const LIFE = parseRule("B3/S23").rule;
const RECT: CellRect = { x: -4, y: -4, width: 9, height: 9 };

function lifeWith(cells: readonly (readonly [number, number])[]): Universe {
  const universe = createUniverse({ space: { kind: "infinite" }, rule: LIFE });
  for (const [x, y] of cells) universe.set(x, y, 1);
  return universe;
}

const COLORS = { empty: 0, alive: 0xffffff, trails: { trail: 0xff, history: 0x10 } };

/** Ages `trails` to `picture` as the painter does (in the pass that paints it): its ages. */
function advance(trails: TrailMemory, picture: DensityPicture, clock: TrailClock): Uint8Array {
  const frame = trails.frame(picture, clock);
  paintPicture(picture, COLORS, undefined, frame);
  return frame.ages;
}

const clockOf = (universe: Universe, epoch = 1, editSeq = 0): TrailClock => ({
  epoch,
  editSeq,
  generation: universe.generation,
});

/** The (x, y) of the pixels at `age` in ages of `rect` at scale 0. */
function cellsAged(ages: Uint8Array, rect: CellRect, age: number): string[] {
  const found: string[] = [];
  ages.forEach((a, i) => {
    if (a === age)
      found.push(`${rect.x + (i % rect.width)},${rect.y + Math.floor(i / rect.width)}`);
  });
  return found.sort();
}

const BLINKER = [
  [-1, 0],
  [0, 0],
  [1, 0],
] as const;

describe("createTrailMemory", () => {
  it("leaves a blinker's trail on exactly the cells alive the generation before", () => {
    const universe = lifeWith(BLINKER);
    const trails = createTrailMemory();
    advance(trails, universe.picture(RECT, 0), clockOf(universe));
    universe.step(1n);
    const ages = advance(trails, universe.picture(RECT, 0), clockOf(universe));
    // Vertical now: the horizontal ends died a generation ago; the middle lives on.
    expect(cellsAged(ages, RECT, 1)).toEqual(["-1,0", "1,0"]);
    expect(cellsAged(ages, RECT, 0)).toEqual(["0,-1", "0,0", "0,1"]);
    expect(ages.filter((a) => a !== NEVER_ALIVE)).toHaveLength(5);
    universe.step(1n);
    const again = advance(trails, universe.picture(RECT, 0), clockOf(universe));
    expect(cellsAged(again, RECT, 1)).toEqual(["0,-1", "0,1"]);
    // Alive again: no trail under a live cell.
    expect(cellsAged(again, RECT, 0)).toEqual(["-1,0", "0,0", "1,0"]);
  });

  it("ages by the generations elapsed between pictures, not by pictures", () => {
    const universe = lifeWith(BLINKER);
    const trails = createTrailMemory();
    advance(trails, universe.picture(RECT, 0), clockOf(universe));
    universe.step(3n);
    const ages = advance(trails, universe.picture(RECT, 0), clockOf(universe));
    // The ends were last seen alive 3 generations ago (alive at 2 too, between the pictures:
    // what no picture showed leaves no trail).
    expect(cellsAged(ages, RECT, 3)).toEqual(["-1,0", "1,0"]);
    // The same generation again (a pan, a redraw) ages nothing.
    expect(
      cellsAged(advance(trails, universe.picture(RECT, 0), clockOf(universe)), RECT, 3),
    ).toEqual(["-1,0", "1,0"]);
    universe.step(BigInt(TRAIL_GENERATIONS));
    const faded = advance(trails, universe.picture(RECT, 0), clockOf(universe));
    expect(cellsAged(faded, RECT, HISTORY_AGE).length).toBeGreaterThan(0);
    universe.step(1_000_000n);
    expect(() => advance(trails, universe.picture(RECT, 0), clockOf(universe))).not.toThrow();
  });

  // 23 x 23: a last pixel past the words of four the painter reads at once.
  it.each([24, 23])("matches a history kept cell by cell, over a seeded %i² soup", (size) => {
    const seed = 20261130 + size;
    const random = createRandom(seed);
    const universe = createUniverse({
      space: { kind: "torus", width: size, height: size },
      rule: LIFE,
    });
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) if (random() < 0.35) universe.set(x, y, 1);
    const rect = { x: 0, y: 0, width: size, height: size };
    const trails = createTrailMemory();
    /** Generation each cell was last seen alive in a picture, or -1. */
    const lastSeen = new Array<number>(size * size).fill(-1);
    for (let picture = 0; picture < 40; picture++) {
      const generation = Number(universe.generation);
      const shot = universe.picture(rect, 0);
      const ages = advance(trails, shot, clockOf(universe));
      shot.pixels.forEach((p, i) => {
        if (p) lastSeen[i] = generation;
        const since = lastSeen[i] as number;
        const expected =
          since < 0
            ? NEVER_ALIVE
            : generation - since > TRAIL_GENERATIONS
              ? HISTORY_AGE
              : generation - since;
        if (ages[i] !== expected) {
          throw new Error(`seed ${seed}, picture ${picture}, cell ${i}: ${ages[i]} ≠ ${expected}`);
        }
      });
      universe.step(BigInt(1 + Math.floor(random() * 3)));
    }
  });

  it("keeps trails with their cells when the view pans at the same scale", () => {
    const universe = lifeWith(BLINKER);
    const trails = createTrailMemory();
    advance(trails, universe.picture(RECT, 0), clockOf(universe));
    universe.step(1n);
    const moved = { ...RECT, x: RECT.x - 3, y: RECT.y + 2, width: 12 };
    const ages = advance(trails, universe.picture(moved, 0), clockOf(universe));
    expect(cellsAged(ages, moved, 1)).toEqual(["-1,0", "1,0"]);
  });

  it("starts again on a new scale, world, edit, or a generation gone back", () => {
    const resets: [string, (u: Universe) => [DensityPicture, TrailClock]][] = [
      ["scale", (u) => [u.picture({ x: -4, y: -4, width: 8, height: 8 }, 1), clockOf(u)]],
      ["epoch", (u) => [u.picture(RECT, 0), clockOf(u, 2)]],
      ["edit", (u) => [u.picture(RECT, 0), clockOf(u, 1, 1)]],
      ["back", (u) => [u.picture(RECT, 0), { ...clockOf(u), generation: 0n }]],
    ];
    for (const [why, next] of resets) {
      const universe = lifeWith(BLINKER);
      const trails = createTrailMemory();
      advance(trails, universe.picture(RECT, 0), clockOf(universe));
      universe.step(1n);
      advance(trails, universe.picture(RECT, 0), clockOf(universe));
      universe.step(2n);
      const ages = advance(trails, ...next(universe));
      expect(
        ages.every((a) => a === 0 || a === NEVER_ALIVE),
        why,
      ).toBe(true);
    }
  });
});

/** The step of no generations: ages as they are. */
const STILL = Uint8Array.from({ length: 256 }, (_, age) => age);

describe("trail painting", () => {
  const empty = 0x101010;
  const alive = 0x00ff00;
  const trails = { trail: 0x0000ff, history: 0x202030 };

  it("paints empty pixels by age, fading from the trail colour to the history tint", () => {
    const shades = trailShades(empty, trails);
    expect(shades[1]).toBe(toPixel(trails.trail));
    expect(shades[TRAIL_GENERATIONS + 1]).toBe(toPixel(trails.history));
    expect(shades[HISTORY_AGE]).toBe(toPixel(trails.history));
    expect(shades[NEVER_ALIVE]).toBe(toPixel(empty));
    // Bluer the younger.
    const blue = (age: number) => ((shades[age] as number) >> 16) & 0xff;
    for (let age = 1; age < TRAIL_GENERATIONS; age++)
      expect(blue(age)).toBeGreaterThanOrEqual(blue(age + 1));
    const picture = { x: 0, y: 0, scale: 0, width: 3, height: 1, pixels: Uint8Array.of(255, 0, 0) };
    const still = { ages: Uint8Array.of(0, 1, 255), step: STILL };
    const data = paintPicture(picture, { empty, alive, trails }, undefined, still);
    expect(Array.from(data)).toEqual([toPixel(alive), toPixel(trails.trail), toPixel(empty)]);
    expect(Array.from(still.ages)).toEqual([0, 1, 255]);
    // Without trail colours, ages are neither read nor moved on.
    const plain = paintPicture(picture, { empty, alive }, undefined, still);
    expect(Array.from(plain)).toEqual([toPixel(alive), toPixel(empty), toPixel(empty)]);
  });

  it("leaves a multi-state rule's trail only where a cell went back to state 0", () => {
    const states = [empty, 0xff0000, 0xffff00];
    const picture = {
      ...{ x: 0, y: 0, scale: 0, width: 3, height: 1 },
      pixels: Uint8Array.of(1, 2, 0),
      states: 3,
    };
    const data = paintPicture(picture, { empty, alive, states, trails }, undefined, {
      ages: Uint8Array.of(5, 7, 2),
      step: STILL,
    });
    expect(Array.from(data).slice(0, 2)).toEqual([toPixel(0xff0000), toPixel(0xffff00)]);
    expect(data[2]).toBe(trailShades(empty, trails)[2]);
  });
});
