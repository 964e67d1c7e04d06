import { createRandomWords } from "../../src/engine/createRandom.ts";
import { createStepper } from "../../src/kernels/index.ts";
import type { StateStepper } from "../../src/kernels/StateStepper.ts";
import { compileStates } from "../../src/kernels/states/compileStates.ts";
import { createStateStepper } from "../../src/kernels/states/createStateStepper.ts";
import { cellProgramOf } from "../../src/rules/cellProgramOf.ts";
import { CONWAY, type LifeLikeRule, type Rule, stateCount } from "../../src/rules/Rule.ts";
import { compileRuleOf } from "../../src/universe/compileRuleOf.ts";
import { measureRates, type Rates, type Summary, summarize } from "./summarize.ts";

export interface GenerationsRow {
  readonly rule: string;
  readonly kernel: string;
  readonly size: number;
  readonly ticksPerSecond: Summary;
  /** Ticks per second of this process's CPU time: steadier than wall-clock on a shared machine. */
  readonly ticksPerCpuSecond: Summary;
  /** This row's CPU rate over B3/S23's on the wasm kernel, run by run. */
  readonly ratioToLife?: Summary;
}

const SEED = 20261129;

const counts = (birth: number[], survival: number[]): LifeLikeRule => ({
  ...CONWAY,
  birth: birth.reduce((mask, n) => mask | (1 << n), 0),
  survival: survival.reduce((mask, n) => mask | (1 << n), 0),
});

/** The multi-state rules measured, each on the kernel `createStateStepper` picks. */
const RULES: readonly (readonly [string, Rule, number])[] = [
  ["Brian's Brain /2/3", { family: "generations", states: 3, base: counts([2], []) }, 1024],
  ["Star Wars 345/2/4", { family: "generations", states: 4, base: counts([2], [3, 4, 5]) }, 1024],
  ["B3/S23/C8", { family: "generations", states: 8, base: CONWAY }, 1024],
  ["B3/S23/C256", { family: "generations", states: 256, base: CONWAY }, 1024],
  ["LifeHistory", { family: "history", variant: "History", base: CONWAY }, 1024],
  ["LifeSuper", { family: "history", variant: "Super", base: CONWAY }, 1024],
];

/**
 * Multi-state bounded kernels on 1024x1024 torus soups (every state, half the cells empty;
 * LifeSuper's of on and off cells only):
 * the Generations kernel (live cells on the two-state wasm kernel, dying counters bit-sliced),
 * the table kernel (LifeHistory) and the memo kernel (LifeSuper), each run by run beside
 * B3/S23 on the wasm kernel, the baseline.
 */
export function benchGenerations(runs: number, millis: number): GenerationsRow[] {
  const size = 1024;
  const life = createStepper({
    width: size,
    height: size,
    topology: "torus",
    compiled: compileRuleOf(CONWAY),
    kind: "wasm",
  });
  const next = createRandomWords(SEED);
  life.setCells(Uint8Array.from({ length: size * size }, () => next() & 1));
  const steppers: [string, StateStepper][] = RULES.map(([name, rule, side]) => {
    const states = stateCount(rule);
    const program = cellProgramOf(rule);
    const { compiled } = compileStates(program, states);
    const stepper = createStateStepper({
      width: side,
      height: side,
      topology: "torus",
      program,
      compiled,
    });
    const random = createRandomWords(SEED + states);
    // LifeSuper starts from on and off cells (its other states are colours and marks that
    // patterns are drawn with): a soup of all 26 states makes nearly every block new to the memo.
    const onOff = rule.family === "history" && rule.variant === "Super";
    stepper.setCells(
      Uint8Array.from({ length: side * side }, () => {
        const word = random();
        return word & 1 ? 0 : word & 2 || onOff ? 1 : (word >>> 2) % states;
      }),
    );
    stepper.step(); // warm up
    return [name, stepper];
  });
  life.step(3);
  const lifeRates: Rates[] = [];
  const rates = steppers.map(() => [] as Rates[]);
  for (let run = 0; run < runs; run++) {
    lifeRates.push(measureRates(() => life.step(1), millis));
    steppers.forEach(([, stepper], i) => {
      rates[i]?.push(measureRates(() => stepper.step(), millis));
    });
  }
  const rows: GenerationsRow[] = [
    {
      rule: "B3/S23 (baseline)",
      kernel: life.kind,
      size,
      ticksPerSecond: summarize(lifeRates.map((rate) => rate.wall)),
      ticksPerCpuSecond: summarize(lifeRates.map((rate) => rate.cpu)),
    },
  ];
  steppers.forEach(([name, stepper], i) => {
    const mine = rates[i] as Rates[];
    rows.push({
      rule: name,
      kernel: stepper.kind,
      size: stepper.width,
      ticksPerSecond: summarize(mine.map((rate) => rate.wall)),
      ticksPerCpuSecond: summarize(mine.map((rate) => rate.cpu)),
      ratioToLife: summarize(mine.map((rate, run) => rate.cpu / (lifeRates[run] as Rates).cpu)),
    });
    stepper.dispose();
  });
  life.dispose();
  return rows;
}

export function formatGenerationsRows(
  rows: readonly GenerationsRow[],
  runs: number,
  millis: number,
): string {
  let out = `\nMulti-state kernels, torus soups, ${runs} runs of ~${millis} ms each; median [min-max]; the ratio is of CPU rates, run by run\n`;
  for (const row of rows) {
    const t = row.ticksPerSecond;
    const c = row.ticksPerCpuSecond;
    const r = row.ratioToLife;
    const ratio = r
      ? `  ${r.median.toFixed(3)}x B3/S23 [${r.min.toFixed(3)}-${r.max.toFixed(3)}]`
      : "";
    out +=
      `${`${row.size}x${row.size}`.padEnd(10)} ${row.rule.padEnd(20)} ${row.kernel.padEnd(20)} ` +
      `${t.median.toFixed(1).padStart(8)} ticks/s [${t.min.toFixed(1)}-${t.max.toFixed(1)}] ` +
      `${c.median.toFixed(1).padStart(8)} ticks/CPU-s [${c.min.toFixed(1)}-${c.max.toFixed(1)}]${ratio}\n`;
  }
  return out;
}
