import { NEIGHBOURHOODS } from "../CompiledRule.ts";
import type { RuleCircuit } from "./Circuit.ts";
import { CircuitBuilder, gateCost, type Literal } from "./CircuitBuilder.ts";
import { resubstitute } from "./resubstitute.ts";
import { TruthTable } from "./TruthTable.ts";

/**
 * How a function splits on its variable x: Shannon, `x ? f1 : f0` (a bitselect); positive
 * Davio, `f0 ^ (x & (f0 ^ f1))`; negative Davio, `f1 ^ (~x & (f0 ^ f1))` (an and and an xor).
 */
type Split = "shannon" | "positive" | "negative";

const SPLITS: readonly Split[] = ["shannon", "positive", "negative"];

/** A decision diagram's shape: the variables in the order they split, and how each splits. */
interface Plan {
  readonly order: readonly number[];
  readonly splits: readonly Split[];
}

/** Random variable orders tried besides the structured ones. */
const RANDOM_ORDERS = 40;

/**
 * How many of the cheapest diagrams are resubstituted (`resubstitute`) by single gates; the
 * smallest is then resubstituted by pairs of gates too, which is slower. A random MAP table
 * ends with 15-18 % fewer gates than its cheapest diagram; more diagrams add little.
 */
const RESUBSTITUTED = 8;

/**
 * The circuit of a 512-entry table: a decision diagram whose nodes each split on a variable in
 * one of three ways (Shannon or Davio, chosen per variable: an ordered Kronecker functional
 * decision diagram), realised gate by gate with every function made once (`CircuitBuilder`:
 * shared subfunctions and complements cost nothing). The order and splits are those that make
 * it cheapest among structured and random orders, improved by swapping variables and changing
 * splits while that helps; the cheapest few are then made smaller by resubstitution, and the
 * smallest kept. Variables the table ignores (the corners of a hexagonal or von
 * Neumann rule) never split. Deterministic: the same table gives the same circuit.
 */
export function synthesizeCircuit(table: Uint8Array): RuleCircuit {
  if (table.length !== NEIGHBOURHOODS) throw new RangeError("a rule table has 512 entries");
  const target = TruthTable.fromTable(table);
  const orders: number[][] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8],
    [8, 7, 6, 5, 4, 3, 2, 1, 0],
    [4, 1, 3, 5, 7, 0, 2, 6, 8],
    [0, 2, 6, 8, 1, 3, 5, 7, 4],
    [0, 3, 6, 1, 4, 7, 2, 5, 8],
  ];
  const random = seededRandom(0x9e3779b9);
  for (let i = 0; i < RANDOM_ORDERS; i++) orders.push(shuffled(random));
  let best = build(target, { order: orders[0] as number[], splits: uniform("shannon") });
  let bestPlan: Plan = { order: orders[0] as number[], splits: uniform("shannon") };
  const tried = new Map<string, { readonly plan: Plan; readonly cost: number }>();
  const consider = (plan: Plan): boolean => {
    const builder = build(target, plan);
    tried.set(`${plan.order} ${plan.splits}`, { plan, cost: builder.cost });
    if (builder.cost >= best.cost) return false;
    best = builder;
    bestPlan = plan;
    return true;
  };
  for (const order of orders) {
    for (const split of SPLITS) consider({ order, splits: uniform(split) });
  }
  // Local search: swap two variables, or change how one splits, while that helps.
  for (let improved = true; improved; ) {
    improved = false;
    for (let i = 0; i < 9; i++) {
      for (let j = i + 1; j < 9; j++) {
        const order = bestPlan.order.slice();
        [order[i], order[j]] = [order[j] as number, order[i] as number];
        if (consider({ order, splits: bestPlan.splits })) improved = true;
      }
      for (const split of SPLITS) {
        if (split === bestPlan.splits[i]) continue;
        const splits = bestPlan.splits.slice();
        splits[i] = split;
        if (consider({ order: bestPlan.order, splits })) improved = true;
      }
    }
  }
  // The cheapest few diagrams, each made smaller by resubstitution: the smallest wins.
  let smallest: RuleCircuit | undefined;
  const cheapest = [...tried.values()].sort((a, b) => a.cost - b.cost).slice(0, RESUBSTITUTED);
  for (const { plan } of cheapest) {
    const circuit = resubstitute(circuitOf(build(target, plan), target), false);
    if (!smallest || costOf(circuit) < costOf(smallest)) smallest = circuit;
  }
  return resubstitute(smallest ?? circuitOf(best, target));
}

/** The circuit the builder holds for `target`. */
function circuitOf(builder: CircuitBuilder, target: TruthTable): RuleCircuit {
  const output = builder.find(target) as Literal;
  return {
    gates: builder.gates,
    output: output.value === -1 ? undefined : output.value,
    negated: output.negated,
  };
}

function costOf(circuit: RuleCircuit): number {
  return circuit.gates.reduce((sum, gate) => sum + gateCost(gate), 0);
}

/** The builder holding the circuit of `target` made by `plan`. */
function build(target: TruthTable, plan: Plan): CircuitBuilder {
  const builder = new CircuitBuilder();
  realise(builder, target, plan, 0);
  return builder;
}

function realise(builder: CircuitBuilder, f: TruthTable, plan: Plan, depth: number): Literal {
  const found = builder.find(f);
  if (found) return found;
  for (let d = depth; d < plan.order.length; d++) {
    const variable = plan.order[d] as number;
    const f0 = f.cofactor(variable, 0);
    const f1 = f.cofactor(variable, 1);
    if (f0.equals(f1)) continue;
    const x = builder.input(variable);
    switch (plan.splits[d]) {
      case "positive":
        return builder.xor(
          realise(builder, f0, plan, d + 1),
          builder.and(x, realise(builder, f0.xor(f1), plan, d + 1)),
        );
      case "negative":
        return builder.xor(
          realise(builder, f1, plan, d + 1),
          builder.and(builder.not(x), realise(builder, f0.xor(f1), plan, d + 1)),
        );
      default:
        return builder.select(
          realise(builder, f1, plan, d + 1),
          realise(builder, f0, plan, d + 1),
          x,
        );
    }
  }
  throw new Error("a function of no variable is a constant, which the builder knows");
}

function uniform(split: Split): Split[] {
  return new Array<Split>(9).fill(split);
}

function shuffled(random: () => number): number[] {
  const order = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [order[k], order[j]] = [order[j] as number, order[k] as number];
  }
  return order;
}

/** A small deterministic generator (mulberry32), so that the circuit depends on the table only. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
