import { CIRCUIT_INPUTS, type Gate, type RuleCircuit } from "./Circuit.ts";
import { TruthTable } from "./TruthTable.ts";

/**
 * The circuit made smaller by resubstitution: a gate whose function is one gate of two values
 * the circuit has anyway is made so, and the gates that only it read go; with `twoGates`, also
 * where it is two gates of three values (a ^ (b op c), or a and, or or and-not of b ^ c) and
 * that frees three gates or more. A decision
 * diagram makes each subfunction from its own cofactors, blind to equal or nearly equal
 * functions made elsewhere in the circuit; this finds them. The new operands are values the
 * gate does not feed, so the circuit stays acyclic; it is renumbered in dependency order.
 * Computes the same function as the circuit it is given.
 */
export function resubstitute(circuit: RuleCircuit, twoGates = true): RuleCircuit {
  const gates = circuit.gates.slice();
  const { output } = circuit;
  const tables = tablesOf(gates);
  const index = new Map<number, number[]>();
  tables.forEach((table, v) => {
    const list = index.get(table.hash());
    if (list) list.push(v);
    else index.set(table.hash(), [v]);
  });
  const readers = readersOf(gates, output);
  const dead = new Set<number>();
  // The gates of two values made at the start only: those made since are missed.
  const pairs = twoGates ? pairsOf(tables) : undefined;
  for (let changed = true; changed; ) {
    changed = false;
    for (let g = 0; g < gates.length; g++) {
      const value = CIRCUIT_INPUTS + g;
      if (dead.has(value)) continue;
      const freed = freedBy(gates, readers, value, output);
      if (freed.size < 2) continue;
      const excluded = fedBy(readers, value);
      for (const v of freed) excluded.add(v);
      for (const v of dead) excluded.add(v);
      const target = tables[value] as TruthTable;
      let replacement = oneGate(tables, index, target, excluded);
      if (!replacement && pairs && freed.size >= 3) {
        // Two gates: target = a ^ (b op c), or a and, or or and-not of b ^ c.
        const found =
          xorOfPair(tables, pairs, target, excluded) ?? maskedXor(tables, target, excluded);
        if (found) {
          const made = tables.length;
          gates.push(found.inner);
          readers.push([]);
          const table = tableOf(tables, found.inner);
          tables.push(table);
          const list = index.get(table.hash());
          if (list) list.push(made);
          else index.set(table.hash(), [made]);
          for (const u of operandsOf(found.inner))
            (readers[u] as number[]).push(made - CIRCUIT_INPUTS);
          replacement = found.outer(made);
        }
      }
      if (!replacement) continue;
      for (const v of freed) {
        const gate = gates[v - CIRCUIT_INPUTS] as Gate;
        for (const u of operandsOf(gate)) unread(readers, u, v - CIRCUIT_INPUTS);
        if (v !== value) dead.add(v);
      }
      gates[g] = replacement;
      for (const u of operandsOf(replacement)) (readers[u] as number[]).push(g);
      changed = true;
    }
  }
  return { ...compact(gates, output), negated: circuit.negated };
}

const PAIR_OPS = ["and", "andNot", "or", "xor"] as const;

/**
 * Every gate of two of the first `values` values, by the hash of its function: an open-addressed
 * table (linear probing) of hashes and codes, op + 4 * (b + values * c).
 */
interface Pairs {
  readonly values: number;
  readonly hashes: Int32Array;
  readonly codes: Int32Array;
  readonly mask: number;
}

function pairsOf(tables: readonly TruthTable[]): Pairs {
  const values = tables.length;
  let size = 1024;
  while (size < 4 * values * values) size *= 2;
  const pairs = {
    values,
    hashes: new Int32Array(size),
    codes: new Int32Array(size).fill(-1),
    mask: size - 1,
  };
  const add = (hash: number, code: number): void => {
    let at = hash & pairs.mask;
    while ((pairs.codes[at] as number) >= 0) at = (at + 1) & pairs.mask;
    pairs.hashes[at] = hash;
    pairs.codes[at] = code;
  };
  for (let b = 0; b < values; b++) {
    const tb = tables[b] as TruthTable;
    for (let c = 0; c < values; c++) {
      if (c === b) continue;
      const tc = tables[c] as TruthTable;
      const code = 4 * (b + values * c);
      add(tb.combinedHash(tc, 1), code + 1);
      if (c > b) {
        add(tb.combinedHash(tc, 0), code);
        add(tb.combinedHash(tc, 2), code + 2);
        add(tb.combinedHash(tc, 3), code + 3);
      }
    }
  }
  return pairs;
}

