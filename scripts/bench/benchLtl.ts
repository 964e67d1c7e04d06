import { createStepper } from "../../src/kernels/index.ts";
import type { CompiledRangeRule } from "../../src/kernels/range/CompiledRangeRule.ts";
import { compileRangeRule, isRefusal } from "../../src/kernels/range/compileRangeRule.ts";
import { compileWeightedRangeRule } from "../../src/kernels/range/compileWeightedRangeRule.ts";
import { createRangeStepper } from "../../src/kernels/range/createRangeStepper.ts";
import { cellProgramOf } from "../../src/rules/cellProgramOf.ts";
import { formatRule, parseRule } from "../../src/rules/index.ts";
import type { LargerThanLifeRule, RangeShape } from "../../src/rules/Rule.ts";
import { neighbourhoodSize, rangeCellsOf } from "../../src/rules/rangeCellsOf.ts";
import { compileRuleOf } from "../../src/universe/compileRuleOf.ts";
import { createSoup } from "./createSoup.ts";
import { measureRate, type Summary, summarize } from "./summarize.ts";

export interface LtlRow {
  /** The rule as Golly writes LtL, and the kernel that ran it. */
  readonly rule: string;
  readonly kernel: string;
  readonly range: number;
  readonly compileMillis: number;
  readonly cellUpdatesPerSecond: Summary;
}

export interface LtlBench {
  readonly size: number;
  /** B3/S23 on the wasm Life kernel, in the same run: the yardstick. */
  readonly lifeWasm: Summary;
  readonly rows: readonly LtlRow[];
}

/** Cells in the neighbourhood of `shape` at `range`, the cell included (Golly's max_neighbors + 1). */
function shapeCells(shape: RangeShape, range: number): number {
  const rule = { family: "ltl", range, states: 2, middle: false, shape, birth: [], survival: [] };
  return neighbourhoodSize(rule as LargerThanLifeRule) + 1;
}

/**
 * Bosco's Rule (R5,C0,M1,S34..58,B34..45) with its ranges scaled to the neighbourhood's size,
 * so every range runs a rule of the same character; range 1 is Life itself.
 */
function boscoLike(shape: RangeShape, range: number): LargerThanLifeRule {
  if (range === 1 && shape === "moore") {
    return {
      family: "ltl",
      range,
      states: 2,
      middle: false,
      shape,
      birth: [[3, 3]],
      survival: [[2, 3]],
    };
  }
  const scale = shapeCells(shape, range) / 121;
  const at = (n: number) => Math.round(n * scale);
  return {
    family: "ltl",
    range,
    states: 2,
    middle: true,
    shape,
    birth: [[at(34), at(45)]],
    survival: [[at(34), at(58)]],
  };
}

function describeRule(rule: LargerThanLifeRule): string {
  return formatRule(rule);
}

const CASES: readonly (readonly [RangeShape, number, "wasm" | "js"])[] = [
  ["moore", 1, "wasm"],
  ["moore", 5, "wasm"],
  ["moore", 50, "wasm"],
  ["vonNeumann", 1, "wasm"],
  ["vonNeumann", 5, "wasm"],
  ["vonNeumann", 50, "wasm"],
  ["circular", 1, "wasm"],
  ["circular", 5, "wasm"],
  ["circular", 20, "wasm"],
  ["moore", 5, "js"],
  ["moore", 50, "js"],
  ["vonNeumann", 5, "js"],
  ["vonNeumann", 50, "js"],
  ["circular", 5, "js"],
  // Golly's other neighbourhoods at range 5: stacks of rectangles (the triangular grid's two
  // in JavaScript), and the Gaussian's weights on the weighted kernel (JavaScript).
  ["checkerboard", 5, "wasm"],
  ["cross", 5, "wasm"],
  ["hexagonal", 5, "wasm"],
  ["triangular", 5, "wasm"],
  ["gaussian", 5, "wasm"],
];

