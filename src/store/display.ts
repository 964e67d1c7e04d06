import type { PictureColors } from "../view/paintPicture.ts";
import { THEMES, type Theme, type ThemeName } from "../view/Theme.ts";

/** How the world is shown: the colour theme and whether trails are drawn. */
export interface DisplayData {
  /** The theme the user picked, or `system` to follow the OS (see `systemTheme`). */
  readonly themeChoice: ThemeName | "system";
  /** The theme the OS's preferences ask for (light, more contrast), as the page last read them. */
  readonly systemTheme: ThemeName;
  /** Trails: dead cells that were alive recently drawn fading (see createTrailMemory). */
  readonly trails: boolean;
}

/** How a new store shows the world: the OS's theme (dark until told), no trails. */
export const DEFAULT_DISPLAY: DisplayData = {
  themeChoice: "system",
  systemTheme: "dark",
  trails: false,
};

export interface DisplayActions {
  /**
   * Picks a theme, or `system` to follow the OS again; said in the announcement unless `quietly`
   * (the pick remembered from an earlier visit).
   */
  setTheme(choice: ThemeName | "system", quietly?: boolean): void;
  /** What the OS asks for now (the page listens to its media queries). */
  setSystemTheme(name: ThemeName): void;
  toggleTrails(): void;
}

/** The theme shown: the one picked, else the OS's. */
export function themeOf(state: DisplayData): Theme {
  return THEMES[state.themeChoice === "system" ? state.systemTheme : state.themeChoice];
}

/** The colours the universe worker paints the view's pictures in, trails' included when on. */
export function pictureColorsOf(state: DisplayData): PictureColors {
  const { empty, alive, trail, history } = themeOf(state);
  return state.trails ? { empty, alive, trails: { trail, history } } : { empty, alive };
}
