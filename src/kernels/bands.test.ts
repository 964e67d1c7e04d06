import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import { CoroutineEngine } from "../engine/CoroutineEngine.ts";
import { Grid, type Topology } from "../engine/Grid.ts";
import { packRows } from "../engine/packRows.ts";
import { cellProgramOf } from "../rules/cellProgramOf.ts";
import { parseRule } from "../rules/parseRule.ts";
import { compileRuleOf } from "../universe/compileRuleOf.ts";
import type { BandStepper } from "./BandStepper.ts";
import { packedRowWords } from "./BitLayout.ts";
import { compileRule } from "./compileRule.ts";
import { createBandStepper } from "./createBandStepper.ts";
import { interpretBand } from "./interpretBand.ts";
import type { StepperKind } from "./Stepper.ts";
import { type RowRange, splitRows } from "./splitRows.ts";

const GENERATIONS = 12;
const KINDS: readonly StepperKind[] = ["bytes", "bits", "wasm"];
/** Every kernel, and bits and wasm once more stepping two rows at a time, as big bands do. */
const VARIANTS = [
  ...KINDS.map((kind) => ({ kind, label: kind })),
  { kind: "bits", label: "bits, 2-row blocks", rowsPerBlock: 2 },
  { kind: "wasm", label: "wasm, 2-row blocks", rowsPerBlock: 2 },
] as const;
const TOPOLOGIES: readonly Topology[] = ["torus", "plane"];
const RULES = ["B3/S23", "HighLife", "B0123478/S34678", "B0/S8", "Seeds", "B1/S1"];
/** width x height: odd sizes, word and vector seams, and fewer rows than bands. */
const SIZES: readonly (readonly [number, number])[] = [
  [37, 23],
  [33, 5],
  [129, 7],
  [64, 4],
  [1, 3],
  [5, 2],
];

const seed = pickSeed();
const random = createRandom(seed);

/** One generation of every band: edges are read first, so each band sees the old rows. */
function stepBands(bands: readonly BandStepper[], topology: Topology): void {
  const edges = bands.map((band) => {
    const top = new Int32Array(packedRowWords(band.width));
    const bottom = new Int32Array(packedRowWords(band.width));
    band.readRow(0, top);
    band.readRow(band.height - 1, bottom);
    return { top, bottom };
  });
  const n = bands.length;
  bands.forEach((band, i) => {
    const wraps = topology === "torus";
    const above = i > 0 || wraps ? edges[(i - 1 + n) % n]?.bottom : undefined;
    const below = i < n - 1 || wraps ? edges[(i + 1) % n]?.top : undefined;
    band.setHalos(above, below);
    band.step();
  });
}

function join(bands: readonly BandStepper[], ranges: readonly RowRange[], width: number) {
  const height = ranges[ranges.length - 1]?.to ?? 0;
  const cells = new Uint8Array(width * height);
  bands.forEach((band, i) => {
    band.getCells(cells.subarray((ranges[i]?.from ?? 0) * width));
  });
  return cells;
}

function firstDifference(expected: Uint8Array, actual: Uint8Array, width: number): string {
  const i = expected.findIndex((cell, j) => actual[j] !== cell);
  return i < 0 ? "none" : `y ${Math.floor(i / width)} x ${i % width}`;
}

describe("bands of every kernel, stepped with halo rows, equal the coroutine interpreter", () => {
  it.each(RULES)("%s", (text) => {
    const program = cellProgramOf(parseRule(text).rule);
    const compiled = compileRule(program);
    if (!compiled) throw new Error(`${text} did not compile`);
    for (const topology of TOPOLOGIES) {
      for (const [width, height] of SIZES) {
        const cells = Uint8Array.from({ length: width * height }, () => (random() < 0.4 ? 1 : 0));
        for (let parts = 1; parts <= 4; parts++) {
          const ranges = splitRows(height, parts);
          const engine = new CoroutineEngine(new Grid(height, width, topology, cells), program);
          const stacks = VARIANTS.map((variant) => ({
            label: variant.label,
            bands: ranges.map((range) =>
              createBandStepper({
                ...variant,
                width,
                height: range.to - range.from,
                topology,
                compiled,
                cells: cells.subarray(range.from * width, range.to * width),
              }),
            ),
          }));
          for (let generation = 1; generation <= GENERATIONS; generation++) {
            engine.step();
            for (const { label, bands } of stacks) {
              stepBands(bands, topology);
              const where =
                `seed ${seed} (TEST_SEED=${seed}), ${text}, ${topology} ${width}x${height}, ` +
                `${ranges.length} bands of ${label} (${bands[0]?.kind}), generation ${generation}`;
              const actual = join(bands, ranges, width);
              expect(firstDifference(engine.grid.cells, actual, width), where).toBe("none");
              const population = bands.reduce((sum, band) => sum + band.population(), 0);
              expect(population, where).toBe(engine.grid.population());
            }
          }
        }
      }
    }
  });
});

