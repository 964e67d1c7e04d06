import { countsText } from "../countsText.ts";
import { formatCount } from "../formatCount.ts";
import type { StoreContext } from "./StoreContext.ts";

/**
 * Moving the world along its run timeline (Back, the timeline slider, Go to a generation
 * behind the present): one `goTo` in flight at most, the latest target asked for meanwhile
 * going next and the ones between dropped, so that dragging the slider or holding Back never
 * queues a backlog. The counts are announced once the world settles, not at each move.
 */
export function createTimelineNavigation(
  ctx: StoreContext,
  waitUntilIdle: (then: () => void) => void,
) {
  const { set, get } = ctx;
  /** The target asked for and not yet sent. */
  let wanted: bigint | null = null;
  /** The target of the move in flight (or waiting for a step to end). */
  let heading: bigint | null = null;

  const settle = () => {
    heading = null;
    const { world } = get();
    set({ navigating: false, announcement: countsText(world.generation, world.population) });
  };

  const next = () => {
    const target = wanted;
    wanted = null;
    if (target === null) {
      settle();
      return;
    }
    heading = target;
    ctx.world.goTo(
      target,
      (outcome) => {
        // Cut short (Pause, Reset, a new world): what was asked after it goes too.
        if (outcome.stopped) {
          wanted = null;
          heading = null;
          set({ navigating: false });
          return;
        }
        next();
      },
      (error) => {
        wanted = null;
        heading = null;
        set({
          navigating: false,
          alert: `Could not go to generation ${formatCount(target)}: ${error.message}`,
        });
      },
    );
  };

  const navigation = {
    /** Moves to `target` (kept within the timeline), pausing first. */
    go(target: bigint) {
      const s = get();
      if (s.running) s.pause();
      const { timelineFirst } = s.world;
      wanted = target < timelineFirst ? timelineFirst : target;
      if (heading !== null) return;
      heading = wanted;
      set({ navigating: true });
      // After the step being stopped (or queued) has answered: one step runs at a time.
      waitUntilIdle(next);
    },
    /** Where the world is going, or is: what a Back pressed now counts from. */
    get target(): bigint {
      return wanted ?? heading ?? get().world.generation;
    },
    back() {
      const s = get();
      const from = navigation.target;
      const first = s.world.timelineFirst;
      if (from <= first) {
        if (s.running) s.pause();
        set({
          announcement: `At the first generation kept, ${formatCount(first)}`,
        });
        return;
      }
      navigation.go(from - 2n ** BigInt(s.stepExponent));
    },
  };
  return navigation;
}
