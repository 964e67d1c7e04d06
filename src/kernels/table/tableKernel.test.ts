import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import {
  B2_A_S12,
  HEX_B2_S34,
  mapRule,
  randomIsotropicTable,
  randomMapTable,
  TLIFE,
  VON_NEUMANN_B13_S012,
} from "../../../tests/support/sampleRules.ts";
import { CoroutineEngine } from "../../engine/CoroutineEngine.ts";
import { Grid, type Topology } from "../../engine/Grid.ts";
import { cellProgramOf } from "../../rules/cellProgramOf.ts";
import type { LifeLikeRule } from "../../rules/Rule.ts";
import { CONWAY } from "../../rules/Rule.ts";
import type { BandStepper } from "../BandStepper.ts";
import { packedRowWords } from "../BitLayout.ts";
import { compileRule } from "../compileRule.ts";
import { createBandStepper } from "../createBandStepper.ts";
import { createStepper } from "../createStepper.ts";
import { findMismatch } from "../findMismatch.ts";
import { splitRows } from "../splitRows.ts";
import { evaluateCircuit, type RuleCircuit } from "./Circuit.ts";
import { resubstitute } from "./resubstitute.ts";
import { synthesizeCircuit } from "./synthesizeCircuit.ts";

const seed = pickSeed();
const random = createRandom(seed);
const TOPOLOGIES: readonly Topology[] = ["torus", "plane"];
/** width x height: one cell, thin strips, word and vector seams, odd sizes. */
const SIZES: readonly (readonly [number, number])[] = [
  [1, 1],
  [3, 130],
  [129, 7],
  [7, 1],
  [33, 65],
  [128, 3],
  [131, 9],
];

/** Named rules, then random MAP (one of them B0) and random isotropic tables. */
function sampleRules(): [string, LifeLikeRule][] {
  return [
    ["tlife B3/S2-i34q", TLIFE],
    ["B2-a/S12", B2_A_S12],
    ["B2/S34H", HEX_B2_S34],
    ["B13/S012V", VON_NEUMANN_B13_S012],
    ["random MAP", mapRule(randomMapTable(random))],
    ["random MAP with B0", mapRule(randomMapTable(random, true))],
    ["random isotropic", mapRule(randomIsotropicTable(random))],
  ];
}

function compiledOf(rule: LifeLikeRule) {
  const program = cellProgramOf(rule);
  const compiled = compileRule(program);
  if (!compiled) throw new Error("a two-state 3x3 rule compiles");
  return { program, compiled };
}

describe("synthesizeCircuit", () => {
  it("computes every entry of random, isotropic and named tables", () => {
    const tables = [
      ...sampleRules().map(([, rule]) => compiledOf(rule).compiled.table),
      compiledOf(CONWAY).compiled.table,
      new Uint8Array(512),
      new Uint8Array(512).fill(1),
    ];
    for (const table of tables) {
      const circuit = synthesizeCircuit(table);
      for (let index = 0; index < 512; index++) {
        expect(evaluateCircuit(circuit, index), `seed ${seed}, block ${index}`).toBe(table[index]);
      }
    }
  });

  it("drops the cells a rule ignores: a von Neumann rule reads no corner", () => {
    const circuit = synthesizeCircuit(compiledOf(VON_NEUMANN_B13_S012).compiled.table);
    const read = new Set(
      circuit.gates.flatMap((g) => Object.values(g).filter((v) => typeof v === "number")),
    );
    for (const corner of [0, 2, 6, 8]) expect(read.has(corner)).toBe(false);
  });
});

describe("resubstitute", () => {
  it("makes a gate from values the circuit has, dropping the gates only it read", () => {
    // Value 12 is x0 & x1, which value 9 is too, made from x0 | x1 and x0 ^ x1, which nothing
    // else reads; value 13 is then x2 ^ value 9, and values 10-12 go.
    const circuit: RuleCircuit = {
      gates: [
        { op: "and", a: 0, b: 1 },
        { op: "xor", a: 0, b: 1 },
        { op: "or", a: 0, b: 1 },
        { op: "andNot", a: 11, b: 10 },
        { op: "xor", a: 12, b: 2 },
        { op: "or", a: 9, b: 3 },
        { op: "and", a: 13, b: 14 },
      ],
      output: 15,
      negated: true,
    };
    const smaller = resubstitute(circuit);
    expect(smaller.gates.length).toBe(4);
    expect(smaller.negated).toBe(true);
    for (let index = 0; index < 512; index++) {
      expect(evaluateCircuit(smaller, index), `block ${index}`).toBe(
        evaluateCircuit(circuit, index),
      );
    }
  });
});

