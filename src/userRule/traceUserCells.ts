import type { CellProgram } from "../engine/protocol.ts";
import { stepCell } from "../engine/stepCell.ts";
import {
  type CellTrace,
  type Frame,
  type Rect,
  type TraceWorld,
  traceCell,
  yieldIndexAt,
  yieldOffsets,
} from "../engine/trace/index.ts";
import { describeThrown } from "./describeThrown.ts";
import { runUserCell } from "./runUserCell.ts";
import { USER_RULE_HELPERS } from "./userRuleHelpers.ts";
import { LINE_OFFSET, USER_RULE_FILE } from "./wrapUserRule.ts";

/** How a user's rule is traced. */
export interface UserTraceOptions {
  /** Record each instruction's frames (the Inspector), or not (Watch mode's walk). */
  readonly frames: boolean;
  /** Refuse a cell that asks more than this many queries. */
  readonly maxSteps: number;
}

/**
 * Traces a user's coroutine `program` over the cells of `region` (row by row) against `world`,
 * as the Inspector and Watch mode trace a built-in rule (`traceCell`), where user code may run
 * (the rule sandbox's worker). Each cell is first run checked (`runUserCell`), so that a
 * broken instruction is refused with the user's line as a step would refuse it. The frames are
 * made readable where they are shown: a frame of the user's code has its lines moved back to
 * the user's source (`LINE_OFFSET`), and a frame of one of the engine's coroutines (the helpers,
 * or `stepCell` around a game logic) carries which of its `yield`s it stands at, read from the
 * code running here. Throws UserRuleError.
 */
export function traceUserCells(
  program: CellProgram,
  states: number,
  world: TraceWorld,
  region: Rect,
  options: UserTraceOptions,
  /** Called after each cell: how the sandbox says it is still at work. */
  cellDone?: () => void,
): CellTrace[] {
  const reader = {
    query(y: number, x: number) {
      const at = world.locate(y, x);
      return at === null ? 0 : world.stateAt(at);
    },
  };
  const traces: CellTrace[] = [];
  for (let y = region.y; y < region.y + region.height; y++) {
    for (let x = region.x; x < region.x + region.width; x++) {
      runUserCell(program, y, x, reader, states);
      let trace: CellTrace;
      try {
        trace = traceCell(program, world, y, x, options);
      } catch (thrown) {
        throw describeThrown(thrown, `while tracing the cell at (${y}, ${x})`);
      }
      traces.push(
        options.frames
          ? {
              ...trace,
              steps: trace.steps.map((step) => ({
                ...step,
                frames: step.frames.map(locateFrame),
              })),
            }
          : trace,
      );
      cellDone?.();
    }
  }
  return traces;
}

/** The engine's coroutines a user's rule runs inside or composes, by name. */
const ENGINE_COROUTINES = new Map<string, unknown>(
  [stepCell, ...Object.values(USER_RULE_HELPERS)]
    .filter((value) => typeof value === "function")
    .map((fn) => [(fn as { name: string }).name, fn]),
);

/** A frame as the page can show it: in the user's source's lines, or with its yield's index. */
function locateFrame(frame: Frame): Frame {
  if (frame.file === USER_RULE_FILE) {
    return {
      ...frame,
      line: frame.line - LINE_OFFSET,
      functionLine: frame.functionLine - LINE_OFFSET,
    };
  }
  const running = ENGINE_COROUTINES.get(frame.name);
  if (running === undefined) return frame;
  const text = Function.prototype.toString.call(running);
  return {
    ...frame,
    yieldIndex: yieldIndexAt(text, frame),
    yieldCount: yieldOffsets(text).length,
  };
}