/** A value a and a gate of two values, none excluded, whose xor is `target`. */
function xorOfPair(
  tables: readonly TruthTable[],
  pairs: Pairs,
  target: TruthTable,
  excluded: ReadonlySet<number>,
): TwoGates | undefined {
  for (let a = 0; a < pairs.values; a++) {
    if (excluded.has(a)) continue;
    const hash = target.combinedHash(tables[a] as TruthTable, 3);
    let wanted: TruthTable | undefined;
    for (let at = hash & pairs.mask; (pairs.codes[at] as number) >= 0; at = (at + 1) & pairs.mask) {
      if (pairs.hashes[at] !== hash) continue;
      const code = pairs.codes[at] as number;
      wanted ??= target.xor(tables[a] as TruthTable);
      const op = PAIR_OPS[code % 4] as (typeof PAIR_OPS)[number];
      const b = Math.floor(code / 4) % pairs.values;
      const c = Math.floor(code / 4 / pairs.values);
      if (excluded.has(b) || excluded.has(c) || b === a || c === a) continue;
      const tb = tables[b] as TruthTable;
      const tc = tables[c] as TruthTable;
      const made =
        op === "and"
          ? tb.and(tc)
          : op === "andNot"
            ? tb.andNot(tc)
            : op === "or"
              ? tb.or(tc)
              : tb.xor(tc);
      if (made.equals(wanted)) {
        return { inner: { op, a: b, b: c }, outer: (m: number): Gate => ({ op: "xor", a, b: m }) };
      }
    }
  }
  return undefined;
}

/** Two gates: `inner` of values, and `outer` of a value and the inner gate's (`made`). */
interface TwoGates {
  readonly inner: Gate;
  readonly outer: (made: number) => Gate;
}

/** The function of a gate of two values. */
function tableOf(tables: readonly TruthTable[], gate: Gate): TruthTable {
  const a = tables[(gate as { a: number }).a] as TruthTable;
  const b = tables[(gate as { b: number }).b] as TruthTable;
  return gate.op === "and"
    ? a.and(b)
    : gate.op === "andNot"
      ? a.andNot(b)
      : gate.op === "or"
        ? a.or(b)
        : a.xor(b);
}

/**
 * The target as a & (b ^ c), a | (b ^ c) or (b ^ c) & ~a: where a holds the target, b ^ c
 * must match it on a's blocks only, and so on; found by hashing every value masked by a.
 */
function maskedXor(
  tables: readonly TruthTable[],
  target: TruthTable,
  excluded: ReadonlySet<number>,
): TwoGates | undefined {
  const all = TruthTable.constant(true);
  for (let a = 0; a < tables.length; a++) {
    if (excluded.has(a)) continue;
    const ta = tables[a] as TruthTable;
    let mask: TruthTable;
    let wanted: TruthTable;
    let outer: (made: number) => Gate;
    if (target.within(ta)) {
      mask = ta;
      wanted = target;
      outer = (made) => ({ op: "and", a, b: made });
    } else if (ta.within(target)) {
      mask = all.andNot(ta);
      wanted = target.andNot(ta);
      outer = (made) => ({ op: "or", a, b: made });
    } else if (target.disjoint(ta)) {
      mask = all.andNot(ta);
      wanted = target;
      outer = (made) => ({ op: "andNot", a: made, b: a });
    } else continue;
    const masked = new Map<number, number[]>();
    for (let v = 0; v < tables.length; v++) {
      if (excluded.has(v) || v === a) continue;
      const hash = (tables[v] as TruthTable).combinedHash(mask, 0);
      const list = masked.get(hash);
      if (list) list.push(v);
      else masked.set(hash, [v]);
    }
    for (let b = 0; b < tables.length; b++) {
      if (excluded.has(b) || b === a) continue;
      const tb = tables[b] as TruthTable;
      const lookFor = tb.and(mask).xor(wanted);
      for (const c of masked.get(lookFor.hash()) ?? []) {
        if (c !== b && (tables[c] as TruthTable).and(mask).equals(lookFor)) {
          return { inner: { op: "xor", a: b, b: c }, outer };
        }
      }
    }
  }
  return undefined;
}

function unread(readers: number[][], value: number, gate: number): void {
  const list = readers[value] as number[];
  list.splice(list.indexOf(gate), 1);
}

function operandsOf(gate: Gate): number[] {
  if (gate.op === "not") return [gate.a];
  if (gate.op === "select") return [gate.a, gate.b, gate.c];
  return [gate.a, gate.b];
}

function tablesOf(gates: readonly Gate[]): TruthTable[] {
  const tables: TruthTable[] = [];
  for (let input = 0; input < CIRCUIT_INPUTS; input++) tables.push(TruthTable.input(input));
  const at = (v: number): TruthTable => tables[v] as TruthTable;
  for (const gate of gates) {
    switch (gate.op) {
      case "and":
        tables.push(at(gate.a).and(at(gate.b)));
        break;
      case "or":
        tables.push(at(gate.a).or(at(gate.b)));
        break;
      case "xor":
        tables.push(at(gate.a).xor(at(gate.b)));
        break;
      case "andNot":
        tables.push(at(gate.a).andNot(at(gate.b)));
        break;
      case "not":
        tables.push(at(gate.a).not());
        break;
      case "select":
        tables.push(
          at(gate.c)
            .and(at(gate.a))
            .or(at(gate.b).andNot(at(gate.c))),
        );
        break;
    }
  }
  return tables;
}

