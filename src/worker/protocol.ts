import type { BoundedWorld } from "../universe/BoundedWorld.ts";

/**
 * Everything the simulation needs to start from: the grid, its rule and its generation (the
 * one description of a bounded world, `BoundedWorld`).
 */
export type World = BoundedWorld;

/** The answer to a `step`: the epoch and the last edit it includes, so stale work can be told apart. */
export interface StepResult {
  readonly id: number;
  readonly epoch: number;
  readonly editSeq: number;
  readonly generation: number;
  /**
   * The cells packed one bit each, as `PackedCells.words` lays them out. They may be the
   * pool's own memory (its shared output, used in turn): they stay as they are until
   * the result after this one has been delivered and the next step starts. Copy them to keep
   * them longer; changing them (edits laid over the reply) is allowed.
   */
  readonly words: Uint32Array;
  readonly population: number;
  /** Time spent computing, in ms. */
  readonly millis: number;
  /** What computed it, when the pool says: a kernel's name or "coroutine". */
  readonly kernel?: string;
  /** How many bands (workers) shared it, and how they talked: "shared" memory or "transfer". */
  readonly bands?: number;
  readonly mode?: string;
  /** Where it ran, when the pool says: in workers or in the page. */
  readonly where?: "worker" | "main thread";
}
