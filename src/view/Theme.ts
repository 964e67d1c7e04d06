/** The colour themes the app offers (see THEMES): the page's CSS follows the same names. */
export type ThemeName = "dark" | "light" | "contrast" | "golly";

/** Colours of the Inspector's and Watch mode's marks (see drawMarks). */
export interface MarkColors {
  /** The cell whose coroutine runs. */
  readonly active: string;
  /** The coordinates its query asked, which may lie beyond the grid's edges. */
  readonly asked: string;
  /** The cell that answered it, where the edges join. */
  readonly answered: string;
  /** A cell that differs from the kernel's generation (there must be none). */
  readonly differing: string;
}

/**
 * Colours the renderer uses, and the worker when it paints pictures. Cell colours are 0xRRGGBB
 * numbers so they can go straight into pixels. A multi-state rule's states take Golly's colours
 * made readable on `empty` (see stateColors); the page's CSS has a block of its own per theme,
 * chosen by `<html data-theme>`.
 */
export interface Theme {
  readonly name: ThemeName;
  /** What the theme picker says. */
  readonly label: string;
  readonly outside: string;
  readonly empty: number;
  readonly alive: number;
  /**
   * Trails (see trailShades): a cell dead for one generation is drawn in `trail`, fading over
   * the generations after towards `history`, the faint tint left where cells have ever lived.
   */
  readonly trail: number;
  readonly history: number;
  readonly gridLine: string;
  readonly torusEdge: string;
  readonly planeEdge: string;
  readonly hover: string;
  readonly selection: string;
  readonly selectionFill: string;
  readonly ghost: string;
  readonly ghostArea: string;
  /** The keyboard cursor's ring, and the line inside it that keeps it clear on live cells. */
  readonly cursor: string;
  readonly cursorInner: string;
  /** The keyboard cursor's ring width in CSS pixels (thicker in high contrast). */
  readonly cursorWidth: number;
  readonly marks: MarkColors;
}

export const DARK_THEME: Theme = {
  name: "dark",
  label: "Dark",
  outside: "#0b0d12",
  empty: 0x161a22,
  alive: 0x7ee787,
  trail: 0x3b82f6,
  history: 0x1b2333,
  gridLine: "rgba(255, 255, 255, 0.08)",
  torusEdge: "#58a6ff",
  planeEdge: "#f0883e",
  hover: "rgba(255, 255, 255, 0.85)",
  selection: "#e3b341",
  selectionFill: "rgba(227, 179, 65, 0.12)",
  ghost: "rgba(121, 192, 255, 0.8)",
  ghostArea: "rgba(121, 192, 255, 0.12)",
  cursor: "#f778ba",
  cursorInner: "#0b0d12",
  cursorWidth: 2,
  marks: {
    active: "#f778ba",
    asked: "#e3b341",
    answered: "rgba(227, 179, 65, 0.45)",
    differing: "#ff4d4f",
  },
};

/** Dark cells on white, the page's colours GitHub's light ones. */
export const LIGHT_THEME: Theme = {
  name: "light",
  label: "Light",
  outside: "#d0d7de",
  empty: 0xffffff,
  alive: 0x1a7f37,
  trail: 0x54aeff,
  history: 0xeef4fb,
  gridLine: "rgba(31, 35, 40, 0.12)",
  torusEdge: "#0969da",
  planeEdge: "#bc4c00",
  hover: "rgba(31, 35, 40, 0.8)",
  selection: "#9a6700",
  selectionFill: "rgba(154, 103, 0, 0.12)",
  ghost: "rgba(9, 105, 218, 0.75)",
  ghostArea: "rgba(9, 105, 218, 0.12)",
  cursor: "#bf3989",
  cursorInner: "#ffffff",
  cursorWidth: 2,
  marks: {
    active: "#bf3989",
    asked: "#9a6700",
    answered: "rgba(154, 103, 0, 0.35)",
    differing: "#cf222e",
  },
};

/** Black, white and yellow only, with a thicker cursor: for the OS's "more contrast". */
export const CONTRAST_THEME: Theme = {
  name: "contrast",
  label: "High contrast",
  outside: "#333333",
  empty: 0x000000,
  alive: 0xffffff,
  trail: 0xffd700,
  history: 0x1c1c1c,
  gridLine: "rgba(255, 255, 255, 0.28)",
  torusEdge: "#00ffff",
  planeEdge: "#ffff00",
  hover: "#ffff00",
  selection: "#ffff00",
  selectionFill: "rgba(255, 255, 0, 0.18)",
  ghost: "rgba(0, 255, 255, 0.9)",
  ghostArea: "rgba(0, 255, 255, 0.18)",
  cursor: "#ffff00",
  cursorInner: "#000000",
  cursorWidth: 3,
  marks: {
    active: "#ff00ff",
    asked: "#ffff00",
    answered: "rgba(255, 255, 0, 0.5)",
    differing: "#ff3333",
  },
};

/** Golly's own colours: white cells on its dark grey, the page as in Dark. */
export const GOLLY_THEME: Theme = {
  ...DARK_THEME,
  name: "golly",
  label: "Golly",
  outside: "#000000",
  empty: 0x303030,
  alive: 0xffffff,
  trail: 0x5a8fd8,
  history: 0x383c44,
  gridLine: "rgba(255, 255, 255, 0.1)",
};

/** Every theme by name, in the order the picker offers them. */
export const THEMES: Readonly<Record<ThemeName, Theme>> = {
  dark: DARK_THEME,
  light: LIGHT_THEME,
  contrast: CONTRAST_THEME,
  golly: GOLLY_THEME,
};

/** Whether `name` is a theme's name (a stored choice may be anything). */
export function isThemeName(name: unknown): name is ThemeName {
  return typeof name === "string" && Object.hasOwn(THEMES, name);
}

/** `#rrggbb` for a 0xRRGGBB number. */
export function toCss(color: number): string {
  return `#${color.toString(16).padStart(6, "0")}`;
}
