import { CoroutineEngine, Grid } from "../../src/engine/index.ts";
import { compileRule } from "../../src/kernels/compileRule.ts";
import { cellProgramOf } from "../../src/rules/cellProgramOf.ts";
import { parseRule } from "../../src/rules/index.ts";
import { USER_RULE_EXAMPLES } from "../../src/userRule/examples.ts";
import { prepareUserRule, stepUserGrid } from "../../src/userRule/index.ts";
import { evaluateHere } from "../../src/userRule/userRuleTestSupport.ts";
import { createSoup } from "./createSoup.ts";
import { measureRate, type Summary, summarize } from "./summarize.ts";

export interface UserRulesBench {
  readonly size: number;
  /** Checking and compiling HighLife written as gameLogic (parse, evaluate, check, compile), ms. */
  readonly prepareGameLogicMillis: Summary;
  /** The built-in B36/S23 coroutine compiled (`compileRule`), ms: the baseline. */
  readonly compileBuiltInMillis: Summary;
  /**
   * Generations a second on a size x size torus soup, one thread; a user's row also has its
   * rate over the built-in interpreter's on the same rule, round by round (the two interleaved).
   */
  readonly rows: readonly {
    readonly what: string;
    readonly generationsPerSecond: Summary;
    readonly ratioToBuiltIn?: Summary;
  }[];
}

const HIGHLIFE_LOGIC = `function gameLogic(state, neighbors) {
  if (state === 1) return neighbors === 2 || neighbors === 3 ? 1 : 0;
  return neighbors === 3 || neighbors === 6 ? 1 : 0;
}`;

function source(start: string): string {
  const example = USER_RULE_EXAMPLES.find((e) => e.name.startsWith(start));
  if (!example) throw new Error(`no example ${start}`);
  return example.source;
}

function timeMillis(run: () => void, runs: number): Summary {
  return summarize(
    Array.from({ length: runs }, () => {
      const start = performance.now();
      run();
      return performance.now() - start;
    }),
  );
}

/**
 * User rules: how long a gameLogic rule takes to check and compile, beside the built-in
 * compiler on the same rule; and a user's coroutine on the sandbox's checked interpreter
 * (`stepUserGrid`, what the sandbox worker runs) at 256x256, beside the built-in coroutine
 * interpreter (`CoroutineEngine`) on the same rule: HighLife (3x3, forced onto the interpreter)
 * and the range-2 example against the built-in Larger than Life rule it equals.
 */
export function benchUserRules(runs: number, millis: number, size = 256): UserRulesBench {
  const highLife = cellProgramOf(parseRule("B36/S23").rule);
  prepareUserRule(HIGHLIFE_LOGIC, evaluateHere); // warm up
  compileRule(highLife);
  const prepareGameLogicMillis = timeMillis(
    () => prepareUserRule(HIGHLIFE_LOGIC, evaluateHere),
    runs,
  );
  const compileBuiltInMillis = timeMillis(() => compileRule(highLife), runs);

  const soup = createSoup(size, 20261129);
  const rows: { what: string; generationsPerSecond: Summary; ratioToBuiltIn?: Summary }[] = [];
  const pairs = [
    ["HighLife", source("HighLife"), "B36/S23"],
    ["range 2", source("A larger sphere"), "R2,C0,M0,S6..9,B7..8,NM"],
  ] as const;
  for (const [name, user, builtIn] of pairs) {
    const { program, states } = prepareUserRule(user, evaluateHere);
    let current = new Grid(size, size, "torus", soup.cells.slice());
    let spare = current.emptyLike();
    const userStep = () => {
      const last = stepUserGrid(current, spare, program, states, 1);
      spare = current;
      current = last;
    };
    const engine = new CoroutineEngine(
      new Grid(size, size, "torus", soup.cells.slice()),
      cellProgramOf(parseRule(builtIn).rule),
    );
    userStep();
    engine.step(2);
    // Interleaved, so that a busy machine slows both alike within a round.
    const userRates: number[] = [];
    const builtInRates: number[] = [];
    for (let run = 0; run < runs; run++) {
      userRates.push(measureRate(userStep, millis));
      builtInRates.push(measureRate(() => engine.step(), millis));
    }
    rows.push({
      what: `${name}, user coroutine (sandbox interpreter)`,
      generationsPerSecond: summarize(userRates),
      ratioToBuiltIn: summarize(userRates.map((rate, run) => rate / (builtInRates[run] as number))),
    });
    rows.push({
      what: `${name}, built-in ${builtIn} (coroutine interpreter, baseline)`,
      generationsPerSecond: summarize(builtInRates),
    });
  }
  return { size, prepareGameLogicMillis, compileBuiltInMillis, rows };
}

const range = (s: Summary, digits: number) =>
  `${s.median.toFixed(digits)} [${s.min.toFixed(digits)}-${s.max.toFixed(digits)}]`;

export function formatUserRulesRows(bench: UserRulesBench, runs: number, millis: number): string {
  let out = `\nUser rules, ${runs} runs; median [min-max]\n`;
  out += `  HighLife as gameLogic: checked and compiled in ${range(bench.prepareGameLogicMillis, 2)} ms; built-in compileRule ${range(bench.compileBuiltInMillis, 2)} ms (baseline)\n`;
  out += `  ${bench.size}x${bench.size} torus soup, ~${millis} ms a run, one thread:\n`;
  for (const row of bench.rows) {
    const ratio = row.ratioToBuiltIn ? `  ${range(row.ratioToBuiltIn, 2)}x built-in` : "";
    out += `    ${row.what.padEnd(62)} ${range(row.generationsPerSecond, 1)} gen/s${ratio}\n`;
  }
  return out;
}
