import { CIRCUIT_INPUTS, type RuleCircuit } from "./Circuit.ts";
import { planRegisters } from "./planRegisters.ts";

/**
 * The bytes of a WebAssembly module that steps a band by one rule's circuit (`synthesizeCircuit`):
 * its export `step(src, dst, vecs, height, stride)` is life.wat's `step` with the count and its
 * leaves replaced by the circuit, over the same memory and layout (imported as `k.memory`,
 * the memory of the band's life.wat instance, whose byte 288 holds the last vector's mask);
 * filling the ghosts of a torus is left to life.wat's `wrapGhosts`. A big circuit runs in the
 * order `planRegisters` gives, its inputs and spilled values in scratch memory at
 * `TABLE_SCRATCH` (below the bands, see WasmBand). Written directly as binary
 * because a circuit is made when the rule is, in the page or a worker, where there is no
 * assembler; the code is straight-line SIMD, a few bytes a gate.
 */
export function tableWasm(circuit: RuleCircuit, registers = REGISTERS): Uint8Array {
  const body = stepBody(circuit, registers);
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // magic, version 1
    ...section(1, [1, 0x60, 5, I32, I32, I32, I32, I32, 0]), // type 0: (i32 x5) -> ()
    ...section(2, [1, ...name("k"), ...name("memory"), 0x02, 0x00, 0x01]), // memory, min 1 page
    ...section(3, [1, 0]), // one function, of type 0
    ...section(7, [1, ...name("step"), 0x00, 0]), // export it as "step"
    ...section(10, [1, ...vector(body)]),
  ]);
}

/**
 * Scratch memory below the bands (WasmBand's GRIDS): the rows' input planes, a ring of three
 * rows of three vectors (west, centre, east), then the spill slots.
 */
export const TABLE_SCRATCH = 1024;
const SPILLS = TABLE_SCRATCH + 9 * 16;
/** Spill slots that fit below the bands. */
export const MAX_SPILL_SLOTS = 256;

/** Vector values held in locals at once; the rest are in memory (`planRegisters`). */
const REGISTERS = 10;

/**
 * Up to how many spill slots the plan may need for the circuit to run without it. Measured
 * (x64, Node 20, CPU time) on 1024x1024 soups: Life's 39 gates (2 slots), tlife's 56 (7) and
 * B2-a/S12's 46 (6) ran 1.15-1.3x faster left to V8 than as planned, and so did random
 * isotropic tables of 102-119 gates (14-19 slots), 1.1-1.25x; one of 125 gates (22 slots), one
 * of 127 (26) and random MAP tables of 133-144 gates (20-26) ran 1.05-1.3x faster as planned,
 * where V8 alone made more loads and stores to the stack than vector operations.
 */
const DIRECT_SPILLS = 19;

const I32 = 0x7f;
const V128 = 0x7b;

/** Parameters, then locals: the i32s, then the v128s, then one v128 a gate. */
const SRC = 0;
const DST = 1;
const VECS = 2;
const HEIGHT = 3;
const STRIDE = 4;
const K = 5;
const J = 6;
const P = 7;
const COL = 8;
const LAST = 9;
/** The scratch addresses of the rows above, in the middle and below, rotated each row. */
const BASE_UP = 10;
const BASE_MID = 11;
const BASE_DOWN = 12;
const I32_LOCALS = 8;
const MASK = 13;
const C = 14;
const W = 15;
const E = 16;
/** The inputs' locals, in the table's bit order, then the gates'. */
const FIRST_INPUT = 17;
const FIRST_GATE = FIRST_INPUT + CIRCUIT_INPUTS;

