import { type CellTrace, traceCell } from "../../engine/trace/index.ts";
import { cellProgramOf } from "../../rules/index.ts";
import { followCell } from "../../view/followCell.ts";
import type { CellPoint } from "../../view/Viewport.ts";
import { describeStep, pair } from "../inspect/describeStep.ts";
import { type Inspection, marksOf } from "../inspect/Inspection.ts";
import { reachOf, readTraceWorld } from "../inspect/readTraceWorld.ts";
import { traceInSandbox } from "../inspect/traceInSandbox.ts";
import { type InspectActions, userSourceOf } from "../LifeState.ts";
import type { StoreContext } from "./StoreContext.ts";

/**
 * The largest neighbourhood traced with its frames: Larger than Life up to range 50. Each
 * instruction's stack is captured, some tens of microseconds, so a range-50 cell takes a few
 * hundred ms.
 */
export const MAX_FRAMED_QUERIES = 101 * 101;

/**
 * The largest neighbourhood traced at all: up to range 250, without frames past range 50 (about
 * a million instructions a second, and some 40 MB of steps at range 250).
 */
export const MAX_TRACED_QUERIES = 501 * 501;

/**
 * The Inspector: a cell's coroutine for one generation, instruction by instruction. A built-in
 * rule is traced in the page (trusted code, and the frames and the source shown come from the
 * page's own modules), on the few cells it needs, read from the universe worker. A rule the
 * user wrote (compiled or not) is traced in the rule sandbox by the user's own coroutine, under
 * its time budget: an endless loop there is stopped with a message and the world is untouched.
 */
export function createInspectSlice(ctx: StoreContext): InspectActions {
  const { set, get } = ctx;
  /** Which inspection a read belongs to: a later click supersedes it. */
  let request = 0;

  const show = (inspection: Inspection, announce = true) => {
    const steps = inspection.trace?.steps ?? [];
    set({
      inspection,
      marks: marksOf(inspection),
      ...(announce &&
        inspection.trace && {
          announcement: describeStep(steps[inspection.index], steps.length, inspection.index),
        }),
    });
  };

  const inspect = async (cell: CellPoint) => {
    const s = get();
    if (s.running) s.pause();
    if (s.watch) s.stopWatch();
    const id = ++request;
    const generation = s.world.generation;
    const base = { x: cell.x, y: cell.y, generation, index: 0 };
    const reach = reachOf(s.rule);
    if ((2 * reach + 1) ** 2 > MAX_TRACED_QUERIES) {
      const error = `A cell of range ${reach} asks ${((2 * reach + 1) ** 2).toLocaleString("en-US")} cells: the Inspector traces neighbourhoods up to range 250`;
      set({ inspection: { ...base, trace: null, error }, marks: null, announcement: error });
      return;
    }
    set({ inspection: { ...base, trace: null, error: null }, marks: null });
    const source = userSourceOf(s);
    const region = { x: cell.x, y: cell.y, width: 1, height: 1 };
    const read = (rect: Parameters<typeof ctx.universe.cellStates>[0]) =>
      ctx.universe.cellStates(rect);
    try {
      let trace: CellTrace;
      if (source !== null) {
        const [traced] = await traceInSandbox(
          {
            space: s.world.space,
            rule: s.rule,
            source,
            region,
            frames: true,
            maxSteps: MAX_TRACED_QUERIES,
          },
          read,
          ctx.traceInSandbox,
        );
        if (!traced) throw new Error("the rule sandbox answered no trace");
        trace = traced;
      } else {
        const world = await readTraceWorld(s.world.space, s.rule, region, read);
        const frames = (2 * reach + 1) ** 2 <= MAX_FRAMED_QUERIES;
        trace = traceCell(cellProgramOf(s.rule), world, cell.y, cell.x, {
          frames,
          maxSteps: MAX_TRACED_QUERIES + 2,
        });
      }
      if (id !== request) return;
      show({ ...base, trace, error: null }, false);
      // The cell stays in sight (the panel may have narrowed the grid, Next cell moves on).
      const now = get();
      set({ view: followCell(now.view, cell, now.canvasWidth, now.canvasHeight) });
      set({
        announcement: `Inspecting cell ${pair(cell.y, cell.x)} at generation ${generation}: ${trace.steps.length} instructions. ${describeStep(trace.steps[0], trace.steps.length, 0)}`,
      });
    } catch (error) {
      if (id !== request) return;
      const message = `Cannot trace cell ${pair(cell.y, cell.x)}: ${(error as Error).message}`;
      set({ inspection: { ...base, trace: null, error: message }, announcement: message });
    }
  };

  const moveTo = (index: number) => {
    const inspection = get().inspection;
    if (!inspection?.trace) return;
    const last = inspection.trace.steps.length;
    show({ ...inspection, index: Math.max(0, Math.min(last, index)) });
  };

  return {
    inspectCell: inspect,
    stepInstruction(delta) {
      const inspection = get().inspection;
      if (inspection) moveTo(inspection.index + delta);
    },
    goToInstruction: moveTo,
    runToTick() {
      moveTo(Number.POSITIVE_INFINITY);
    },
    async stepCell() {
      const s = get();
      const inspection = s.inspection;
      if (!inspection) return;
      let { x, y } = inspection;
      x++;
      // Row by row, as `simulate` runs the cells; on a grid, back to the first after the last.
      if (s.world.space.kind !== "infinite" && x >= s.width) {
        x = 0;
        y = y + 1 >= s.height ? 0 : y + 1;
      }
      await inspect({ x, y });
    },
    closeInspection() {
      request++;
      set({ inspection: null, marks: null, announcement: "Closed the Inspector" });
    },
  };
}