describe("the wasm-table kernel equals the coroutine interpreter", () => {
  it.each(sampleRules())("%s", (name, rule) => {
    const { program, compiled } = compiledOf(rule);
    expect(compiled.totalistic).toBeUndefined();
    for (const topology of TOPOLOGIES) {
      for (const [width, height] of SIZES) {
        const cells = Uint8Array.from({ length: width * height }, () => (random() < 0.45 ? 1 : 0));
        const stepper = createStepper({ width, height, topology, compiled, cells });
        expect(stepper.kind).toBe("wasm-table");
        const mismatch = findMismatch([stepper], program, 12);
        expect(
          mismatch,
          `seed ${seed} (TEST_SEED=${seed}), ${name}, ${topology} ${width}x${height}`,
        ).toBeUndefined();
        const engine = new CoroutineEngine(new Grid(height, width, topology, cells), program);
        engine.step(12);
        expect(stepper.population()).toBe(engine.grid.population());
        stepper.dispose();
      }
    }
  });
});

/** One generation of every band, each given its neighbours' edge rows as halos. */
function stepBands(bands: readonly BandStepper[], topology: Topology): void {
  const edges = bands.map((band) => {
    const top = new Int32Array(packedRowWords(band.width));
    const bottom = new Int32Array(packedRowWords(band.width));
    band.readRow(0, top);
    band.readRow(band.height - 1, bottom);
    return { top, bottom };
  });
  const n = bands.length;
  const wraps = topology === "torus";
  bands.forEach((band, i) => {
    const above = i > 0 || wraps ? edges[(i - 1 + n) % n]?.bottom : undefined;
    const below = i < n - 1 || wraps ? edges[(i + 1) % n]?.top : undefined;
    band.setHalos(above, below);
    band.step();
  });
}

describe("wasm-table bands with halo rows", () => {
  it.each(sampleRules())("run %s as the whole grid does, in blocks of rows too", (name, rule) => {
    const { program, compiled } = compiledOf(rule);
    for (const topology of TOPOLOGIES) {
      for (const [width, height] of [
        [37, 23],
        [129, 7],
        [5, 2],
      ] as const) {
        const cells = Uint8Array.from({ length: width * height }, () => (random() < 0.4 ? 1 : 0));
        for (const parts of [2, 3]) {
          for (const rowsPerBlock of [undefined, 2]) {
            const ranges = splitRows(height, parts);
            const bands = ranges.map((range) =>
              createBandStepper({
                width,
                height: range.to - range.from,
                topology,
                compiled,
                ...(rowsPerBlock ? { rowsPerBlock } : {}),
                cells: cells.subarray(range.from * width, range.to * width),
              }),
            );
            const engine = new CoroutineEngine(new Grid(height, width, topology, cells), program);
            for (let generation = 1; generation <= 8; generation++) {
              engine.step();
              stepBands(bands, topology);
              const where = `seed ${seed} (TEST_SEED=${seed}), ${name}, ${topology} ${width}x${height}, ${parts} bands, block ${rowsPerBlock}, generation ${generation}`;
              const actual = new Uint8Array(width * height);
              bands.forEach((band, i) => {
                expect(band.kind).toBe("wasm-table");
                band.getCells(actual.subarray((ranges[i]?.from ?? 0) * width));
              });
              expect([...actual], where).toEqual([...engine.grid.cells]);
              const population = bands.reduce((sum, band) => sum + band.population(), 0);
              expect(population, where).toBe(engine.grid.population());
            }
          }
        }
      }
    }
  });
});

describe("choosing the table kernel", () => {
  it("runs a rule that is not Life-like on wasm-table unless bytes or bits is asked for", () => {
    const { compiled } = compiledOf(TLIFE);
    const make = (kind: "auto" | "wasm" | "bits" | "bytes" | "wasm-table") =>
      createStepper({ width: 40, height: 40, topology: "torus", compiled, kind }).kind;
    expect(make("auto")).toBe("wasm-table");
    expect(make("wasm")).toBe("wasm-table");
    expect(make("wasm-table")).toBe("wasm-table");
    expect(make("bits")).toBe("bytes");
    expect(make("bytes")).toBe("bytes");
  });

  it("runs Life on its circuit unless wasm is asked for, and the circuit equals the interpreter", () => {
    const { program, compiled } = compiledOf(CONWAY);
    expect(createStepper({ width: 9, height: 9, topology: "torus", compiled }).kind).toBe(
      "wasm-table",
    );
    expect(
      createStepper({ width: 9, height: 9, topology: "torus", compiled, kind: "wasm" }).kind,
    ).toBe("wasm");
    const cells = Uint8Array.from({ length: 131 * 17 }, () => (random() < 0.4 ? 1 : 0));
    const stepper = createStepper({
      width: 131,
      height: 17,
      topology: "torus",
      compiled,
      kind: "wasm-table",
      cells,
    });
    expect(stepper.kind).toBe("wasm-table");
    expect(findMismatch([stepper], program, 20), `seed ${seed}`).toBeUndefined();
  });
});