/**
 * Larger than Life on a 1024x1024 torus soup (density 1/2): cell updates per second of the
 * wasm range kernels for ranges 1, 5 and 50 on each shape (the disc to range 20: its cost grows
 * with the range), and of the JavaScript ones at ranges 5 and 50, each rule compiled once by
 * driving its coroutine (the compile time is reported), Golly's checkerboard, cross, hexagonal,
 * triangular and Gaussian neighbourhoods at range 5, and B3/S23 on the wasm Life kernel measured in the same run. Runs are interleaved so that a
 * busy machine slows every kernel alike.
 */
export function benchLtl(runs: number, millis: number, size = 1024): LtlBench {
  const cells = createSoup(size, 20261129).cells;
  const life = compileRuleOf(parseRule("B3/S23").rule);
  if (!life) throw new Error("B3/S23 does not compile");
  const lifeStepper = createStepper({
    width: size,
    height: size,
    topology: "torus",
    compiled: life,
    kind: "wasm",
    cells,
  });
  // Each rule is compiled once, for its wasm and its JavaScript rows.
  const compiles = new Map<string, { compiled: CompiledRangeRule; compileMillis: number }>();
  const cases = CASES.map(([shape, range, prefer]) => {
    const rule = boscoLike(shape, range);
    const key = describeRule(rule);
    if (!compiles.has(key)) {
      const start = performance.now();
      const compiled =
        rule.shape === "gaussian"
          ? compileWeightedRangeRule(cellProgramOf(rule), rangeCellsOf(rule), rule.states)
          : compileRangeRule(cellProgramOf(rule), rule.states);
      const compileMillis = performance.now() - start;
      if (isRefusal(compiled)) throw new Error(`${key}: ${compiled.refused}`);
      compiles.set(key, { compiled, compileMillis });
    }
    const { compiled, compileMillis } = compiles.get(key) as {
      compiled: CompiledRangeRule;
      compileMillis: number;
    };
    const stepper = createRangeStepper({
      width: size,
      height: size,
      topology: "torus",
      compiled,
      cells,
      prefer,
    });
    measureRate(() => stepper.step(), Math.min(millis, 300)); // warm up
    return { rule, compileMillis, stepper };
  });
  measureRate(() => lifeStepper.step(), Math.min(millis, 300));
  const lifeSamples: number[] = [];
  const samples = cases.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    lifeSamples.push(measureRate(() => lifeStepper.step(), millis) * size * size);
    cases.forEach(({ stepper }, i) => {
      samples[i]?.push(measureRate(() => stepper.step(), millis) * size * size);
    });
  }
  lifeStepper.dispose();
  return {
    size,
    lifeWasm: summarize(lifeSamples),
    rows: cases.map(({ rule, compileMillis, stepper }, i) => ({
      rule: describeRule(rule),
      kernel: stepper.kind,
      range: rule.range,
      compileMillis,
      cellUpdatesPerSecond: summarize(samples[i] as number[]),
    })),
  };
}

/** The table `npm run bench -- --only ltl` prints. */
export function formatLtlRows(bench: LtlBench, runs: number, millis: number): string {
  const e = (n: number) => n.toExponential(2);
  const life = bench.lifeWasm;
  const lines = [
    `${bench.size}x${bench.size} torus soup, Larger than Life on the range kernels, one thread, ${runs} runs of ~${millis} ms each; cell updates/s, median [min-max]`,
    `${"B3/S23 (wasm Life kernel, baseline)".padEnd(44)} ${"".padEnd(18)} ${e(life.median).padStart(9)} [${e(life.min)}-${e(life.max)}]`,
  ];
  for (const r of bench.rows) {
    const t = r.cellUpdatesPerSecond;
    lines.push(
      `${r.rule.padEnd(44)} ${r.kernel.padEnd(18)} ${e(t.median).padStart(9)} [${e(t.min)}-${e(t.max)}]  ` +
        `${(t.median / life.median).toFixed(3)}x Life wasm  compiled in ${(r.compileMillis / 1000).toFixed(2)} s`,
    );
  }
  return `${lines.join("\n")}\n`;
}
