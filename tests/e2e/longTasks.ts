import { expect, type Page } from "@playwright/test";
import { afterPaint } from "./support.ts";

/** The longest main-thread task issue #10 allows while the page meets something hostile. */
export const MAX_TASK_MS = 200;

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

declare global {
  interface Window {
    /** The main thread's long tasks (page time), since the page started or was last forgotten. */
    __longTasks: LongTask[];
  }
}

/** Records every main-thread long task from before the app's own scripts run (an init script). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  });
}

/** Forgets the long tasks so far (opening the app), to judge only what the test does next. */
export async function forgetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__longTasks = [];
  });
}

/** The page's clock now: pass it to expectNoLongTask to judge only what comes after. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** The longest task recorded, in milliseconds (0 when none). */
export async function longestTask(page: Page): Promise<number> {
  const tasks = await page.evaluate(() => window.__longTasks);
  return Math.max(0, ...tasks.map((task) => task.duration));
}

/** No task over MAX_TASK_MS since `since` (page time; by default all that were recorded). */
export async function expectNoLongTask(page: Page, since = 0): Promise<void> {
  // Long task entries arrive a moment after the task: let any pending one in.
  await afterPaint(page);
  const tasks = await page.evaluate(() => window.__longTasks);
  const late = tasks.filter((task) => task.start >= since && task.duration > MAX_TASK_MS);
  expect(late, `long tasks: ${JSON.stringify(tasks)}`).toEqual([]);
}
