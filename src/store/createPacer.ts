/**
 * How far a set speed may fall behind before the generations it owes are forgotten: an engine
 * slower than the speed then runs as fast as it can, and one that speeds up again goes on at
 * the speed instead of rushing to make up what it lost. It is also the most one request asks for.
 */
export const MAX_LAG_MILLIS = 100;

/**
 * The generation a set speed calls for at a given time: the generation at play plus the speed
 * times the time since, so neither the frame rate nor the engine's round trips round it down.
 */
export function createPacer(maxLagMillis = MAX_LAG_MILLIS) {
  let anchorTime = 0;
  let anchorGeneration = 0;
  let speed = 0;
  return {
    /** Starts counting `speed` generations a second from `generation` at `time`. */
    start(time: number, generation: number, generationsPerSecond: number) {
      anchorTime = time;
      anchorGeneration = generation;
      speed = generationsPerSecond;
    },
    /** How many generations to ask for at `time`, having reached `generation`. */
    due(time: number, generation: number): number {
      const target = anchorGeneration + (speed * (time - anchorTime)) / 1000;
      // The epsilon keeps 0.1 s at 10 per second from coming out as 0.9999999.
      const due = Math.floor(target + 1e-9) - generation;
      const most = Math.max(1, Math.ceil((speed * maxLagMillis) / 1000));
      if (due <= most) return Math.max(0, due);
      // Behind by more than the lag allows: owe only that much from now on.
      anchorTime = time;
      anchorGeneration = generation + most;
      return most;
    },
  };
}