function stepBody(circuit: RuleCircuit, registers: number): number[] {
  const gateLocal = (value: number): number =>
    value < CIRCUIT_INPUTS ? FIRST_INPUT + value : FIRST_GATE + value - CIRCUIT_INPUTS;
  const vectorLocals = FIRST_GATE - MASK + circuit.gates.length;
  const plan = planRegisters(circuit, registers);
  if (plan.slots > MAX_SPILL_SLOTS) throw new RangeError("too many values to spill");
  // A small circuit keeps its inputs in locals, carried from row to row, and is left to V8;
  // a big one runs as planned, its inputs and spilled values in scratch memory.
  const direct = plan.slots <= DIRECT_SPILLS;
  const code: number[] = [];
  const emit = (...bytes: number[]): void => {
    for (const b of bytes) code.push(b);
  };
  const get = (local: number): void => emit(0x20, ...uleb(local));
  const set = (local: number): void => emit(0x21, ...uleb(local));
  const i32 = (value: number): void => emit(0x41, ...sleb(value));
  const simd = (op: number, ...immediates: number[]): void =>
    emit(0xfd, ...uleb(op), ...immediates);
  const zero = (): void => simd(0x0c, ...new Array<number>(16).fill(0));

  // last = vecs - 1; k = 0
  get(VECS);
  i32(1);
  emit(0x6b);
  set(LAST);
  i32(0);
  set(K);
  emit(0x03, 0x40); // loop $columns
  // col = k << 4
  get(K);
  i32(4);
  emit(0x74);
  set(COL);
  // mask = k == last ? load(288) : all ones
  i32(0);
  simd(0x00, 4, ...uleb(288));
  simd(0x0c, ...new Array<number>(16).fill(0xff));
  get(K);
  get(LAST);
  emit(0x46, 0x1b);
  set(MASK);
  // Each output row reads three rows, all read by then (the first at row -1).
  i32(TABLE_SCRATCH);
  set(BASE_UP);
  i32(TABLE_SCRATCH + 48);
  set(BASE_MID);
  i32(TABLE_SCRATCH + 96);
  set(BASE_DOWN);
  if (direct) {
    for (let input = 0; input < 6; input++) {
      zero();
      set(FIRST_INPUT + input);
    }
  }
  // j = -1; p = src - stride + col - 4
  i32(-1);
  set(J);
  get(SRC);
  get(STRIDE);
  emit(0x6b);
  get(COL);
  emit(0x6a);
  i32(4);
  emit(0x6b);
  set(P);
  emit(0x03, 0x40); // loop $rows
  // c = load(p + 4); w = c << 1 | load(p) >>> 31; e = c >>> 1 | load(p + 8) << 31
  get(P);
  simd(0x00, 2, 4);
  set(C);
  get(C);
  i32(1);
  simd(0xab);
  get(P);
  simd(0x00, 2, 0);
  i32(31);
  simd(0xad);
  simd(0x50);
  set(W);
  get(C);
  i32(1);
  simd(0xad);
  get(P);
  simd(0x00, 2, 8);
  i32(31);
  simd(0xab);
  simd(0x50);
  set(E);
  // The row's planes (west, centre, east) as the inputs of the row below, or into its
  // scratch row.
  for (const [local, offset] of [
    [W, 0],
    [C, 16],
    [E, 32],
  ] as const) {
    if (direct) {
      get(local);
      set(FIRST_INPUT + 6 + offset / 16);
    } else {
      get(BASE_DOWN);
      get(local);
      simd(0x0b, 4, offset);
    }
  }
  // if (j >= 1): output row j - 1
  get(J);
  i32(1);
  emit(0x4e, 0x04, 0x40);
  // the store's address: dst + (j - 1) * stride + col
  get(DST);
  get(J);
  i32(1);
  emit(0x6b);
  get(STRIDE);
  emit(0x6c, 0x6a);
  get(COL);
  emit(0x6a);
  const actions = direct
    ? circuit.gates.map((_, gate) => ({ kind: "gate" as const, gate }))
    : plan.actions;
  for (const action of actions) {
    if (action.kind === "gate") {
      const gate = circuit.gates[action.gate] as (typeof circuit.gates)[number];
      get(gateLocal(gate.a));
      if (gate.op !== "not") get(gateLocal(gate.b));
      if (gate.op === "select") get(gateLocal(gate.c));
      simd(GATE_OPCODES[gate.op]);
      set(FIRST_GATE + action.gate);
    } else if (action.value < CIRCUIT_INPUTS) {
      // An input, from its row's scratch (inputs are only ever loaded).
      get([BASE_UP, BASE_MID, BASE_DOWN][Math.floor(action.value / 3)] as number);
      simd(0x00, 4, 16 * (action.value % 3));
      set(gateLocal(action.value));
    } else if (action.kind === "load") {
      i32(0);
      simd(0x00, 4, ...uleb(SPILLS + 16 * action.slot));
      set(gateLocal(action.value));
    } else {
      i32(0);
      get(gateLocal(action.value));
      simd(0x0b, 4, ...uleb(SPILLS + 16 * action.slot));
    }
  }
  if (circuit.output === undefined) zero();
  else get(gateLocal(circuit.output));
  if (circuit.negated) simd(0x4d);
  get(MASK);
  simd(0x4e);
  simd(0x0b, 2, 0); // v128.store align=4
  emit(0x0b);
  // The rows move up one (the scratch row above is reused below); p += stride; j += 1
  for (let input = 0; direct && input < 6; input++) {
    get(FIRST_INPUT + input + 3);
    set(FIRST_INPUT + input);
  }
  get(BASE_UP);
  get(BASE_MID);
  set(BASE_UP);
  get(BASE_DOWN);
  set(BASE_MID);
  set(BASE_DOWN);
  get(P);
  get(STRIDE);
  emit(0x6a);
  set(P);
  get(J);
  i32(1);
  emit(0x6a);
  set(J);
  // br_if $rows (j <= height)
  get(J);
  get(HEIGHT);
  emit(0x4c, 0x0d, 0);
  emit(0x0b);
  // k += 1; br_if $columns (k < vecs)
  get(K);
  i32(1);
  emit(0x6a);
  set(K);
  get(K);
  get(VECS);
  emit(0x49, 0x0d, 0);
  emit(0x0b);
  emit(0x0b); // end of function
  const locals = [2, ...uleb(I32_LOCALS), I32, ...uleb(vectorLocals), V128];
  return [...locals, ...code];
}

const GATE_OPCODES = {
  not: 0x4d,
  and: 0x4e,
  andNot: 0x4f,
  or: 0x50,
  xor: 0x51,
  select: 0x52,
} as const;

function section(id: number, content: number[]): number[] {
  return [id, ...vector(content)];
}

/** Content preceded by its length. */
function vector(content: number[]): number[] {
  return [...uleb(content.length), ...content];
}

function name(text: string): number[] {
  return vector([...text].map((ch) => ch.charCodeAt(0)));
}

function uleb(value: number): number[] {
  const bytes: number[] = [];
  let v = value >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (v !== 0);
  return bytes;
}

function sleb(value: number): number[] {
  const bytes: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
    bytes.push(done ? byte : byte | 0x80);
    if (done) return bytes;
  }
}
