import { NEIGHBOURHOODS } from "../CompiledRule.ts";

/**
 * A Boolean circuit computing a two-state 3x3 rule table bit-parallel: values 0-8 are the
 * inputs, the bit planes of the nine cells of the block numbered as the table's index bits
 * (`CompiledRule`); value 9 + i is the result of `gates[i]`, which reads only earlier values.
 * The rule's next state is `output`, complemented when `negated` (or the constant `negated`
 * when `output` is undefined: a rule that ignores its block).
 */
export interface RuleCircuit {
  readonly gates: readonly Gate[];
  readonly output: number | undefined;
  readonly negated: boolean;
}

/**
 * One vector operation, as WebAssembly SIMD has them: `and`, `or`, `xor`; `andNot` is a & ~b;
 * `not` is ~a; `select` is c ? a : b, bit by bit (`v128.bitselect`).
 */
export type Gate =
  | { readonly op: "and" | "or" | "xor" | "andNot"; readonly a: number; readonly b: number }
  | { readonly op: "not"; readonly a: number }
  | { readonly op: "select"; readonly a: number; readonly b: number; readonly c: number };

/** The number of inputs, and so the value number of the first gate. */
export const CIRCUIT_INPUTS = 9;

/**
 * What a gate costs in instructions, about: a bitselect is an and, an and-not and an or on
 * x86 without AVX-512 ternary logic. The variable order search minimises the sum.
 */
function gateCost(gate: Gate): number {
  return gate.op === "select" ? 3 : 1;
}

/** The circuit's cost in instructions, about (see `gateCost`). */
export function circuitCost(circuit: RuleCircuit): number {
  let cost = 0;
  for (const gate of circuit.gates) cost += gateCost(gate);
  return cost;
}

/** Random variable orders tried after the structured ones, and rounds of improving swaps. */
const RANDOM_ORDERS = 120;

/**
 * The circuit of a 512-entry table: a reduced ordered binary decision diagram with complement
 * edges, one gate per node (a bitselect, or a single and / or / xor / and-not where a child is
 * a constant or the complement of the other), under the variable order that makes it cheapest
 * among the row-major and column-major orders, random ones, and what swapping pairs of
 * variables in the best of them finds. Variables the table ignores (the corners of a
 * hexagonal or von Neumann rule) drop out of every order. Deterministic: the same table gives
 * the same circuit.
 */
export function ruleCircuit(table: Uint8Array): RuleCircuit {
  if (table.length !== NEIGHBOURHOODS) throw new RangeError("a rule table has 512 entries");
  const seeds: number[][] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8],
    [8, 7, 6, 5, 4, 3, 2, 1, 0],
    [4, 1, 3, 5, 7, 0, 2, 6, 8],
    [0, 2, 6, 8, 1, 3, 5, 7, 4],
    [0, 3, 6, 1, 4, 7, 2, 5, 8],
  ];
  let seed = 0x9e3779b9;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = 0; i < RANDOM_ORDERS; i++) {
    const order = [0, 1, 2, 3, 4, 5, 6, 7, 8];
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j] as number, order[k] as number];
    }
    seeds.push(order);
  }
  let best = circuitFor(table, seeds[0] as number[]);
  let bestOrder = seeds[0] as number[];
  for (const order of seeds) {
    const circuit = circuitFor(table, order);
    if (circuitCost(circuit) < circuitCost(best)) {
      best = circuit;
      bestOrder = order;
    }
  }
  // Hill-climb by swapping two variables while that helps.
  for (let improved = true; improved; ) {
    improved = false;
    for (let i = 0; i < 9; i++) {
      for (let j = i + 1; j < 9; j++) {
        const order = bestOrder.slice();
        [order[i], order[j]] = [order[j] as number, order[i] as number];
        const circuit = circuitFor(table, order);
        if (circuitCost(circuit) < circuitCost(best)) {
          best = circuit;
          bestOrder = order;
          improved = true;
        }
      }
    }
  }
  return best;
}

/** An edge of the diagram: a node (0 is the constant false) and whether it is complemented. */
interface Edge {
  readonly node: number;
  readonly negated: boolean;
}

/** A decision node: `variable ? hi : lo`, lo never complemented (the canonical form). */
interface DecisionNode {
  readonly variable: number;
  readonly hi: Edge;
  readonly lo: Edge;
}

