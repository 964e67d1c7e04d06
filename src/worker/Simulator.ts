import type { StepResult, World } from "./protocol.ts";

/**
 * The main thread's handle on a running simulation, wherever it runs. Loads and edits are
 * fire-and-forget and take effect in order before any later step. A step that fails with a
 * `WorkerLostError` lost the world: load it again and carry on.
 */
export interface Simulator {
  /** Where the work happens: a Web Worker, or the page itself when workers are unavailable. */
  readonly where: "worker" | "main thread";
  load(world: World, epoch: number): void;
  /** `changes` holds (cell index, state) pairs. */
  edit(changes: Int32Array, seq: number): void;
  step(generations: number): Promise<StepResult>;
  /** Switches between the compiled kernels and the coroutine interpreter, keeping the world. */
  setEngine?(engine: "fast" | "coroutine"): Promise<void>;
  /** Changes how many workers share the work, keeping the world. */
  resize?(workers: number): Promise<void>;
  /** How many workers share the work now. */
  readonly size?: number;
  /** Why it runs in the page though workers were asked for (what stopped them), once it does. */
  readonly fallbackReason?: string | undefined;
  dispose(): void;
}
