import { describe, expect, it } from "vitest";
import { firstRangeDifference } from "../../../tests/support/firstRangeDifference.ts";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { Grid, type Topology } from "../../engine/Grid.ts";
import type { CellProgram } from "../../engine/protocol.ts";
import { cellProgramOf } from "../../rules/cellProgramOf.ts";
import type { CountRange, LargerThanLifeRule, RangeShape } from "../../rules/Rule.ts";
import { interpretBand } from "../interpretBand.ts";
import type { CompiledRangeRule } from "./CompiledRangeRule.ts";
import { compileRangeRule, compilingRangeRule, isRefusal } from "./compileRangeRule.ts";
import { createRangeStepper } from "./createRangeStepper.ts";

const seed = pickSeed();
const random = createRandom(seed);
const SHAPES: readonly RangeShape[] = ["moore", "vonNeumann", "circular"];
const TOPOLOGIES: readonly Topology[] = ["torus", "plane"];
const GENERATIONS = 6;

function pick(n: number): number {
  return Math.floor(random() * n);
}

/** Up to three random count ranges within 0..most. */
function randomRanges(most: number): CountRange[] {
  return Array.from({ length: 1 + pick(3) }, () => {
    const min = pick(most + 1);
    return [min, Math.min(most, min + pick(most / 2 + 1))] as const;
  });
}

function randomRule(): LargerThanLifeRule {
  const range = 1 + pick(7);
  const shape = SHAPES[pick(SHAPES.length)] as RangeShape;
  const most = (2 * range + 1) ** 2;
  return {
    family: "ltl",
    range,
    states: 2 + pick(4),
    middle: random() < 0.5,
    shape,
    birth: randomRanges(Math.floor(most / 2)),
    survival: randomRanges(Math.floor(most / 2)),
  };
}

function compile(rule: LargerThanLifeRule): CompiledRangeRule {
  const compiled = compileRangeRule(cellProgramOf(rule), rule.states);
  if (isRefusal(compiled)) throw new Error(`${JSON.stringify(rule)} refused: ${compiled.refused}`);
  return compiled;
}

function firstDifference(
  rule: LargerThanLifeRule,
  compiled: CompiledRangeRule,
  width: number,
  height: number,
  topology: Topology,
): string {
  return firstRangeDifference(random, rule, compiled, width, height, topology, GENERATIONS);
}

it("runs each shape on its own wasm kernel", () => {
  const kinds = SHAPES.map((shape) => {
    // Range 4: at range 1 the disc is the 3x3 square, and runs as one.
    const rule = { ...randomRule(), shape, range: 4 };
    return createRangeStepper({ width: 8, height: 8, topology: "torus", compiled: compile(rule) })
      .kind;
  });
  expect(kinds).toEqual(["ltl-square-wasm", "ltl-diamond-wasm", "ltl-rectangles-wasm"]);
});

describe("the range kernels equal the coroutine interpreter", () => {
  const rules = Array.from({ length: 24 }, randomRule);
  it.each(rules.map((rule) => [JSON.stringify(rule), rule] as const))("%s", (name, rule) => {
    const compiled = compile(rule);
    expect(compiled.states).toBe(rule.states);
    const r = rule.range;
    // Odd sizes, strips, and grids smaller than the neighbourhood (a torus counts such a
    // cell more than once, as the interpreter's wrapped queries do).
    const sizes = [
      [1, 1],
      [2, 3],
      [r, r + 1],
      [2 * r + 1, 2 * r + 2],
      [29, 17],
      [5, 33],
    ] as const;
    for (const topology of TOPOLOGIES) {
      for (const [width, height] of sizes) {
        expect(
          firstDifference(rule, compiled, width, height, topology),
          `seed ${seed} (TEST_SEED=${seed}), ${name}, ${topology} ${width}x${height}`,
        ).toBe("none");
      }
    }
  });
});

it("learns a large neighbourhood at the counts its ranges name, and checks the runs between", () => {
  // Range 40: 6,560 neighbours, too many to drive every count; the breaks are where the rule's
  // count ranges start and end.
  const rule: LargerThanLifeRule = {
    family: "ltl",
    range: 40,
    states: 3,
    middle: true,
    shape: "moore",
    birth: [[2100, 2900]],
    survival: [[1800, 3400]],
  };
  const breaks = [2100, 2901, 1800, 3401];
  const compiled = compileRangeRule(cellProgramOf(rule), rule.states, undefined, breaks);
  if (isRefusal(compiled)) throw new Error(compiled.refused);
  expect(compiled.states).toBe(3);
  for (const topology of TOPOLOGIES) {
    expect(firstDifference(rule, compiled, 7, 5, topology), `seed ${seed}, ${topology}`).toBe(
      "none",
    );
  }
  // Breaks that miss where the answer changes are caught by the samples between them.
  const wrong = compileRangeRule(cellProgramOf(rule), rule.states, undefined, [2100]);
  expect(isRefusal(wrong) && wrong.refused).toMatch(/changes at a count no break names/);
});

