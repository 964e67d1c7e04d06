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
