import { describe, expect, it } from "vitest";
import { gridStore } from "../store/testing/storeFixtures.ts";
import {
  createFaultyStorage,
  quotaExceeded,
  securityError,
} from "./testing/createFaultyStorage.ts";
import { createMemoryStorage } from "./testing/createMemoryStorage.ts";
import {
  type MediaSource,
  readThemeChoice,
  startThemePreference,
  THEME_KEY,
} from "./themePreference.ts";

/** Media queries that match what `matching` holds, and can be changed (firing `change`). */
function createMedia(matching: Set<string>) {
  const listeners = new Map<string, () => void>();
  const media: MediaSource = {
    matchMedia: (query: string) =>
      ({
        get matches() {
          return matching.has(query);
        },
        addEventListener: (_: string, listener: () => void) => listeners.set(query, listener),
        removeEventListener: () => listeners.delete(query),
      }) as unknown as MediaQueryList,
  };
  const set = (query: string, on: boolean) => {
    if (on) matching.add(query);
    else matching.delete(query);
    listeners.get(query)?.();
  };
  return { media, set };
}

const LIGHT = "(prefers-color-scheme: light)";
const MORE = "(prefers-contrast: more)";
const root = () => ({ dataset: {} }) as HTMLElement;

describe("startThemePreference", () => {
  it("follows the OS until a theme is picked, then keeps the pick across visits", () => {
    const storage = createMemoryStorage();
    const { media, set } = createMedia(new Set([LIGHT]));
    const { store } = gridStore(4, 4);
    const html = root();
    startThemePreference(store, storage, media, html);
    expect(html.dataset.theme).toBe("light");
    set(MORE, true);
    expect(html.dataset.theme).toBe("contrast");
    set(MORE, false);
    set(LIGHT, false);
    expect(html.dataset.theme).toBe("dark");
    expect(storage.getItem(THEME_KEY)).toBeNull();

    store.getState().setTheme("golly");
    expect(html.dataset.theme).toBe("golly");
    expect(storage.getItem(THEME_KEY)).toBe("golly");
    // The OS changing does not override a pick.
    set(LIGHT, true);
    expect(html.dataset.theme).toBe("golly");

    // The next visit.
    const next = gridStore(4, 4).store;
    const nextRoot = root();
    startThemePreference(next, storage, createMedia(new Set()).media, nextRoot);
    expect(next.getState().themeChoice).toBe("golly");
    expect(nextRoot.dataset.theme).toBe("golly");
    // Back to System forgets it.
    next.getState().setTheme("system");
    expect(storage.getItem(THEME_KEY)).toBeNull();
    expect(nextRoot.dataset.theme).toBe("dark");
  });

  it("ignores a kept value that names no theme", () => {
    expect(readThemeChoice(createMemoryStorage({ [THEME_KEY]: "neon" }))).toBe("system");
    expect(readThemeChoice(createMemoryStorage({ [THEME_KEY]: "light" }))).toBe("light");
  });

  it("still changes the theme when storage fails", () => {
    for (const storage of [
      createFaultyStorage("access", securityError()),
      createFaultyStorage("setItem", quotaExceeded()),
      createFaultyStorage("getItem", securityError()),
    ]) {
      const { store } = gridStore(4, 4);
      const html = root();
      expect(() =>
        startThemePreference(store, storage, createMedia(new Set()).media, html),
      ).not.toThrow();
      store.getState().setTheme("light");
      expect(html.dataset.theme).toBe("light");
    }
  });
});
