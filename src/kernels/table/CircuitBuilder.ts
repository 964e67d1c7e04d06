import type { Gate } from "./Circuit.ts";
import { CIRCUIT_INPUTS } from "./Circuit.ts";
import { TruthTable } from "./TruthTable.ts";

/**
 * A function of the nine inputs as the circuit has it: its truth table, and the value that
 * holds it or its complement (`negated`); value -1 is the constant 0 (`negated`: 1).
 */
export interface Literal {
  readonly table: TruthTable;
  readonly value: number;
  readonly negated: boolean;
}

/** What a gate costs in instructions, about: a bitselect is an and, an and-not and an or. */
export function gateCost(gate: Gate): number {
  return gate.op === "select" ? 3 : 1;
}

/**
 * Builds a circuit gate by gate, never making a function twice: each function made (and its
 * complement, which costs nothing until a gate needs it as it is) is looked up by its truth
 * table before a gate is added. Complements are folded into the gate chosen (an and of two
 * complements is a complemented or, and so on), so that a `not` is rarely needed.
 */
export class CircuitBuilder {
  readonly gates: Gate[] = [];
  cost = 0;
  /** The functions made, by truth table hash. */
  private readonly known = new Map<number, Literal[]>();
  readonly zero: Literal = { table: TruthTable.constant(false), value: -1, negated: false };
  readonly one: Literal = { table: TruthTable.constant(true), value: -1, negated: true };

  constructor() {
    this.remember(this.zero);
    for (let input = 0; input < CIRCUIT_INPUTS; input++) {
      this.remember({ table: TruthTable.input(input), value: input, negated: false });
    }
  }

  /** The literal of input `input`. */
  input(input: number): Literal {
    return this.find(TruthTable.input(input)) as Literal;
  }

  /** The function if the circuit has it already, in either polarity. */
  find(table: TruthTable): Literal | undefined {
    const candidates = this.known.get(table.hash());
    if (candidates)
      for (const literal of candidates) if (literal.table.equals(table)) return literal;
    return undefined;
  }

  not(a: Literal): Literal {
    return { table: a.table.not(), value: a.value, negated: !a.negated };
  }

  and(a: Literal, b: Literal): Literal {
    const table = a.table.and(b.table);
    const found = this.find(table);
    if (found) return found;
    if (a.value === -1) return a.negated ? b : a;
    if (b.value === -1) return b.negated ? a : b;
    if (!a.negated && !b.negated) return this.gate({ op: "and", a: a.value, b: b.value }, table);
    if (!a.negated) return this.gate({ op: "andNot", a: a.value, b: b.value }, table);
    if (!b.negated) return this.gate({ op: "andNot", a: b.value, b: a.value }, table);
    return this.gate({ op: "or", a: a.value, b: b.value }, table, true);
  }

  or(a: Literal, b: Literal): Literal {
    return this.not(this.and(this.not(a), this.not(b)));
  }

  xor(a: Literal, b: Literal): Literal {
    const table = a.table.xor(b.table);
    const found = this.find(table);
    if (found) return found;
    if (a.value === -1) return a.negated ? this.not(b) : b;
    if (b.value === -1) return b.negated ? this.not(a) : a;
    return this.gate({ op: "xor", a: a.value, b: b.value }, table, a.negated !== b.negated);
  }

  /** `x ? hi : lo`, x an input: one gate where a child is constant or they are complements. */
  select(hi: Literal, lo: Literal, x: Literal): Literal {
    const table = x.table.and(hi.table).or(lo.table.andNot(x.table));
    const found = this.find(table);
    if (found) return found;
    if (hi.value === -1) return hi.negated ? this.or(x, lo) : this.and(this.not(x), lo);
    if (lo.value === -1) return lo.negated ? this.or(this.not(x), hi) : this.and(x, hi);
    const difference = this.find(hi.table.xor(lo.table));
    if (difference || hi.negated !== lo.negated) {
      // lo ^ (x & (hi ^ lo)): two gates when the difference exists, else three, one fewer
      // than a select of a complement.
      return this.xor(lo, this.and(x, difference ?? this.xor(hi, lo)));
    }
    return this.gate({ op: "select", a: hi.value, b: lo.value, c: x.value }, table, hi.negated);
  }

  private gate(gate: Gate, table: TruthTable, negated = false): Literal {
    this.gates.push(gate);
    this.cost += gateCost(gate);
    const value = CIRCUIT_INPUTS + this.gates.length - 1;
    // The table is what the literal stands for; the gate computes its complement if negated.
    const literal = { table, value, negated };
    this.remember(literal);
    return literal;
  }

  private remember(literal: Literal): void {
    for (const it of [literal, this.not(literal)]) {
      const hash = it.table.hash();
      const candidates = this.known.get(hash);
      if (candidates) candidates.push(it);
      else this.known.set(hash, [it]);
    }
  }
}