describe("packed rows", () => {
  it("go in and out of every kernel unchanged, with the ghosts following", () => {
    const compiled = compileRuleOf(parseRule("B3/S23").rule);
    if (!compiled) throw new Error("B3/S23 did not compile");
    for (const [width, height] of [...SIZES, [32, 3] as const, [128, 2] as const]) {
      const cells = Uint8Array.from({ length: width * height }, () => (random() < 0.5 ? 1 : 0));
      const packed = new Int32Array(packedRowWords(width) * height);
      packRows(cells, width, height, packed);
      for (const kind of KINDS) {
        for (const topology of TOPOLOGIES) {
          const band = createBandStepper({ width, height, topology, compiled, kind });
          band.writeRows(packed);
          const where = `seed ${seed}, ${kind} ${topology} ${width}x${height}`;
          expect([...band.getCells()], where).toEqual([...cells]);
          const out = new Int32Array(packed.length).fill(-1);
          band.readRows(out);
          expect([...out], where).toEqual([...packed]);
          // The wrapped ghosts come from the rows written: a step sees the right neighbours.
          const reference = createBandStepper({ width, height, topology, compiled, kind, cells });
          for (const stepper of [band, reference]) stepBands([stepper], topology);
          expect([...band.getCells()], where).toEqual([...reference.getCells()]);
        }
      }
    }
  });
});

describe("interpretBand", () => {
  it.each(RULES)("runs %s band by band like the whole-grid interpreter", (text) => {
    const program = cellProgramOf(parseRule(text).rule);
    for (const topology of TOPOLOGIES) {
      for (const [width, height] of SIZES) {
        const cells = Uint8Array.from({ length: width * height }, () => (random() < 0.4 ? 1 : 0));
        for (let parts = 1; parts <= 4; parts++) {
          const engine = new CoroutineEngine(new Grid(height, width, topology, cells), program);
          let current = new Grid(height, width, topology, cells.slice());
          let next = current.emptyLike();
          for (let generation = 1; generation <= GENERATIONS; generation++) {
            engine.step();
            for (const { from, to } of splitRows(height, parts)) {
              interpretBand(current, next, from, to, program);
            }
            [current, next] = [next, current];
            const where =
              `seed ${seed} (TEST_SEED=${seed}), ${text}, ${topology} ${width}x${height}, ` +
              `${parts} parts, generation ${generation}`;
            expect(firstDifference(engine.grid.cells, current.cells, width), where).toBe("none");
          }
        }
      }
    }
  });

  it("touches only the band's rows", () => {
    const program = cellProgramOf(parseRule("B012345678/S012345678").rule);
    const current = new Grid(6, 4, "torus");
    const next = current.emptyLike();
    interpretBand(current, next, 2, 4, program);
    expect(next.toString()).toBe(["----", "----", "****", "****", "----", "----"].join("\n"));
    expect(() => interpretBand(current, current, 0, 1, program)).toThrow(/different grid/);
  });
});

describe("splitRows", () => {
  it("splits evenly, larger bands first, never an empty band", () => {
    expect(splitRows(10, 3)).toEqual([
      { from: 0, to: 4 },
      { from: 4, to: 7 },
      { from: 7, to: 10 },
    ]);
    expect(splitRows(3, 5)).toEqual([
      { from: 0, to: 1 },
      { from: 1, to: 2 },
      { from: 2, to: 3 },
    ]);
    expect(splitRows(7, 1)).toEqual([{ from: 0, to: 7 }]);
  });
});
