import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { lifeLike } from "../../rules/Rule.ts";
import { compileRuleOf } from "../compileRuleOf.ts";
import type { CellRect } from "../Universe.ts";
import { createTiledUniverse } from "./createTiledUniverse.ts";
import type { TiledUniverse } from "./TiledUniverse.ts";

const life = compileRuleOf(lifeLike(0b1000, 0b1100));
if (!life) throw new Error("Life did not compile");

/** A random blob of cells around tile corners, with its cells as a set of "x,y". */
function randomWorld(seed: number, tileRows = 16): { universe: TiledUniverse; cells: Set<string> } {
  const random = createRandom(seed);
  const universe = createTiledUniverse(life as NonNullable<typeof life>, { tileRows });
  const cells = new Set<string>();
  for (let i = 0; i < 3000; i++) {
    const x = Math.floor(random() * 400) - 200;
    const y = Math.floor(random() * 100) - 50;
    universe.set(x, y, 1);
    cells.add(`${x},${y}`);
  }
  return { universe, cells };
}

/** The picture as the Universe contract defines it, counted cell by cell. */
function expectedPicture(cells: Set<string>, rect: CellRect, scale: number): number[] {
  const size = 2 ** scale;
  const width = Math.ceil(rect.width / size);
  const height = Math.ceil(rect.height / size);
  const counts = new Array<number>(width * height).fill(0);
  for (const key of cells) {
    const [x, y] = key.split(",").map(Number) as [number, number];
    const i = Math.floor((x - rect.x) / size);
    const j = Math.floor((y - rect.y) / size);
    if (i >= 0 && i < width && j >= 0 && j < height)
      counts[j * width + i] = (counts[j * width + i] as number) + 1;
  }
  return counts.map((count) =>
    count === 0
      ? 0
      : count === size * size
        ? 255
        : Math.max(1, Math.ceil((count * 255) / (size * size))),
  );
}

describe("the tiled universe's contract", () => {
  it("gets and sets cells anywhere, and reports population and bounds", () => {
    const universe = createTiledUniverse(life);
    expect(universe.space).toEqual({ kind: "infinite" });
    expect(universe.engine).toBe("tiles");
    expect(universe.bounds()).toBeNull();
    const far = 2 ** 40;
    universe.set(-far, 5, 1);
    universe.set(far, -far, 1);
    universe.set(3, 7, 1);
    universe.set(3, 7, 1);
    expect([
      universe.get(-far, 5),
      universe.get(far, -far),
      universe.get(3, 7),
      universe.get(4, 7),
    ]).toEqual([1, 1, 1, 0]);
    expect(universe.population()).toBe(3n);
    expect(universe.bounds()).toEqual({ x: -far, y: -far, width: 2 * far + 1, height: far + 8 });
    universe.set(far, -far, 0);
    expect(universe.population()).toBe(2n);
    expect(universe.bounds()).toEqual({ x: -far, y: 5, width: far + 4, height: 3 });
  });

  it("refuses B0 rules and states other than 0 and 1", () => {
    const b0 = compileRuleOf(lifeLike(0b1001, 0b1100));
    if (!b0) throw new Error("B03/S23 did not compile");
    expect(() => createTiledUniverse(b0)).toThrow(RangeError);
    expect(() => createTiledUniverse(b0)).toThrow(/B0.*every other generation/);
    const universe = createTiledUniverse(life);
    expect(() => universe.set(0, 0, 2)).toThrow(RangeError);
  });

  it("lists cells in row order, all of them or those in a rectangle", () => {
    const seed = pickSeed();
    const { universe, cells } = randomWorld(seed);
    const all = [...cells].map((key) => key.split(",").map(Number) as [number, number]);
    all.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    expect([...universe.cells()], `seed ${seed}`).toEqual(all.map(([x, y]) => [x, y, 1]));
    const rect = { x: -70, y: -13, width: 201, height: 40 };
    const inside = all.filter(
      ([x, y]) => x >= rect.x && x < rect.x + rect.width && y >= rect.y && y < rect.y + rect.height,
    );
    expect([...universe.cells(rect)], `seed ${seed}`).toEqual(inside.map(([x, y]) => [x, y, 1]));
  });

  it("draws density pictures at every scale, whole tiles per pixel included", () => {
    const seed = pickSeed();
    const { universe, cells } = randomWorld(seed, 8);
    const rects: CellRect[] = [
      { x: -37, y: -21, width: 90, height: 45 },
      { x: -256, y: -64, width: 512, height: 128 },
      { x: -1000, y: -900, width: 3000, height: 2000 },
    ];
    for (const rect of rects) {
      for (const scale of rect.width > 1000 ? [5, 7, 8, 10] : [0, 1, 3, 7, 8]) {
        const picture = universe.picture(rect, scale);
        expect(picture.width).toBe(Math.ceil(rect.width / 2 ** scale));
        expect(
          [...picture.pixels],
          `seed ${seed}, ${JSON.stringify(rect)} at scale ${scale}`,
        ).toEqual(expectedPicture(cells, rect, scale));
      }
    }
    // A full 2x2 block at scale 1 is 255; one live cell of 1024 still shows.
    const block = createTiledUniverse(life);
    for (const [x, y] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
      [100, 100],
    ] as const)
      block.set(x, y, 1);
    expect(block.picture({ x: 0, y: 0, width: 2, height: 2 }, 1).pixels[0]).toBe(255);
    expect(block.picture({ x: 96, y: 96, width: 32, height: 32 }, 5).pixels[0]).toBe(1);
  });

  it("restores a snapshot: the same cells and generation, and the same future", () => {
    const seed = pickSeed();
    const { universe } = randomWorld(seed);
    universe.step(40n);
    const snapshot = universe.snapshot();
    expect(snapshot.engine).toBe("tiles");
    expect(snapshot.generation).toBe(40n);
    expect(snapshot.population).toBe(universe.population());
    const at40 = [...universe.cells()];
    universe.step(60n);
    const at100 = [...universe.cells()];
    universe.set(0, 0, 1);
    universe.restore(snapshot);
    expect(universe.generation).toBe(40n);
    expect([...universe.cells()], `seed ${seed}`).toEqual(at40);
    universe.step(60n);
    expect([...universe.cells()], `seed ${seed}`).toEqual(at100);
    // Another universe on the same rule takes it too.
    const other = createTiledUniverse(life, { tileRows: 16 });
    other.restore(snapshot);
    other.step(60n);
    expect([...other.cells()], `seed ${seed}`).toEqual(at100);
    universe.dispose();
    other.dispose();
  });

  it("steps zero generations without change, and refuses negative ones", () => {
    const universe = createTiledUniverse(life);
    universe.set(0, 0, 1);
    universe.step(0n);
    expect(universe.generation).toBe(0n);
    expect(universe.population()).toBe(1n);
    expect(() => universe.step(-1n)).toThrow(RangeError);
  });
});