it("learns every state of the world, also dying states a rule whose cells never die cannot reach", () => {
  // Every count survives, so no transition shows state 2; yet a cell may be put in it.
  const rule: LargerThanLifeRule = {
    family: "ltl",
    range: 2,
    states: 3,
    middle: false,
    shape: "vonNeumann",
    birth: [[2, 10]],
    survival: [[0, 12]],
  };
  const compiled = compile(rule);
  expect(compiled.states).toBe(3);
  expect(firstDifference(rule, compiled, 9, 7, "torus")).toBe("none");
});

it("learns Bosco's Rule's counts, with dying neighbours counting as empty", () => {
  const bosco: LargerThanLifeRule = {
    family: "ltl",
    range: 5,
    states: 4,
    middle: true,
    shape: "moore",
    birth: [[34, 45]],
    survival: [[34, 58]],
  };
  const compiled = compile(bosco);
  expect(compiled.offsets.length / 2).toBe(120);
  expect(compiled.range).toBe(5);
  expect([...compiled.alive]).toEqual([0, 1, 0, 0]);
  const row = (state: number) => Array.from(compiled.next.subarray(state * 121, (state + 1) * 121));
  // An empty cell is born on 34..45; a live one (counting itself, M1) survives on 33..57
  // others and otherwise starts to die; the dying states decay whatever their neighbours.
  expect(row(0)).toEqual(Array.from({ length: 121 }, (_, n) => (n >= 34 && n <= 45 ? 1 : 0)));
  expect(row(1)).toEqual(Array.from({ length: 121 }, (_, n) => (n >= 33 && n <= 57 ? 1 : 2)));
  expect(row(2)).toEqual(new Array(121).fill(3));
  expect(row(3)).toEqual(new Array(121).fill(0));
});

it("counts neighbours in whichever states the coroutine counts", () => {
  // Not Larger than Life: a 3-state rule on the 5x5 square where dying cells (state 2) count
  // as alive too; the kernels must take the weights from the compile, not assume state 1.
  const program: CellProgram = function* (y, x) {
    const own = yield { kind: "query", y, x };
    let count = 0;
    for (let dy = -2; dy <= 2; dy++) {
      for (let dx = -2; dx <= 2; dx++) {
        if (dy !== 0 || dx !== 0)
          count += (yield { kind: "query", y: y + dy, x: x + dx }) === 0 ? 0 : 1;
      }
    }
    const next =
      own === 2 ? 0 : own === 1 ? (count >= 6 && count <= 10 ? 1 : 2) : count === 7 ? 1 : 0;
    yield { kind: "transition", y, x, state: next };
  };
  const compiled = compileRangeRule(program);
  if (isRefusal(compiled)) throw new Error(compiled.refused);
  expect([...compiled.alive]).toEqual([0, 1, 1]);
  for (const topology of TOPOLOGIES) {
    const [width, height] = [23, 19];
    // About 7 of the 24 neighbours non-empty: births on exactly 7 keep it going.
    const cells = Uint8Array.from({ length: width * height }, () =>
      random() < 0.3 ? 1 + pick(2) : 0,
    );
    const steppers = (["wasm", "js"] as const).map((prefer) =>
      createRangeStepper({ width, height, topology, compiled, cells, prefer }),
    );
    let grid = new Grid(height, width, topology, cells.slice());
    for (let generation = 0; generation < 8; generation++) {
      const next = grid.emptyLike();
      interpretBand(grid, next, 0, height, program);
      grid = next;
      for (const stepper of steppers) {
        stepper.step();
        expect([...stepper.cells()], `seed ${seed}, ${stepper.kind} ${topology}`).toEqual([
          ...grid.cells,
        ]);
      }
    }
  }
});

it("compiles in slices, reporting the queries asked, to the same rule", () => {
  const rule: LargerThanLifeRule = {
    family: "ltl",
    range: 10,
    states: 3,
    middle: false,
    shape: "moore",
    birth: [[100, 150]],
    survival: [[90, 200]],
  };
  const compiling = compilingRangeRule(cellProgramOf(rule), rule.states);
  const reports: number[] = [];
  let item = compiling.next();
  for (; !item.done; item = compiling.next()) reports.push(item.value);
  expect(reports.length).toBeGreaterThan(0);
  expect(reports).toEqual([...reports].sort((a, b) => a - b));
  expect(item.value).toEqual(compile(rule));
});

