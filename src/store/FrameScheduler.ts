/**
 * The clock the frame loop runs on. In the page it is requestAnimationFrame; tests pass a fake
 * that fires frames by hand, so the store runs in Node with no browser.
 */
export interface FrameScheduler {
  requestFrame(callback: (now: number) => void): number;
  cancelFrame(handle: number): void;
  /** The time on the frames' clock, in milliseconds (performance.now() in the page). */
  now(): number;
}

export function createBrowserScheduler(): FrameScheduler {
  return {
    requestFrame: (callback) => requestAnimationFrame(callback),
    cancelFrame: (handle) => cancelAnimationFrame(handle),
    now: () => performance.now(),
  };
}
