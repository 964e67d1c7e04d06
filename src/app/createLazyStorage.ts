/**
 * A `Storage` that looks up the real one (`window.localStorage`) on every call, so that a
 * browser whose `localStorage` getter throws (Chrome does, when cookies are blocked) fails on
 * that call, where the caller handles storage faults, and not while the app starts.
 */
export function createLazyStorage(open: () => Storage): Storage {
  return {
    get length() {
      return open().length;
    },
    clear: () => open().clear(),
    getItem: (key) => open().getItem(key),
    key: (index) => open().key(index),
    removeItem: (key) => open().removeItem(key),
    setItem: (key, value) => open().setItem(key, value),
  };
}
