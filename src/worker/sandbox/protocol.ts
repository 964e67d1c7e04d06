import type { Surface } from "../../engine/Surface.ts";
import type { CellTrace, Rect, TraceBounds } from "../../engine/trace/index.ts";
import type { UserRuleProblem, UserRuleVerdict } from "../../userRule/index.ts";

/**
 * Requests to the rule sandbox (its supervisor forwards each to the sandbox worker, one at a
 * time, under a time budget):
 * - `prepare` checks and compiles a user's rule (`prepareUserRule`) and answers its verdict.
 * - `step` runs `generations` generations of the user's coroutine on a bounded grid of
 *   `width` x `height` cells a byte each (transferred: the sender keeps its own copy), on the
 *   rule in `source` (prepared again when it is not the one last prepared), and answers the
 *   cells.
 * - `trace` traces the user's coroutine over the cells of `region` for one generation (the
 *   Inspector: one cell with its frames; Watch mode: the cells in view, without), in a world
 *   whose non-empty cells known are `cells` (x, y pairs) with their `states`, on a bounded grid
 *   (`bounds`) or the infinite plane (null); it answers one trace a cell, row by row.
 */
export type SandboxRequest =
  | { readonly kind: "prepare"; readonly id: number; readonly source: string }
  | {
      readonly kind: "step";
      readonly id: number;
      readonly source: string;
      readonly states: number;
      readonly width: number;
      readonly height: number;
      readonly surface: Surface;
      readonly cells: Uint8Array;
      readonly generations: number;
    }
  | ({ readonly kind: "trace"; readonly id: number } & SandboxTraceRequest);

/** What a trace in the sandbox needs: a `trace` request without its kind and id. */
export interface SandboxTraceRequest {
  readonly source: string;
  readonly states: number;
  readonly bounds: TraceBounds | null;
  readonly cells: Float64Array;
  readonly cellStates: Uint8Array;
  readonly region: Rect;
  readonly frames: boolean;
  /** A cell asking more queries than this is refused. */
  readonly maxSteps: number;
}

/**
 * Replies: `problem` when the rule is broken, threw, or overran its budget (the supervisor
 * then replaced the worker). `alive` goes from the sandbox worker to its supervisor only, now
 * and then during a long request, so that a slow but working rule is not taken for a loop.
 */
export type SandboxReply =
  | { readonly kind: "prepared"; readonly id: number; readonly verdict: UserRuleVerdict }
  | { readonly kind: "stepped"; readonly id: number; readonly cells: Uint8Array }
  | { readonly kind: "traced"; readonly id: number; readonly traces: readonly CellTrace[] }
  | { readonly kind: "problem"; readonly id: number; readonly problem: UserRuleProblem }
  | { readonly kind: "alive" };

/** The kernel a sandboxed world reports: the status bar says the interpreter runs it there. */
export const SANDBOX_KERNEL = "user coroutine (sandbox)";

/**
 * How long the sandbox worker may go without an answer or an `alive`, in ms: short enough that
 * a rule in an endless loop is stopped, and the user told, within a second of the step.
 */
export const SANDBOX_BUDGET_MILLIS = 700;

/** How often the sandbox worker says `alive` while it works, in ms. */
export const ALIVE_MILLIS = 200;

/** What the page sends a universe worker, beside its UniverseRequests: its port to the sandbox. */
export interface SandboxPortMessage {
  readonly kind: "sandbox";
  readonly port: MessagePort;
}
