import { createRandom } from "../../src/engine/createRandom.ts";
import { compileRule, createStepper, type StepperKind } from "../../src/kernels/index.ts";
import { cellProgramOf } from "../../src/rules/cellProgramOf.ts";
import { CONWAY, type LifeLikeRule } from "../../src/rules/Rule.ts";
import {
  B2_A_S12,
  HEX_B2_S34,
  mapRule,
  randomIsotropicTable,
  randomMapTable,
  TLIFE,
  VON_NEUMANN_B13_S012,
} from "../../tests/support/sampleRules.ts";
import { createSoup } from "./createSoup.ts";
import { measureRate, measureRates, type Rates, type Summary, summarize } from "./summarize.ts";

export interface TableKernelRow {
  readonly rule: string;
  readonly kernel: StepperKind;
  readonly cellUpdatesPerSecond: Summary;
  /**
   * This row's rate over B3/S23's on `wasm` in the same round, per round, in cell updates per
   * second of this process's CPU time (steadier than wall-clock on a shared machine).
   */
  readonly ratioToLife: Summary;
}

export interface TableKernelBench {
  readonly size: number;
  readonly rows: readonly TableKernelRow[];
}

interface Case {
  readonly rule: string;
  readonly definition: LifeLikeRule;
  readonly kind: StepperKind;
}

/**
 * Two-state 3x3 rules that are not Life-like on the `wasm-table` kernel (a circuit per rule),
 * beside B3/S23 on the bit-sliced `wasm` kernel measured in the same rounds: cell updates per
 * second on one thread on a 1024x1024 torus soup, and each rule's rate over B3/S23's, round by
 * round. Also B3/S23 itself as a table, four random MAP rules (the hardest tables: no symmetry
 * to share), and one on `bytes`, the kernel such rules ran on before. Every rule comes from its
 * cell coroutine through `compileRule`; the random tables from a fixed seed.
 */
export function benchTableKernel(runs: number, millis: number, size = 1024): TableKernelBench {
  const random = createRandom(20261129);
  const randomMap = mapRule(randomMapTable(random));
  const cases: Case[] = [
    { rule: "B3/S23", definition: CONWAY, kind: "wasm" },
    { rule: "B3/S23 as a table", definition: CONWAY, kind: "wasm-table" },
    { rule: "tlife B3/S2-i34q", definition: TLIFE, kind: "wasm-table" },
    { rule: "B2-a/S12", definition: B2_A_S12, kind: "wasm-table" },
    {
      rule: "random isotropic",
      definition: mapRule(randomIsotropicTable(random)),
      kind: "wasm-table",
    },
    { rule: "random MAP", definition: randomMap, kind: "wasm-table" },
    ...[2, 3, 4].map((k) => ({
      rule: `random MAP #${k}`,
      definition: mapRule(randomMapTable(random)),
      kind: "wasm-table" as const,
    })),
    { rule: "B2/S34H", definition: HEX_B2_S34, kind: "wasm-table" },
    { rule: "B13/S012V", definition: VON_NEUMANN_B13_S012, kind: "wasm-table" },
    { rule: "random MAP", definition: randomMap, kind: "bytes" },
  ];
  const cells = createSoup(size, 20261121).cells;
  const steppers = cases.map(({ rule, definition, kind }) => {
    const compiled = compileRule(cellProgramOf(definition));
    if (!compiled) throw new Error(`${rule} does not compile`);
    const stepper = createStepper({
      width: size,
      height: size,
      topology: "torus",
      compiled,
      kind,
      cells,
    });
    if (stepper.kind !== kind) throw new Error(`${rule}: asked for ${kind}, got ${stepper.kind}`);
    measureRate(() => stepper.step(), Math.min(millis, 300)); // warm up: let the JIT optimise
    return stepper;
  });
  const rates = cases.map((): number[] => []);
  const ratios = cases.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    // Interleaved, so that a busy machine slows every rule alike within a round.
    const round = steppers.map((stepper) => measureRates(() => stepper.step(), millis));
    round.forEach((rate, i) => {
      rates[i]?.push(rate.wall * size * size);
      ratios[i]?.push(rate.cpu / (round[0] as Rates).cpu);
    });
  }
  for (const stepper of steppers) stepper.dispose();
  const rows = cases.map(({ rule, kind }, i) => ({
    rule,
    kernel: kind,
    cellUpdatesPerSecond: summarize(rates[i] as number[]),
    ratioToLife: summarize(ratios[i] as number[]),
  }));
  return { size, rows };
}

/** The table `npm run bench -- --only table-kernel` prints. */
export function formatTableKernelRows(
  bench: TableKernelBench,
  runs: number,
  millis: number,
): string {
  const lines = [
    `${bench.size}x${bench.size} torus soup, rules that are not Life-like on the table kernel, one thread, ` +
      `${runs} runs of ~${millis} ms each; cell updates/s and the ratio of CPU rates to B3/S23 on wasm in the same round, median [min-max]`,
  ];
  for (const r of bench.rows) {
    const t = r.cellUpdatesPerSecond;
    const q = r.ratioToLife;
    lines.push(
      `${r.rule.padEnd(18)} ${r.kernel.padEnd(10)} ${t.median.toExponential(2).padStart(9)} ` +
        `[${t.min.toExponential(2)}-${t.max.toExponential(2)}]  ` +
        `${q.median.toFixed(2)}x [${q.min.toFixed(2)}-${q.max.toFixed(2)}] B3/S23`,
    );
  }
  return `${lines.join("\n")}\n`;
}