/** The circuit of `table` under one variable order, `order[0]` deciding first. */
export function circuitFor(table: Uint8Array, order: readonly number[]): RuleCircuit {
  // The table re-indexed so that order[k] is bit 8 - k: a subfunction is a contiguous run.
  const permuted = new Uint8Array(NEIGHBOURHOODS);
  for (let index = 0; index < NEIGHBOURHOODS; index++) {
    let at = 0;
    for (let k = 0; k < 9; k++) at |= ((index >> (order[k] as number)) & 1) << (8 - k);
    permuted[at] = table[index] === 0 ? 0 : 1;
  }
  const nodes: DecisionNode[] = [{ variable: -1, hi: FALSE, lo: FALSE }];
  const unique = new Map<string, number>();
  const build = (start: number, size: number, depth: number): Edge => {
    if (size === 1) return permuted[start] === 1 ? TRUE : FALSE;
    const half = size >> 1;
    const lo = build(start, half, depth + 1);
    const hi = build(start + half, half, depth + 1);
    if (lo.node === hi.node && lo.negated === hi.negated) return lo;
    const variable = order[depth] as number;
    const negated = lo.negated;
    const key = `${variable},${hi.node},${hi.negated !== negated},${lo.node}`;
    let node = unique.get(key);
    if (node === undefined) {
      node = nodes.length;
      nodes.push({
        variable,
        hi: { node: hi.node, negated: hi.negated !== negated },
        lo: { node: lo.node, negated: false },
      });
      unique.set(key, node);
    }
    return { node, negated };
  };
  const root = build(0, NEIGHBOURHOODS, 0);
  return emitGates(nodes, root);
}

const FALSE: Edge = { node: 0, negated: false };
const TRUE: Edge = { node: 0, negated: true };

/** A node's function realised as a circuit value, possibly complemented. */
interface Realised {
  readonly value: number;
  readonly negated: boolean;
}

/** One gate per node, children first; complements folded into the gate chosen where they can. */
function emitGates(nodes: readonly DecisionNode[], root: Edge): RuleCircuit {
  const gates: Gate[] = [];
  const realised = new Map<number, Realised>();
  const inverted = new Map<number, number>();
  const push = (gate: Gate): number => {
    gates.push(gate);
    return CIRCUIT_INPUTS + gates.length - 1;
  };
  const not = (value: number): number => {
    let result = inverted.get(value);
    if (result === undefined) {
      result = push({ op: "not", a: value });
      inverted.set(value, result);
    }
    return result;
  };
  const realise = (id: number): Realised => {
    const done = realised.get(id);
    if (done) return done;
    const { variable: x, hi, lo } = nodes[id] as DecisionNode;
    const h = hi.node === 0 ? undefined : along(realise(hi.node), hi.negated);
    const l = lo.node === 0 ? undefined : along(realise(lo.node), lo.negated);
    let result: Realised;
    if (!h && !l) {
      // lo is false, so hi is true.
      result = { value: x, negated: false };
    } else if (!h && l) {
      result = hi.negated
        ? l.negated // x | L
          ? { value: push({ op: "andNot", a: l.value, b: x }), negated: true }
          : { value: push({ op: "or", a: x, b: l.value }), negated: false }
        : l.negated // ~x & L
          ? { value: push({ op: "or", a: x, b: l.value }), negated: true }
          : { value: push({ op: "andNot", a: l.value, b: x }), negated: false };
    } else if (h && !l) {
      // lo is false: x & H.
      result = h.negated
        ? { value: push({ op: "andNot", a: x, b: h.value }), negated: false }
        : { value: push({ op: "and", a: x, b: h.value }), negated: false };
    } else {
      const hv = h as Realised;
      const lv = l as Realised;
      if (hv.value === lv.value) {
        // hi is the complement of lo: x ^ lo.
        result = { value: push({ op: "xor", a: x, b: lv.value }), negated: lv.negated };
      } else if (hv.negated === lv.negated) {
        result = {
          value: push({ op: "select", a: hv.value, b: lv.value, c: x }),
          negated: hv.negated,
        };
      } else {
        const b = lv.negated ? not(lv.value) : lv.value;
        const a = hv.negated ? not(hv.value) : hv.value;
        result = { value: push({ op: "select", a, b, c: x }), negated: false };
      }
    }
    realised.set(id, result);
    return result;
  };
  if (root.node === 0) return { gates, output: undefined, negated: root.negated };
  const out = along(realise(root.node), root.negated);
  return { gates, output: out.value, negated: out.negated };
}

function along(realised: Realised, negated: boolean): Realised {
  return negated ? { value: realised.value, negated: !realised.negated } : realised;
}

/** Evaluates the circuit on one block, for tests: the table's entry, if the circuit is right. */
export function evaluateCircuit(circuit: RuleCircuit, index: number): number {
  const values: number[] = [];
  for (let i = 0; i < CIRCUIT_INPUTS; i++) values.push((index >> i) & 1);
  const at = (v: number): number => values[v] as number;
  for (const gate of circuit.gates) {
    switch (gate.op) {
      case "and":
        values.push(at(gate.a) & at(gate.b));
        break;
      case "or":
        values.push(at(gate.a) | at(gate.b));
        break;
      case "xor":
        values.push(at(gate.a) ^ at(gate.b));
        break;
      case "andNot":
        values.push(at(gate.a) & (1 - at(gate.b)));
        break;
      case "not":
        values.push(1 - at(gate.a));
        break;
      case "select":
        values.push(at(gate.c) ? at(gate.a) : at(gate.b));
        break;
    }
  }
  const out = circuit.output === undefined ? 0 : at(circuit.output);
  return circuit.negated ? 1 - out : out;
}
