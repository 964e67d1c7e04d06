import { describe, expect, it } from "vitest";
import {
  generationsRule as generations,
  HISTORY_RULE as HISTORY,
  LTL_RULE as LTL,
  SUPER_RULE as SUPER,
} from "../../tests/support/sampleRules.ts";
import {
  awayFrom,
  contrastRatio,
  NON_TEXT_CONTRAST,
  readableOn,
  stateColors,
} from "./stateColors.ts";
import { THEMES } from "./Theme.ts";

const MULTI_STATE = [generations(3), generations(25), generations(256), LTL, HISTORY, SUPER];

describe("theme contrast", () => {
  for (const theme of Object.values(THEMES)) {
    it(`${theme.label}: live cells and every state's colour are at 3:1 against empty`, () => {
      expect(contrastRatio(theme.alive, theme.empty)).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
      for (const rule of MULTI_STATE) {
        const colors = stateColors(rule, theme.empty, theme.alive);
        expect(colors[0]).toBe(theme.empty);
        colors.forEach((color, state) => {
          // Super's hidden state is meant to look almost like an empty cell.
          if (state === 0 || (rule === SUPER && state === 24)) return;
          expect(
            contrastRatio(color, theme.empty),
            `${rule.family} state ${state} #${color.toString(16)}`,
          ).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
        });
        if (rule === SUPER) {
          expect(contrastRatio(colors[24] as number, theme.empty)).toBeLessThan(1.5);
          expect(colors[24]).not.toBe(theme.empty);
        }
      }
    });

    it(`${theme.label}: a trail starts apart from both live and empty cells`, () => {
      expect(contrastRatio(theme.trail, theme.empty)).toBeGreaterThan(1.5);
      expect(theme.trail).not.toBe(theme.alive);
      expect(theme.history).not.toBe(theme.empty);
    });
  }

  it("moves colours towards white on a dark background and towards black on a light one", () => {
    expect(awayFrom(0x161a22)).toBe(0xffffff);
    expect(awayFrom(0xffffff)).toBe(0x000000);
    // Yellow is unreadable on white: it darkens, keeping more red and green than blue.
    const yellow = readableOn(0xffff00, 0xffffff);
    expect(contrastRatio(yellow, 0xffffff)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(yellow, 0xffffff)).toBeLessThan(3.6);
    expect((yellow >> 16) & 0xff).toBeGreaterThan(yellow & 0xff);
    // Navy is unreadable on the dark theme: it lightens, still blue.
    const navy = readableOn(0x000080, 0x161a22);
    expect(contrastRatio(navy, 0x161a22)).toBeGreaterThanOrEqual(3);
    expect(navy & 0xff).toBeGreaterThan((navy >> 16) & 0xff);
    // A readable colour is left as it is.
    expect(readableOn(0x000080, 0xffffff)).toBe(0x000080);
  });
});
