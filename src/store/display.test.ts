import { describe, expect, it } from "vitest";
import { DARK_THEME, LIGHT_THEME } from "../view/Theme.ts";
import { pictureColorsOf, themeOf } from "./display.ts";
import { gridStore } from "./testing/storeFixtures.ts";

describe("display settings", () => {
  it("shows the OS's theme until one is picked", () => {
    const { store } = gridStore(4, 4);
    expect(themeOf(store.getState())).toBe(DARK_THEME);
    store.getState().setSystemTheme("light");
    expect(themeOf(store.getState())).toBe(LIGHT_THEME);
    store.getState().setTheme("contrast");
    store.getState().setSystemTheme("dark");
    expect(themeOf(store.getState()).name).toBe("contrast");
    expect(store.getState().announcement).toBe("Theme: High contrast");
  });

  it("asks the worker for trails in the theme's colours only while they are on", () => {
    const { store } = gridStore(4, 4);
    expect(pictureColorsOf(store.getState()).trails).toBeUndefined();
    store.getState().toggleTrails();
    expect(store.getState().announcement).toBe("Trails on");
    expect(pictureColorsOf(store.getState())).toEqual({
      empty: DARK_THEME.empty,
      alive: DARK_THEME.alive,
      trails: { trail: DARK_THEME.trail, history: DARK_THEME.history },
    });
    store.getState().setTheme("light");
    expect(pictureColorsOf(store.getState()).trails?.trail).toBe(LIGHT_THEME.trail);
    store.getState().toggleTrails();
    expect(pictureColorsOf(store.getState()).trails).toBeUndefined();
  });
});
