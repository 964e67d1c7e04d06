import type { LifeStore } from "../store/createLifeStore.ts";
import { themeOf } from "../store/display.ts";
import { isThemeName, type ThemeName } from "../view/Theme.ts";

/** Where the theme picked is kept (absent: follow the OS). */
export const THEME_KEY = "coroutine-life:theme";

/** The part of `window` the preference reads: its media queries. */
export type MediaSource = Pick<Window, "matchMedia">;

/** The theme the OS asks for: more contrast first, then a light scheme, else dark. */
export function systemThemeOf(media: MediaSource): ThemeName {
  if (media.matchMedia("(prefers-contrast: more)").matches) return "contrast";
  if (media.matchMedia("(prefers-color-scheme: light)").matches) return "light";
  return "dark";
}

/** The theme kept in `storage`, or `system` when none is (or it cannot be read). */
export function readThemeChoice(storage: Storage): ThemeName | "system" {
  try {
    const kept = storage.getItem(THEME_KEY);
    return isThemeName(kept) ? kept : "system";
  } catch {
    return "system";
  }
}

/**
 * Follows the OS's preferences and the theme picked: the store starts with the one kept in
 * `storage` (before anything is drawn, so no other flashes first), hears the OS's media queries
 * change, and keeps each pick (a pick of System forgets it); `root` (the page's `<html>`) carries
 * the theme shown as `data-theme`, which the page's CSS follows. Storage that fails (blocked,
 * full) loses only the remembering: the theme still changes. Returns a function that stops.
 */
export function startThemePreference(
  store: LifeStore,
  storage: Storage,
  media: MediaSource,
  root: HTMLElement,
): () => void {
  const queries = ["(prefers-contrast: more)", "(prefers-color-scheme: light)"].map((query) =>
    media.matchMedia(query),
  );
  const follow = () => store.getState().setSystemTheme(systemThemeOf(media));
  follow();
  // Quietly: the start-up is no change to announce.
  store.getState().setTheme(readThemeChoice(storage), true);
  const show = () => {
    const theme = themeOf(store.getState());
    root.dataset.theme = theme.name;
  };
  show();
  for (const query of queries) query.addEventListener("change", follow);
  const unsubscribe = store.subscribe((now, before) => {
    if (themeOf(now) !== themeOf(before)) show();
    if (now.themeChoice === before.themeChoice) return;
    try {
      if (now.themeChoice === "system") storage.removeItem(THEME_KEY);
      else storage.setItem(THEME_KEY, now.themeChoice);
    } catch {
      // Not remembered; shown all the same.
    }
  });
  return () => {
    for (const query of queries) query.removeEventListener("change", follow);
    unsubscribe();
  };
}
