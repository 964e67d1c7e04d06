import { describe, expect, it } from "vitest";
import { CoroutineEngine } from "../engine/CoroutineEngine.ts";
import { Grid, type Topology } from "../engine/Grid.ts";
import type { Pattern } from "../formats/Pattern.ts";
import { parsePattern } from "../formats/parsePattern.ts";
import { cellProgramOf } from "../rules/cellProgramOf.ts";
import { formatRule } from "../rules/formatRule.ts";
import { parseRule } from "../rules/parseRule.ts";
import type { Rule } from "../rules/Rule.ts";
import { createUniverse } from "../universe/createUniverse.ts";
import type { LibraryPattern } from "./LibraryPattern.ts";
import { PATTERN_LIBRARY } from "./patternLibrary.ts";

/** A grid of `pattern` with `margin` empty cells on every side (more where `extra` says). */
function gridWith(
  pattern: Pattern,
  margin: number,
  topology: Topology = "plane",
  extra: { right?: number; bottom?: number; left?: number; top?: number } = {},
): { grid: Grid; left: number; top: number } {
  const left = margin + (extra.left ?? 0);
  const top = margin + (extra.top ?? 0);
  const width = pattern.width + left + margin + (extra.right ?? 0);
  const height = pattern.height + top + margin + (extra.bottom ?? 0);
  const grid = new Grid(height, width, topology);
  for (let y = 0; y < pattern.height; y++) {
    for (let x = 0; x < pattern.width; x++) {
      const state = pattern.cells[y * pattern.width + x] ?? 0;
      if (state !== 0) grid.assign(top + y, left + x, state);
    }
  }
  return { grid, left, top };
}

/** What steps a library pattern's grid: `CoroutineEngine` has this shape. */
interface Run {
  readonly grid: Grid;
  step(generations?: number): void;
}

const ruleOf = (item: LibraryPattern): Rule => parseRule(item.rule).rule;

/**
 * The coroutine interpreter for most rules. Larger than Life runs on the fast engine instead:
 * the interpreter queries (2r+1)^2 cells a cell, and Bosco needs a 130-cell grid for 166
 * generations; the range kernel behind it is checked against the interpreter in
 * src/kernels/rangeStepper.test.ts.
 */
function engineFor(item: LibraryPattern, grid: Grid): Run {
  const rule = ruleOf(item);
  if (rule.family !== "ltl") return new CoroutineEngine(grid, cellProgramOf(rule));
  const { width, height, topology: kind } = grid;
  const universe = createUniverse({ space: { kind, width, height }, rule, engine: "fast" });
  grid.cells.forEach((state, i) => {
    if (state !== 0) universe.set(i % width, Math.floor(i / width), state);
  });
  return {
    get grid() {
      const cells = new Grid(height, width, kind);
      for (const [x, y, state] of universe.cells()) cells.assign(y, x, state);
      return cells;
    },
    step: (generations = 1) => universe.step(BigInt(generations)),
  };
}

/**
 * Whether a cell in `state` is part of the object being followed: in LifeHistory only the live
 * (odd) states, since the history a pattern leaves behind grows; in other rules every
 * non-empty state, so that a Generations ship's dying tail is compared too.
 */
function followed(item: LibraryPattern): (state: number) => boolean {
  return ruleOf(item).family === "history" ? (state) => (state & 1) === 1 : (state) => state !== 0;
}

/** Every cell's state, row by row: a multi-state grid's `toString` shows only state 1. */
const statesOf = (grid: Grid): string => grid.cells.join("");

/** The followed cells with their states, moved so that their box is at 0,0, as "x,y:state". */
function shapeOf(grid: Grid, keep: (state: number) => boolean): string {
  const cells = cellsOf(grid, keep);
  const minX = Math.min(...cells.map(([x]) => x));
  const minY = Math.min(...cells.map(([, y]) => y));
  return cells.map(([x, y, state]) => `${x - minX},${y - minY}:${state}`).join(" ");
}

function cellsOf(grid: Grid, keep: (state: number) => boolean): [number, number, number][] {
  const cells: [number, number, number][] = [];
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      const state = grid.query(y, x);
      if (keep(state)) cells.push([x, y, state]);
    }
  }
  return cells;
}

/** The non-empty cells of `pattern` placed at (left, top), as "x,y:state" keys. */
function placed(pattern: Pattern, left: number, top: number): Set<string> {
  const keys = new Set<string>();
  for (let y = 0; y < pattern.height; y++) {
    for (let x = 0; x < pattern.width; x++) {
      const state = pattern.cells[y * pattern.width + x] ?? 0;
      if (state !== 0) keys.add(`${left + x},${top + y}:${state}`);
    }
  }
  return keys;
}

