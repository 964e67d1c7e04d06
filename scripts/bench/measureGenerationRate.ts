import type { Page } from "playwright-core";

/**
 * Generations per second over about `millis`, read in the page from the status bar's
 * generation counter and performance.now(), from one change of generation to another (so a count is
 * not off by a partial step). What a user sees, not what the status bar's meter says.
 */
export function measureGenerationRate(page: Page, millis: number): Promise<number> {
  return page.evaluate(
    (duration) =>
      new Promise<number>((resolve) => {
        const shown = document.querySelector('[data-testid="counters"]');
        const read = () => Number(/Generation (\d+)/.exec(shown?.textContent ?? "")?.[1]);
        let start: { time: number; generation: number } | undefined;
        let last = read();
        const tick = () => {
          const generation = read();
          const time = performance.now();
          if (generation !== last) {
            last = generation;
            if (!start) start = { time, generation };
            else if (time - start.time >= duration) {
              resolve(((generation - start.generation) * 1000) / (time - start.time));
              return;
            }
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    millis,
  );
}