describe("refuses coroutines that are not range rules", () => {
  it("refuses one that cares where its live neighbours are", () => {
    const compiled = compileRangeRule(function* (y, x) {
      yield { kind: "query", y, x };
      const north = yield { kind: "query", y: y - 1, x };
      const south = yield { kind: "query", y: y + 1, x };
      yield { kind: "transition", y, x, state: north === 1 && south === 0 ? 1 : 0 };
    });
    expect(isRefusal(compiled) && compiled.refused).toMatch(/where they are|count/);
  });

  it("refuses one that depends on where the cell is", () => {
    const compiled = compileRangeRule(function* (y, x) {
      const own = yield { kind: "query", y, x };
      const east = yield { kind: "query", y, x: x + 1 };
      yield { kind: "transition", y, x, state: (own + east + x) % 2 };
    });
    expect(isRefusal(compiled)).toBe(true);
  });

  it("refuses one that keeps hidden state between cells", () => {
    let calls = 0;
    const compiled = compileRangeRule(function* (y, x) {
      yield { kind: "query", y, x };
      const east = yield { kind: "query", y, x: x + 1 };
      yield { kind: "transition", y, x, state: (east + calls++) % 2 };
    });
    expect(isRefusal(compiled)).toBe(true);
  });

  it("refuses one that asks farther when its neighbours are alive", () => {
    const compiled = compileRangeRule(function* (y, x) {
      yield { kind: "query", y, x };
      const east = yield { kind: "query", y, x: x + 1 };
      if (east === 1) yield { kind: "query", y, x: x + 2 };
      yield { kind: "transition", y, x, state: east };
    });
    expect(isRefusal(compiled) && compiled.refused).toMatch(/outside the neighbourhood/);
  });

  it("refuses one whose dying neighbours count as neither empty nor alive", () => {
    // A dying neighbour counts twice: neither 0 nor 1 fits a birth on exactly one.
    const compiled = compileRangeRule(function* (y, x) {
      const own = yield { kind: "query", y, x };
      let count = 0;
      for (const [dy, dx] of [
        [-1, 0],
        [0, -1],
        [0, 1],
        [1, 0],
      ] as const) {
        const state = yield { kind: "query", y: y + dy, x: x + dx };
        count += state === 1 ? 1 : state === 2 ? 2 : 0;
      }
      yield {
        kind: "transition",
        y,
        x,
        state: own === 0 ? (count === 1 ? 1 : 0) : own === 1 ? 2 : 0,
      };
    });
    expect(isRefusal(compiled)).toBe(true);
  });
});

describe("Bosco, Kellie Evans's period-166 oscillator in Bosco's Rule", () => {
  // Written here from the description of Patterns/Larger-than-Life/bosco.rle in Golly's
  // collection (a range-5 Larger than Life creature, R5,C2,S33-57,B34-45, period 166), rows of
  // live cells in an 11-row box; the file's lone marker cell far below is left out.
  const ROWS = [
    "......o....",
    "....ooooo..",
    "..ooooo.oo.",
    ".ooooo...oo",
    ".oooo.....o",
    "oooo.....ooo",
    ".oooo...ooo",
    ".ooooo.oooo",
    "..oooooooo",
    "...ooooooo",
    "....ooooo",
  ];
  const bosco: LargerThanLifeRule = {
    family: "ltl",
    range: 5,
    states: 2,
    middle: true,
    shape: "moore",
    birth: [[34, 45]],
    survival: [[34, 58]],
  };
  const placed = (width: number, height: number): Uint8Array => {
    const cells = new Uint8Array(width * height);
    ROWS.forEach((row, dy) => {
      for (let dx = 0; dx < row.length; dx++) {
        if (row[dx] === "o") cells[(30 + dy) * width + 60 + dx] = 1;
      }
    });
    return cells;
  };

  it.each(TOPOLOGIES)(
    "comes back in place after 166 generations and not before, on a %s",
    (topology) => {
      const compiled = compile(bosco);
      // Over its period it travels some 45 cells down and to the left and back, so the plane
      // leaves it room.
      const start = placed(120, 120);
      expect(start.reduce((a, b) => a + b, 0)).toBe(68);
      const stepper = createRangeStepper({
        width: 120,
        height: 120,
        topology,
        compiled,
        cells: start,
      });
      const returns: number[] = [];
      for (let generation = 1; generation <= 166; generation++) {
        stepper.step();
        if (stepper.cells().every((state, i) => state === start[i])) returns.push(generation);
      }
      expect(returns).toEqual([166]);
    },
  );

  it("runs its first generations as the interpreter does", () => {
    const compiled = compile(bosco);
    const start = placed(100, 56);
    const stepper = createRangeStepper({
      width: 100,
      height: 56,
      topology: "plane",
      compiled,
      cells: start,
    });
    let grid = new Grid(56, 100, "plane", start.slice());
    for (let generation = 0; generation < 4; generation++) {
      const next = grid.emptyLike();
      interpretBand(grid, next, 0, 56, cellProgramOf(bosco));
      grid = next;
      stepper.step();
    }
    expect([...stepper.cells()]).toEqual([...grid.cells]);
  });
});
