import { LIVE_ONLY, type RangeCells } from "../engine/countInRange.ts";
import type { CompiledRule } from "../kernels/CompiledRule.ts";
import { compileRule } from "../kernels/compileRule.ts";
import type { CompiledRangeRule } from "../kernels/range/CompiledRangeRule.ts";
import { compileRangeRule, type RangeRefusal } from "../kernels/range/compileRangeRule.ts";
import { compileWeightedRangeRule } from "../kernels/range/compileWeightedRangeRule.ts";
import type { CompiledStates } from "../kernels/states/CompiledStates.ts";
import { compileStates } from "../kernels/states/compileStates.ts";
import { cellProgramOf } from "../rules/cellProgramOf.ts";
import { formatRule } from "../rules/formatRule.ts";
import { isMultiState, type Rule, stateCount } from "../rules/Rule.ts";
import { rangeCellsOf } from "../rules/rangeCellsOf.ts";

/**
 * The kernels' form of `rule`, compiled from its cell coroutine (`cellProgramOf`): the one
 * definition of the rule, driven until the compiler knows its table. Throws RangeError when
 * the coroutine does not compile, and for multi-state rules, whose form is `compileStatesOf`'s.
 */
export function compileRuleOf(rule: Rule): CompiledRule {
  if (isMultiState(rule)) {
    throw new RangeError(
      `the ${rule.family} rule has ${stateCount(rule)} states; only bounded grids (and the coroutine engine of the infinite plane) run multi-state rules`,
    );
  }
  const compiled = compileRule(cellProgramOf(rule));
  if (!compiled) {
    throw new RangeError(
      `the ${rule.family} rule's cell coroutine does not compile to a 3x3 table`,
    );
  }
  return compiled;
}

/** A multi-state rule as the multi-state engines take it. */
export interface CompiledStatesOf {
  readonly states: number;
  /** From `compileStates`; absent when the coroutine must be interpreted (see `reason`). */
  readonly compiled?: CompiledStates;
  readonly reason?: string;
  /**
   * The live cells' rule as a two-state table, `Universe.rule` of a multi-state world: entry
   * i is 1 when a cell in state 0 or 1 (bit 4) with live neighbours i (state 1) is live next.
   * All zero when the rule is not compiled to a table.
   */
  readonly live: CompiledRule;
}

const compiledStates = new WeakMap<Rule, CompiledStatesOf>();

/** Range rules learnt so far, by canonical rulestring: learning one drives its coroutine n^2 times. */
const rangeRules = new Map<string, CompiledRangeRule | RangeRefusal>();

/**
 * A Larger than Life rule compiled from its cell coroutine by `compileRangeRule` (by
 * `compileWeightedRangeRule` for a weighted neighbourhood), or why it was not (then the
 * interpreter runs it). Kept per rule. A large neighbourhood is learnt at the
 * counts where the rule's ranges start and end (and samples between, each checked), not at
 * every count: range 500 would otherwise take 10^12 queries.
 */
export function compileRangeRuleOf(rule: Rule): CompiledRangeRule | RangeRefusal {
  const key = formatRule(rule);
  let result = rangeRules.get(key);
  if (result === undefined) {
    const program = cellProgramOf(rule);
    result =
      rule.family === "ltl" && isWeighted(rangeCellsOf(rule))
        ? compileWeightedRangeRule(program, rangeCellsOf(rule), rule.states)
        : compileRangeRule(program, stateCount(rule), undefined, breaksOf(rule));
    rangeRules.set(key, result);
  }
  return result;
}

/**
 * Whether a neighbourhood weighs its cells (Golly's NG, NW): learnt at every sum of weights by
 * `compileWeightedRangeRule`, given the description the coroutine reads, where counting cells
 * alike is learnt without it.
 */
function isWeighted(cells: RangeCells): boolean {
  return cells.stateWeights !== LIVE_ONLY || cells.evenWeights.some((weight) => weight !== 1);
}

/**
 * The multi-state form of `rule`, compiled from its cell coroutine by `compileStates` (kept
 * per rule object: learning a table drives the coroutine some ten thousand times).
 */
export function compileStatesOf(rule: Rule): CompiledStatesOf {
  const known = compiledStates.get(rule);
  if (known) return known;
  const states = stateCount(rule);
  const { compiled, reason } = compileStates(cellProgramOf(rule), states);
  const table = new Uint8Array(512);
  if (compiled?.form === "table") {
    for (let index = 0; index < 512; index++) {
      const centre = (index >> 4) & 1;
      const next = compiled.table[(centre << (9 + compiled.markBits)) | (index & ~(1 << 4))];
      table[index] = compiled.live[next as number] as number;
    }
  }
  const result = { states, live: { table }, ...(compiled ? { compiled } : { reason }) };
  compiledStates.set(rule, result);
  return result;
}

/** The counts where a range rule's answer may change: where each of its count ranges starts and ends. */
function breaksOf(rule: Rule): readonly number[] | undefined {
  if (rule.family !== "ltl") return undefined;
  return [...rule.birth, ...rule.survival].flatMap(([min, max]) => [min, max + 1]);
}
