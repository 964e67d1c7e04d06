import { CIRCUIT_INPUTS, type RuleCircuit } from "./Circuit.ts";

/**
 * The bytes of a WebAssembly module that steps a band by one rule's circuit (`ruleCircuit`):
 * its export `step(src, dst, vecs, height, stride)` is life.wat's `step` with the count and its
 * leaves replaced by the circuit, over the same memory and layout (imported as `k.memory`,
 * the memory of the band's life.wat instance, whose byte 288 holds the last vector's mask);
 * filling the ghosts of a torus is left to life.wat's `wrapGhosts`. Written directly as binary
 * because a circuit is made when the rule is, in the page or a worker, where there is no
 * assembler; the code is straight-line SIMD, a few bytes a gate.
 */
export function tableWasm(circuit: RuleCircuit): Uint8Array {
  const body = stepBody(circuit);
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // magic, version 1
    ...section(1, [1, 0x60, 5, I32, I32, I32, I32, I32, 0]), // type 0: (i32 x5) -> ()
    ...section(2, [1, ...name("k"), ...name("memory"), 0x02, 0x00, 0x01]), // memory, min 1 page
    ...section(3, [1, 0]), // one function, of type 0
    ...section(7, [1, ...name("step"), 0x00, 0]), // export it as "step"
    ...section(10, [1, ...vector(body)]),
  ]);
}

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
const I32_LOCALS = 5;
const MASK = 10;
const C = 11;
const W = 12;
const E = 13;
/** The carried rows: above (west, centre, east), then middle. */
const UP_W = 14;
const MID_W = 17;
const FIRST_GATE = 20;

/** The inputs' locals, in the table's bit order: row above, middle row, row below (W C E). */
const INPUTS = [UP_W, UP_W + 1, UP_W + 2, MID_W, MID_W + 1, MID_W + 2, W, C, E];

function stepBody(circuit: RuleCircuit): number[] {
  const gateLocal = (value: number): number =>
    value < CIRCUIT_INPUTS ? (INPUTS[value] as number) : FIRST_GATE + value - CIRCUIT_INPUTS;
  const vectorLocals = FIRST_GATE - MASK + circuit.gates.length;
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
  for (let local = UP_W; local < MID_W + 3; local++) {
    zero();
    set(local);
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
  circuit.gates.forEach((gate, i) => {
    get(gateLocal(gate.a));
    if (gate.op !== "not") get(gateLocal(gate.b));
    if (gate.op === "select") get(gateLocal(gate.c));
    simd(GATE_OPCODES[gate.op]);
    set(FIRST_GATE + i);
  });
  if (circuit.output === undefined) zero();
  else get(gateLocal(circuit.output));
  if (circuit.negated) simd(0x4d);
  get(MASK);
  simd(0x4e);
  simd(0x0b, 2, 0); // v128.store align=4
  emit(0x0b);
  // up = mid; mid = (w, c, e); p += stride; j += 1
  for (let i = 0; i < 3; i++) {
    get(MID_W + i);
    set(UP_W + i);
  }
  get(W);
  set(MID_W);
  get(C);
  set(MID_W + 1);
  get(E);
  set(MID_W + 2);
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