/** For each value, the gates reading it (a gate reading it twice, twice). */
function readersOf(gates: readonly Gate[], output: number | undefined): number[][] {
  const readers: number[][] = Array.from({ length: CIRCUIT_INPUTS + gates.length }, () => []);
  gates.forEach((gate, g) => {
    for (const v of operandsOf(gate)) (readers[v] as number[]).push(g);
  });
  if (output !== undefined) (readers[output] as number[]).push(-1);
  return readers;
}

/** The gate's value and the gates that only it reads, directly or through each other. */
function freedBy(
  gates: readonly Gate[],
  readers: readonly number[][],
  value: number,
  output: number | undefined,
): Set<number> {
  const freed = new Set<number>([value]);
  const reads = new Map<number, number>();
  const visit = (v: number): void => {
    for (const u of operandsOf(gates[v - CIRCUIT_INPUTS] as Gate)) {
      if (u < CIRCUIT_INPUTS || u === output) continue;
      const count = (reads.get(u) ?? 0) + 1;
      reads.set(u, count);
      if (count === (readers[u] as number[]).length) {
        freed.add(u);
        visit(u);
      }
    }
  };
  visit(value);
  return freed;
}

/** The value and every value computed from it. */
function fedBy(readers: readonly number[][], value: number): Set<number> {
  const fed = new Set<number>([value]);
  const pending = [value];
  for (let v = pending.pop(); v !== undefined; v = pending.pop()) {
    for (const g of readers[v] as number[]) {
      if (g < 0 || fed.has(CIRCUIT_INPUTS + g)) continue;
      fed.add(CIRCUIT_INPUTS + g);
      pending.push(CIRCUIT_INPUTS + g);
    }
  }
  return fed;
}

/** A gate computing `target` from two values not excluded, if there is one. */
function oneGate(
  tables: readonly TruthTable[],
  index: ReadonlyMap<number, readonly number[]>,
  target: TruthTable,
  excluded: ReadonlySet<number>,
): Gate | undefined {
  const at = (v: number): TruthTable => tables[v] as TruthTable;
  const find = (table: TruthTable): number | undefined =>
    index.get(table.hash())?.find((v) => !excluded.has(v) && at(v).equals(table));
  const covering: number[] = []; // values holding the target
  const disjoint: number[] = []; // values outside it
  const inside: number[] = []; // values within it
  for (let v = 0; v < tables.length; v++) {
    if (excluded.has(v)) continue;
    if (index.has(target.combinedHash(at(v), 3))) {
      const b = find(target.xor(at(v)));
      if (b !== undefined && b !== v) return { op: "xor", a: v, b };
    }
    if (target.within(at(v))) covering.push(v);
    if (target.disjoint(at(v))) disjoint.push(v);
    if (at(v).within(target)) inside.push(v);
  }
  for (let i = 0; i < covering.length; i++) {
    const a = covering[i] as number;
    for (let j = i + 1; j < covering.length; j++) {
      const b = covering[j] as number;
      if (at(a).and(at(b)).equals(target)) return { op: "and", a, b };
    }
    for (const b of disjoint) {
      if (at(a).andNot(at(b)).equals(target)) return { op: "andNot", a, b };
    }
  }
  for (let i = 0; i < inside.length; i++) {
    const a = inside[i] as number;
    for (let j = i + 1; j < inside.length; j++) {
      const b = inside[j] as number;
      if (at(a).or(at(b)).equals(target)) return { op: "or", a, b };
    }
  }
  return undefined;
}

/** The gates still read, in an order where each reads only earlier values, renumbered. */
function compact(
  gates: readonly Gate[],
  output: number | undefined,
): { gates: Gate[]; output: number | undefined } {
  const number = new Map<number, number>();
  for (let input = 0; input < CIRCUIT_INPUTS; input++) number.set(input, input);
  const result: Gate[] = [];
  const place = (value: number): number => {
    const known = number.get(value);
    if (known !== undefined) return known;
    const gate = gates[value - CIRCUIT_INPUTS] as Gate;
    let renumbered: Gate;
    if (gate.op === "not") renumbered = { op: "not", a: place(gate.a) };
    else if (gate.op === "select") {
      renumbered = { op: "select", a: place(gate.a), b: place(gate.b), c: place(gate.c) };
    } else renumbered = { op: gate.op, a: place(gate.a), b: place(gate.b) };
    result.push(renumbered);
    const placed = CIRCUIT_INPUTS + result.length - 1;
    number.set(value, placed);
    return placed;
  };
  const placedOutput = output === undefined ? undefined : place(output);
  return { gates: result, output: placedOutput };
}
