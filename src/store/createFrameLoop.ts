import type { FrameScheduler } from "./FrameScheduler.ts";

export interface FrameLoop {
  start(): void;
  stop(): void;
  readonly running: boolean;
}

/**
 * Calls `onFrame(now, elapsed)` once per frame between start() and stop(); `elapsed` is the
 * time since the previous frame (0 on the first). The one place the app asks for frames.
 */
export function createFrameLoop(
  scheduler: FrameScheduler,
  onFrame: (now: number, elapsed: number) => void,
): FrameLoop {
  let handle: number | undefined;
  let last: number | undefined;
  const frame = (now: number) => {
    handle = scheduler.requestFrame(frame);
    const elapsed = last === undefined ? 0 : now - last;
    last = now;
    onFrame(now, elapsed);
  };
  return {
    start() {
      if (handle !== undefined) return;
      last = undefined;
      handle = scheduler.requestFrame(frame);
    },
    stop() {
      if (handle === undefined) return;
      scheduler.cancelFrame(handle);
      handle = undefined;
    },
    get running() {
      return handle !== undefined;
    },
  };
}
