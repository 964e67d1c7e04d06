/**
 * Generations per second over a sliding window of about a second: what the info bar shows,
 * as opposed to the speed asked for.
 */
export function createRateMeter(windowMillis = 1000) {
  let samples: { time: number; generation: number }[] = [];
  return {
    reset(time: number, generation: number) {
      samples = [{ time, generation }];
    },
    record(time: number, generation: number) {
      samples.push({ time, generation });
      while (samples.length > 2 && time - (samples[1] as { time: number }).time > windowMillis)
        samples.shift();
    },
    rate(): number {
      const first = samples[0];
      const last = samples[samples.length - 1];
      if (!first || !last || last.time <= first.time) return 0;
      return ((last.generation - first.generation) * 1000) / (last.time - first.time);
    },
  };
}
