import { CIRCUIT_INPUTS, type Gate, type RuleCircuit } from "./Circuit.ts";

/**
 * One step of evaluating a circuit with few registers: make gate `gate`, or move a value
 * between its local and memory (an input's home is its row's slot; a gate's is a spill slot).
 */
export type Action =
  | { readonly kind: "gate"; readonly gate: number }
  | { readonly kind: "load"; readonly value: number; readonly slot: number }
  | { readonly kind: "store"; readonly value: number; readonly slot: number };

/**
 * The order in which to evaluate a circuit holding at most `registers` values at once, the
 * others kept in memory: gates are placed greedily where they let values die, and when too
 * many are held the one read furthest ahead goes to memory (Belady's rule), stored once and
 * loaded again where it is read. Inputs are always in memory (slot = input number) and loaded
 * where read; spill slots are numbered from 0. V8 gives a function 16 vector registers and,
 * left to itself with a circuit of 170 gates, spilled twice as many values as it computed.
 * Loads and stores keep their order, but V8 moves each gate between them down to just before
 * its first reader, so that it still spills a few values of its own (3-37 a vector for random
 * MAP tables of 138-151 gates, x64, Node 20); a depth-first order, and one that moves the gates
 * down first, measured slower.
 */
export function planRegisters(
  circuit: RuleCircuit,
  registers: number,
): { readonly actions: readonly Action[]; readonly slots: number } {
  const order = scheduleGates(circuit);
  const operands = circuit.gates.map(operandsOf);
  const uses = new Map<number, number[]>();
  order.forEach((g, i) => {
    for (const v of operands[g] as number[]) {
      const list = uses.get(v) ?? [];
      list.push(i);
      uses.set(v, list);
    }
  });
  const end = order.length;
  if (circuit.output !== undefined) {
    const list = uses.get(circuit.output) ?? [];
    list.push(end);
    uses.set(circuit.output, list);
  }
  const nextUse = (v: number, after: number): number => {
    for (const i of uses.get(v) ?? []) if (i >= after) return i;
    return Number.POSITIVE_INFINITY;
  };
  const actions: Action[] = [];
  const held = new Set<number>();
  const slotOf = new Map<number, number>();
  const freeSlots: number[] = [];
  let slots = 0;
  const home = (v: number): number | undefined => (v < CIRCUIT_INPUTS ? v : slotOf.get(v));
  const makeRoom = (at: number, keep: ReadonlySet<number>): void => {
    while (held.size >= registers) {
      let victim = -1;
      let furthest = -1;
      for (const v of held) {
        if (keep.has(v)) continue;
        const next = nextUse(v, at);
        if (next > furthest) {
          furthest = next;
          victim = v;
        }
      }
      if (victim < 0) return; // everything held is needed now: over the limit for a moment
      if (home(victim) === undefined && furthest !== Number.POSITIVE_INFINITY) {
        const slot = freeSlots.pop() ?? slots++;
        slotOf.set(victim, slot);
        actions.push({ kind: "store", value: victim, slot });
      }
      held.delete(victim);
    }
  };
  const bring = (v: number, at: number, keep: ReadonlySet<number>): void => {
    if (held.has(v)) return;
    makeRoom(at, keep);
    actions.push({ kind: "load", value: v, slot: home(v) as number });
    held.add(v);
  };
  const release = (v: number, after: number): void => {
    if (nextUse(v, after) !== Number.POSITIVE_INFINITY) return;
    held.delete(v);
    const slot = v >= CIRCUIT_INPUTS ? slotOf.get(v) : undefined;
    if (slot !== undefined) {
      slotOf.delete(v);
      freeSlots.push(slot);
    }
  };
  order.forEach((g, i) => {
    const ops = new Set(operands[g]);
    for (const v of ops) bring(v, i, ops);
    makeRoom(i, ops);
    actions.push({ kind: "gate", gate: g });
    held.add(CIRCUIT_INPUTS + g);
    for (const v of ops) release(v, i + 1);
  });
  if (circuit.output !== undefined) bring(circuit.output, end, new Set());
  return { actions, slots };
}

/** A topological order of the gates that lets values die soon after they are made. */
function scheduleGates(circuit: RuleCircuit): number[] {
  const { gates } = circuit;
  const count = gates.length;
  const operands = gates.map(operandsOf);
  const readers = new Int32Array(CIRCUIT_INPUTS + count);
  const users: number[][] = Array.from({ length: CIRCUIT_INPUTS + count }, () => []);
  operands.forEach((ops, g) => {
    for (const v of ops) {
      readers[v] = (readers[v] as number) + 1;
      (users[v] as number[]).push(g);
    }
  });
  const waiting = operands.map((ops) => ops.filter((v) => v >= CIRCUIT_INPUTS).length);
  const ready = new Set<number>();
  waiting.forEach((w, g) => {
    if (w === 0) ready.add(g);
  });
  const order: number[] = [];
  const placedAt = new Int32Array(count).fill(-1);
  while (ready.size > 0) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const g of ready) {
      let dying = 0;
      let recent = -1;
      for (const v of new Set(operands[g])) {
        if (v < CIRCUIT_INPUTS) continue;
        const reads = (operands[g] as number[]).filter((u) => u === v).length;
        if (readers[v] === reads) dying++;
        recent = Math.max(recent, placedAt[v - CIRCUIT_INPUTS] as number);
      }
      // Values freed first, then operands made most recently (depth first).
      const score = dying * count * 2 + recent;
      if (score > bestScore) {
        bestScore = score;
        best = g;
      }
    }
    ready.delete(best);
    placedAt[best] = order.length;
    order.push(best);
    for (const v of operands[best] as number[]) readers[v] = (readers[v] as number) - 1;
    for (const user of users[CIRCUIT_INPUTS + best] as number[]) {
      waiting[user] = (waiting[user] as number) - 1;
      if (waiting[user] === 0) ready.add(user);
    }
  }
  return order;
}

function operandsOf(gate: Gate): number[] {
  if (gate.op === "not") return [gate.a];
  if (gate.op === "select") return [gate.a, gate.b, gate.c];
  return [gate.a, gate.b];
}
