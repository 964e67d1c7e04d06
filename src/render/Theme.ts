/** Colours the renderer uses. Cell colours are 0xRRGGBB numbers so they can go straight into pixels. */
export interface Theme {
  readonly outside: string;
  readonly empty: number;
  readonly alive: number;
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
}

export const DARK_THEME: Theme = {
  outside: "#0b0d12",
  empty: 0x161a22,
  alive: 0x7ee787,
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
};

/** `#rrggbb` for a 0xRRGGBB number. */
export function toCss(color: number): string {
  return `#${color.toString(16).padStart(6, "0")}`;
}
