/** The part of a zustand store that sampling reads: its state and its changes. */
export interface SampledStore<S> {
  getState(): S;
  subscribe(listener: (state: S) => void): () => void;
}

export interface SampleOptions {
  /** The shortest time between two values shown while running, in ms. */
  readonly everyMillis: number;
  readonly now?: () => number;
}

/**
 * Shows `select(state)` through `show`: at once while the world is paused (`running` false),
 * and while it runs at most once every `everyMillis`, the latest value each time, so the last
 * one is always shown in the end. A running world changes its counts with every step (several
 * a frame on the infinite plane), and each change shown costs the page's thread a re-render,
 * layout and paint; nobody reads digits that change 60 times a second. `show` hears the first
 * value at once and then only values that `same` tells apart from the one shown. Returns the
 * function that stops sampling.
 */
export function sampleWhileRunning<S extends { readonly running: boolean }, T>(
  store: SampledStore<S>,
  select: (state: S) => T,
  same: (a: T, b: T) => boolean,
  show: (value: T) => void,
  options: SampleOptions,
): () => void {
  const now = options.now ?? (() => performance.now());
  let shown = select(store.getState());
  let shownAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const showLatest = () => {
    clearTimeout(timer);
    timer = undefined;
    shownAt = now();
    const next = select(store.getState());
    if (same(next, shown)) return;
    shown = next;
    show(next);
  };
  show(shown);
  const unsubscribe = store.subscribe((state) => {
    if (!state.running) {
      showLatest();
      return;
    }
    if (timer !== undefined || same(select(state), shown)) return;
    timer = setTimeout(showLatest, Math.max(0, shownAt + options.everyMillis - now()));
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
