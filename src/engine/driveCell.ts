import type { CellProgram, CellState } from "./protocol.ts";

/**
 * How a cell coroutine strayed from one cell's step (a query with whole-number coordinates at
 * a time, then exactly one transition, for itself, to a state the rule has, then nothing).
 * Each caller words it for its reader: a compiler's reason (`describeCellFault`) or a hint to
 * the user who wrote the rule.
 */
export type CellFault =
  | { readonly kind: "not-a-coroutine" }
  | { readonly kind: "not-an-instruction"; readonly value: unknown }
  | { readonly kind: "fractional-query"; readonly y: unknown; readonly x: unknown }
  /** The environment would not answer: the query is outside what the caller can read. */
  | { readonly kind: "refused-query"; readonly reason: string }
  | {
      readonly kind: "other-cell";
      readonly y: unknown;
      readonly x: unknown;
      readonly state: unknown;
    }
  | { readonly kind: "bad-state"; readonly state: unknown; readonly states: number }
  | { readonly kind: "after-transition"; readonly value: unknown }
  | { readonly kind: "no-transition" }
  | { readonly kind: "too-many-queries"; readonly limit: number };

/** A cell coroutine that strayed; `fault` says how. */
export class CellFaultError extends Error {
  readonly fault: CellFault;
  constructor(fault: CellFault) {
    super(describeCellFault(fault));
    this.name = "CellFaultError";
    this.fault = fault;
  }
}

/**
 * Answers a query for the cell at (y, x) (the coroutine's own coordinates), or refuses it by
 * throwing `refuseQuery(reason)`.
 */
export type QueryAnswer = (y: number, x: number) => CellState;

/** Throws the refusal a `QueryAnswer` gives for a cell it cannot read. */
export function refuseQuery(reason: string): never {
  throw new CellFaultError({ kind: "refused-query", reason });
}

export interface DriveOptions {
  /** States the rule has: a transition must announce 0..states-1 (at most 256). */
  readonly states: number;
  /** Queries past which the coroutine is taken to loop forever (default: no limit). */
  readonly maxQueries?: number;
}

/**
 * Runs the coroutine of the cell at (y, x) once, answering each query with `answer`, and
 * returns the state it announces for itself, checking every instruction as it comes. Throws
 * `CellFaultError` when it strays (see `CellFault`); exceptions from the coroutine itself, or
 * from `answer`, propagate. The one checked driver of a single cell: the table compilers, the
 * range compiler and the user-rule interpreter all run cells through it.
 */
export function driveCell(
  program: CellProgram,
  y: number,
  x: number,
  answer: QueryAnswer,
  options: DriveOptions,
): CellState {
  const { states } = options;
  const maxQueries = options.maxQueries ?? Number.POSITIVE_INFINITY;
  const cell = program(y, x) as Partial<Generator<unknown, unknown, CellState>> | undefined;
  if (typeof cell?.next !== "function") throw new CellFaultError({ kind: "not-a-coroutine" });
  let item = cell.next();
  let asked = 0;
  while (!item.done) {
    const instruction = item.value as { kind?: unknown; y?: unknown; x?: unknown; state?: unknown };
    const kind =
      typeof instruction === "object" && instruction !== null ? instruction.kind : undefined;
    if (kind === "query") {
      if (++asked > maxQueries) {
        throw new CellFaultError({ kind: "too-many-queries", limit: maxQueries });
      }
      const qy = instruction.y as number;
      const qx = instruction.x as number;
      if (!Number.isInteger(qy) || !Number.isInteger(qx)) {
        throw new CellFaultError({ kind: "fractional-query", y: qy, x: qx });
      }
      item = cell.next(answer(qy, qx));
      continue;
    }
    if (kind !== "transition") {
      throw new CellFaultError({ kind: "not-an-instruction", value: instruction });
    }
    if (instruction.y !== y || instruction.x !== x) {
      const { y: ty, x: tx, state } = instruction;
      throw new CellFaultError({ kind: "other-cell", y: ty, x: tx, state });
    }
    const state = instruction.state as number;
    if (!Number.isInteger(state) || state < 0 || state >= states) {
      throw new CellFaultError({ kind: "bad-state", state, states });
    }
    const after = cell.next();
    if (!after.done) throw new CellFaultError({ kind: "after-transition", value: after.value });
    return state;
  }
  throw new CellFaultError({ kind: "no-transition" });
}

/**
 * `driveCell`, with a fault returned in words (`describeCellFault`) rather than thrown: what a
 * compiler that refuses with a reason wants.
 */
export function driveCellOrFault(
  program: CellProgram,
  y: number,
  x: number,
  answer: QueryAnswer,
  options: DriveOptions,
): CellState | string {
  try {
    return driveCell(program, y, x, answer, options);
  } catch (error) {
    if (error instanceof CellFaultError) return error.message;
    throw error;
  }
}

/** A fault as a compiler's reason: "asks …", "announces …", to follow "the coroutine". */
export function describeCellFault(fault: CellFault): string {
  switch (fault.kind) {
    case "not-a-coroutine":
      return "is not a coroutine";
    case "not-an-instruction":
      return "yields something other than a query or a transition";
    case "fractional-query":
      return `asks for (${String(fault.y)}, ${String(fault.x)}): coordinates are whole numbers`;
    case "refused-query":
      return fault.reason;
    case "other-cell":
      return "announces a transition for another cell";
    case "bad-state":
      return `announces state ${String(fault.state)}, outside 0..${fault.states - 1}`;
    case "after-transition":
      return "yields again after its transition";
    case "no-transition":
      return "finishes without a transition";
    case "too-many-queries":
      return `asks more than ${fault.limit} queries without a transition`;
  }
}
