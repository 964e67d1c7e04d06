import { driveCell } from "../driveCell.ts";
import {
  type CellProgram,
  type CellState,
  type Query,
  type Transition,
  witnessInstructions,
} from "../protocol.ts";
import { captureFrames, FRAMES_AVAILABLE, withStructuredStacks } from "./captureFrames.ts";
import type { Frame } from "./Frame.ts";
import type { CellAt, TraceWorld } from "./TraceWorld.ts";

/** A query as traced: what was asked, which cell answered, the answer and who asked. */
export interface TracedQuery {
  readonly kind: "query";
  /** The coordinates asked, as the coroutine wrote them (maybe beyond the grid's edges). */
  readonly y: number;
  readonly x: number;
  /** The cell that answered (where the edges join), or null: beyond a plane's edge, empty. */
  readonly at: CellAt | null;
  readonly answer: CellState;
  /**
   * Inside a counting coroutine (one the cell composed with `yield*`, such as `countNeighbors`
   * or `readBlock`), how many of its answers so far were live (state 1), this one included;
   * null for the cell's own query.
   */
  readonly count: number | null;
  /** The generator frames, outermost first (empty where the engine gives no frames). */
  readonly frames: readonly Frame[];
}

/** The cell's announcement of its next state. */
export interface TracedTransition {
  readonly kind: "transition";
  readonly y: number;
  readonly x: number;
  readonly state: CellState;
  readonly frames: readonly Frame[];
}

export type TraceStep = TracedQuery | TracedTransition;

/** Every instruction one cell's coroutine gave in one generation, in order. */
export interface CellTrace {
  readonly y: number;
  readonly x: number;
  /** The queries, then the one transition last. */
  readonly steps: readonly TraceStep[];
  /** Whether `frames` were recorded (V8 engines); without them the steps are still exact. */
  readonly framesAvailable: boolean;
}

export interface TraceOptions {
  /** Record the frame stack of each instruction (the default); off, tracing is cheaper. */
  readonly frames?: boolean;
  /** Refuse a cell that asks more than this many queries (default 1,000,000). */
  readonly maxSteps?: number;
}

/**
 * Runs the coroutine `program` of the cell at (y, x) for one generation against `world`, as the
 * interpreter (`liveAGeneration`) would, and records each instruction it yields: each Query with
 * the cell that answered it and the answer, and the Transition. The frames come from the
 * coroutine's own stack as it builds each instruction (`witnessInstructions`), so the trace
 * shows which generator asked (`stepCell` → `countNeighbors` through `yield*`) with no second
 * description of any rule. Throws `CellFaultError` when the coroutine strays (`driveCell`): ends
 * without a Transition, announces another cell, or asks more than `maxSteps` queries.
 */
export function traceCell(
  program: CellProgram,
  world: TraceWorld,
  y: number,
  x: number,
  options: TraceOptions = {},
): CellTrace {
  const recordFrames = (options.frames ?? true) && FRAMES_AVAILABLE;
  return recordFrames
    ? withStructuredStacks(() => runCell(program, world, y, x, options, true))
    : runCell(program, world, y, x, options, false);
}

function runCell(
  program: CellProgram,
  world: TraceWorld,
  y: number,
  x: number,
  options: TraceOptions,
  recordFrames: boolean,
): CellTrace {
  const steps: TraceStep[] = [];
  let frames: readonly Frame[] = [];
  const witness = (_instruction: Query | Transition) => {
    frames = captureFrames(witness);
  };
  // Live answers so far in the counting coroutine now running, if one is.
  let count = 0;
  let inHelper = false;
  let first = true;
  const answer = (qy: number, qx: number): CellState => {
    const at = world.locate(qy, qx);
    const state = at === null ? 0 : world.stateAt(at);
    let tally: number | null = null;
    // The cell's own query is not counted; each query of a coroutine composed with yield* is.
    const helper = recordFrames ? frames.length > 1 : !first;
    if (helper) {
      if (!inHelper) count = 0;
      if (state === 1) count++;
      tally = count;
    }
    inHelper = helper;
    first = false;
    steps.push({ kind: "query", y: qy, x: qx, at, answer: state, count: tally, frames });
    return state;
  };
  const previous = witnessInstructions(recordFrames ? witness : undefined);
  try {
    const state = driveCell(program, y, x, answer, {
      states: 256,
      maxQueries: options.maxSteps ?? 1_000_000,
    });
    // The frames of the last instruction built: the transition's.
    steps.push({ kind: "transition", y, x, state, frames });
    return { y, x, steps, framesAvailable: recordFrames };
  } finally {
    witnessInstructions(previous);
  }
}
