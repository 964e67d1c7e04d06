import type { Rule } from "../rules/Rule.ts";
import { stateCount } from "../rules/Rule.ts";
import { mix } from "./pixelColors.ts";

/**
 * The colours cells are drawn in, one 0xRRGGBB per state (index = state), for a theme whose
 * empty cells are `empty`: `empty` for state 0 and `alive` for a two-state rule's state 1, as
 * always. The other families take Golly's default colours (gui-wx/wxlayer.cpp and the algos'
 * defaults):
 * - Generations: a gradient from red (state 1, alive) to yellow (the last dying state), in
 *   Golly's steps (generationsalgo.cpp defr1..defb2, wxlayer.cpp CreateColorGradient).
 * - Larger than Life with more than 2 states: Golly's gradient from yellow to red (ltlalgo.cpp).
 * - History and Super: Golly's fixed tables (superalgo.cpp; History's are its states 26-32).
 * Golly draws them on black or (48,48,48); on another background some would be near invisible
 * (the navy history state and Super's dark blues on the dark theme, yellow and the pale states
 * on the light one), so every colour is moved towards white on a dark background, towards black
 * on a light one, keeping its hue, until it has WCAG's non-text contrast of 3:1 against `empty`
 * (see readableOn). One exception keeps Golly's intent: Super's state 24, the "hidden" label
 * state meant to look almost like an empty cell, is drawn just off the background.
 */
export function stateColors(rule: Rule, empty: number, alive: number): number[] {
  const states = stateCount(rule);
  if (states <= 2) return [empty, alive];
  if (rule.family === "history") {
    const golly = rule.variant === "History" ? GOLLY_HISTORY : GOLLY_SUPER;
    return golly.map((color, state) => {
      if (state === 0) return empty;
      if (rule.variant === "Super" && state === HIDDEN_SUPER_STATE)
        return mix(empty, awayFrom(empty), 0.06);
      return readableOn(color, empty);
    });
  }
  const [from, to] = rule.family === "ltl" ? [YELLOW, RED] : [RED, YELLOW];
  return [empty, ...gollyGradient(from, to, states - 1).map((color) => readableOn(color, empty))];
}

const made = new WeakMap<Rule, { key: string; colors: readonly number[] }>();

/**
 * stateColors for a multi-state rule, made once a rule and theme (the page asks for them every
 * picture and every frame); undefined for a two-state rule, whose pictures are densities.
 */
export function multiStateColors(
  rule: Rule,
  empty: number,
  alive: number,
): readonly number[] | undefined {
  if (stateCount(rule) <= 2) return undefined;
  const key = `${empty}:${alive}`;
  const known = made.get(rule);
  if (known?.key === key) return known.colors;
  const colors = stateColors(rule, empty, alive);
  made.set(rule, { key, colors });
  return colors;
}

const RED = 0xff0000;
const YELLOW = 0xffff00;
const HIDDEN_SUPER_STATE = 24;

/**
 * Golly's gradient over states 1..`last`: `from` at 1, `to` at `last`, and state n + 1 between
 * them at n / (last - 1) of the way, each channel rounded half up as Golly's `(int)(x + 0.5)`.
 * (Golly's own states run to maxstate = states - 1, which is `last`.)
 */
export function gollyGradient(from: number, to: number, last: number): number[] {
  const colors = [from];
  if (last < 2) return colors;
  const steps = last - 1;
  const channel = (shift: number, n: number) => {
    const a = (from >> shift) & 0xff;
    const b = (to >> shift) & 0xff;
    return Math.floor(a + (n * (b - a)) / steps + 0.5) << shift;
  };
  for (let n = 1; n < steps; n++) colors.push(channel(16, n) | channel(8, n) | channel(0, n));
  colors.push(to);
  return colors;
}

/** WCAG's contrast ratio of two 0xRRGGBB colours (1 to 21). */
export function contrastRatio(a: number, b: number): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The least WCAG contrast for a graphical object against its background (SC 1.4.11). */
export const NON_TEXT_CONTRAST = 3;

/**
 * `color`, or when its contrast with `background` is under NON_TEXT_CONTRAST, the first mix of
 * it towards white on a dark background, towards black on a light one (in steps of 1/32), that
 * reaches it: the same hue, lighter or darker.
 */
export function readableOn(color: number, background: number): number {
  const extreme = awayFrom(background);
  for (let step = 0; step <= 32; step++) {
    const moved = mix(color, extreme, step / 32);
    if (contrastRatio(moved, background) >= NON_TEXT_CONTRAST) return moved;
  }
  return extreme;
}

/** White or black, whichever contrasts more with `background`: the way colours move on it. */
export function awayFrom(background: number): number {
  return contrastRatio(0xffffff, background) >= contrastRatio(0x000000, background)
    ? 0xffffff
    : 0x000000;
}

function luminance(color: number): number {
  const linear = (shift: number) => {
    const c = ((color >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(16) + 0.7152 * linear(8) + 0.0722 * linear(0);
}

/** Golly's default LifeHistory colours, states 0 to 6 (superalgo.cpp, its colours 26-32). */
const GOLLY_HISTORY: readonly number[] = [
  0x303030, 0x00ff00, 0x000080, 0xd8ffd8, 0xff0000, 0xffff00, 0x606060,
];

/** Golly's default colours of the Super rules, states 0 to 25 (superalgo.cpp). */
const GOLLY_SUPER: readonly number[] = [
  0x303030, 0x00ff00, 0x0000a0, 0xffd8ff, 0xff0000, 0xffff00, 0x606060, 0xff69b4, 0x800080,
  0x00bfff, 0x004080, 0x40e0d0, 0x008040, 0xffffff, 0xff6347, 0xfa8072, 0xdb7093, 0xffa500,
  0xf5deb3, 0x00ffff, 0xc0c0c0, 0xc0ff80, 0xffb6c1, 0x00ff7f, 0x010101, 0xff007f,
];