/** The followed cells of `grid` as "x,y:state" keys (all non-empty ones by default). */
function liveKeys(grid: Grid, keep: (state: number) => boolean = (state) => state !== 0) {
  return new Set(cellsOf(grid, keep).map(([x, y, state]) => `${x},${y}:${state}`));
}

function entry(id: string): LibraryPattern {
  const found = PATTERN_LIBRARY.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no library pattern ${id}`);
  return found;
}

const parsed = (item: LibraryPattern): Pattern => parsePattern(item.rle);

describe("the pattern library's data", () => {
  it("has at least 32 patterns with unique slug ids and unique names", () => {
    expect(PATTERN_LIBRARY.length).toBeGreaterThanOrEqual(32);
    const ids = PATTERN_LIBRARY.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const names = PATTERN_LIBRARY.map((item) => item.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(PATTERN_LIBRARY.map((item) => [item.id, item] as const))(
    "%s parses, with its stated population, rule and a tight box",
    (_id, item) => {
      const pattern = parsed(item);
      expect(pattern.cells.filter((cell) => cell !== 0).length).toBe(item.population);
      expect(formatRule(parseRule(item.rule).rule)).toBe(item.rule);
      expect(pattern.rule).toBe(item.rule);
      // The header's box is the live cells' bounding box: no empty edge row or column.
      const rows = Array.from({ length: pattern.height }, (_, y) =>
        pattern.cells.subarray(y * pattern.width, (y + 1) * pattern.width),
      );
      expect(rows[0]?.some((cell) => cell !== 0)).toBe(true);
      expect(rows.at(-1)?.some((cell) => cell !== 0)).toBe(true);
      expect(rows.some((row) => row[0] !== 0)).toBe(true);
      expect(rows.some((row) => row[pattern.width - 1] !== 0)).toBe(true);
      expect(item.description).toMatch(/^[^\n]{10,100}$/);
      if (item.category === "spaceship") expect(item.displacement).toBeDefined();
      if (["still life", "oscillator", "spaceship", "gun"].includes(item.category)) {
        expect(item.period).toBeGreaterThanOrEqual(1);
      }
    },
  );

  it("holds the classics the app promises", () => {
    const ids = new Set(PATTERN_LIBRARY.map((item) => item.id));
    for (const id of [
      "block",
      "beehive",
      "loaf",
      "boat",
      "tub",
      "pond",
      "ship",
      "blinker",
      "toad",
      "beacon",
      "pulsar",
      "pentadecathlon",
      "clock",
      "glider",
      "lwss",
      "mwss",
      "hwss",
      "gosper-glider-gun",
      "simkin-glider-gun",
      "r-pentomino",
      "diehard",
      "acorn",
      "herschel",
      "pi-heptomino",
      "b-heptomino",
      "highlife-replicator",
    ]) {
      expect(ids, id).toContain(id);
    }
  });
});

describe("the pattern library's rule families", () => {
  it("has patterns of every rule family the app runs", () => {
    const kinds = new Set(
      PATTERN_LIBRARY.map((item) => {
        const rule = ruleOf(item);
        return rule.family === "life" ? `${rule.neighbourhood} ${rule.notation}` : rule.family;
      }),
    );
    for (const kind of [
      "moore counts",
      "moore letters",
      "hexagonal counts",
      "vonNeumann counts",
      "generations",
      "ltl",
      "history",
    ]) {
      expect(kinds, kind).toContain(kind);
    }
  });
});

// Still lifes, oscillators and rule-specific objects that repeat in place.
const OSCILLATING = PATTERN_LIBRARY.filter(
  (item) =>
    item.period !== undefined &&
    item.displacement === undefined &&
    item.category !== "gun" &&
    item.category !== "puffer",
);
const MOVING = PATTERN_LIBRARY.filter((item) => item.displacement !== undefined);

describe("the pattern library's behaviour in the coroutine engine", () => {
  it.each(OSCILLATING.map((item) => [item.id, item.period ?? 1, item] as const))(
    "%s returns to itself after exactly %i generations",
    (_id, period, item) => {
      // Bosco wanders some 45 cells down and to the left and back during its period.
      const margin = ruleOf(item).family === "ltl" ? 60 : 6;
      const { grid } = gridWith(parsed(item), margin);
      const start = statesOf(grid);
      const engine = engineFor(item, grid);
      for (let generation = 1; generation < period; generation++) {
        engine.step();
        expect(statesOf(engine.grid), `generation ${generation}`).not.toBe(start);
      }
      engine.step();
      expect(statesOf(engine.grid)).toBe(start);
    },
  );

  it.each(MOVING.map((item) => [item.id, item.period, item] as const))(
    "%s moves by its displacement every %i generations, and not sooner",
    (_id, period, item) => {
      const { dx = 0, dy = 0 } = item.displacement ?? {};
      const pattern = parsed(item);
      // Room on the side it moves to, on a torus so that nothing is lost at an edge.
      const { grid, left, top } = gridWith(pattern, 4, "torus", {
        left: Math.max(0, -dx),
        right: Math.max(0, dx),
        top: Math.max(0, -dy),
        bottom: Math.max(0, dy),
      });
      const keep = followed(item);
      const shape = shapeOf(grid, keep);
      const engine = engineFor(item, grid);
      for (let generation = 1; generation < (period ?? 1); generation++) {
        engine.step();
        expect(shapeOf(engine.grid, keep), `generation ${generation}`).not.toBe(shape);
      }
      engine.step();
      expect(liveKeys(engine.grid, keep)).toEqual(placed(pattern, left + dx, top + dy));
    },
  );

  it.each(["gosper-glider-gun", "simkin-glider-gun"])(
    "%s rebuilds itself and adds one glider every period",
    (id) => {
      const item = entry(id);
      const pattern = parsed(item);
      // The first glider stays within 4 cells of the gun during the first period.
      const { grid, left, top } = gridWith(pattern, 4);
      const engine = engineFor(item, grid);
      engine.step(item.period);
      const after = liveKeys(engine.grid);
      for (const key of placed(pattern, left, top)) expect(after, key).toContain(key);
      expect(after.size).toBe(item.population + 5);
    },
  );

  it("blinker puffer 1 adds three cells (a blinker) every period", () => {
    const item = entry("blinker-puffer-1");
    const { grid } = gridWith(parsed(item), 2, "plane", { left: 20, right: 20 });
    const engine = engineFor(item, grid);
    for (let period = 1; period <= 4; period++) {
      engine.step(item.period);
      expect(engine.grid.population(), `period ${period}`).toBe(item.population + 3 * period);
    }
  });

  it("diehard vanishes after exactly 130 generations", () => {
    const item = entry("diehard");
    // Diehard never reaches more than 7 cells left, 5 up or 16 down of its starting box.
    const { grid } = gridWith(parsed(item), 0, "plane", { left: 8, right: 6, top: 6, bottom: 18 });
    const engine = engineFor(item, grid);
    engine.step(129);
    expect(engine.grid.population()).toBeGreaterThan(0);
    engine.step();
    expect(engine.grid.population()).toBe(0);
  });

  it("the HighLife replicator becomes two copies of itself after 12 generations", () => {
    const item = entry("highlife-replicator");
    const pattern = parsed(item);
    const { grid, left, top } = gridWith(pattern, 6);
    const engine = engineFor(item, grid);
    engine.step(12);
    const copies = new Set([
      ...placed(pattern, left - 2, top - 2),
      ...placed(pattern, left + 2, top + 2),
    ]);
    expect(liveKeys(engine.grid)).toEqual(copies);
  });

  it("the LifeHistory glider leaves history (state 2) where it was, and nothing else", () => {
    const item = entry("lifehistory-glider");
    const pattern = parsed(item);
    const { grid, left, top } = gridWith(pattern, 8);
    const engine = engineFor(item, grid);
    const everLive = new Set<string>();
    const visit = () => {
      for (const [x, y] of cellsOf(engine.grid, (state) => state === 1)) everLive.add(`${x},${y}`);
    };
    visit();
    for (let generation = 1; generation <= 8; generation++) {
      engine.step();
      visit();
    }
    // Two periods on: the glider, moved by (2, 2), and a trail of every cell it left.
    const after = cellsOf(engine.grid, (state) => state !== 0);
    const live = new Set(after.filter(([, , state]) => state === 1).map(([x, y]) => `${x},${y}:1`));
    expect(live).toEqual(placed(pattern, left + 2, top + 2));
    const history = after.filter(([, , state]) => state === 2).map(([x, y]) => `${x},${y}`);
    expect(history.length).toBeGreaterThan(0);
    expect(after.every(([, , state]) => state === 1 || state === 2)).toBe(true);
    expect(new Set([...history, ...[...live].map((key) => key.split(":")[0])])).toEqual(everLive);
  });

  it.each([
    ["replicator-rule-r-pentomino", false],
    ["fredkin-glider", true],
  ] as const)(
    "%s stands 8 times around its place after 4 generations (and there too: %s)",
    (id, centre) => {
      const item = entry(id);
      const pattern = parsed(item);
      const { grid, left, top } = gridWith(pattern, 6);
      const engine = engineFor(item, grid);
      engine.step(4);
      const copies = new Set<string>();
      for (const dy of [-4, 0, 4]) {
        for (const dx of [-4, 0, 4]) {
          if (dx !== 0 || dy !== 0 || centre) {
            for (const key of placed(pattern, left + dx, top + dy)) copies.add(key);
          }
        }
      }
      expect(liveKeys(engine.grid)).toEqual(copies);
    },
  );
});
