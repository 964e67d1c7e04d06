import { describe, expect, it } from "vitest";
import {
  generationsRule as generations,
  HISTORY_RULE as HISTORY,
  LIFE_RULE as LIFE,
  LTL_RULE as LTL,
  SUPER_RULE as SUPER,
} from "../../tests/support/sampleRules.ts";
import { paintPicture } from "./paintPicture.ts";
import { toPixel } from "./pixelColors.ts";
import {
  contrastRatio,
  gollyGradient,
  multiStateColors,
  NON_TEXT_CONTRAST,
  readableOn,
  stateColors,
} from "./stateColors.ts";
import { stateNames } from "./stateNames.ts";
import { DARK_THEME } from "./Theme.ts";

const { empty, alive } = DARK_THEME;

describe("stateColors", () => {
  it("gives a two-state rule the theme's two colours", () => {
    expect(stateColors(LIFE, empty, alive)).toEqual([empty, alive]);
    expect(multiStateColors(LIFE, empty, alive)).toBeUndefined();
  });

  it("steps Golly's gradient as Golly rounds it", () => {
    // Golly: state 1 red, state n + 1 at n / (maxstate - 1), channel (int)(x + 0.5), last yellow.
    expect(gollyGradient(0xff0000, 0xffff00, 3)).toEqual([0xff0000, 0xff8000, 0xffff00]);
    expect(gollyGradient(0xff0000, 0xffff00, 4)).toEqual([0xff0000, 0xff5500, 0xffaa00, 0xffff00]);
    expect(gollyGradient(0xff0000, 0xffff00, 1)).toEqual([0xff0000]);
  });

  it("colours Generations red (alive) to yellow, Larger than Life yellow to red", () => {
    expect(stateColors(generations(4), empty, alive)).toEqual([
      empty,
      0xff0000,
      0xff8000,
      0xffff00,
    ]);
    expect(stateColors(LTL, empty, alive)).toEqual([empty, 0xffff00, 0xff8000, 0xff0000]);
    expect(stateColors(generations(256), empty, alive)).toHaveLength(256);
  });

  it("keeps Golly's History colours where they are readable, the background for state 0", () => {
    const colors = stateColors(HISTORY, empty, alive);
    expect(colors).toHaveLength(7);
    expect(colors[0]).toBe(empty);
    expect([colors[1], colors[3], colors[4], colors[5]]).toEqual([
      0x00ff00, 0xd8ffd8, 0xff0000, 0xffff00,
    ]);
    // Golly's navy history state (0, 0, 128) is lightened, still blue.
    const history = colors[2] as number;
    expect(history).not.toBe(0x000080);
    expect(history & 0xff).toBeGreaterThan((history >> 16) & 0xff);
    expect(stateColors(SUPER, empty, alive)).toHaveLength(26);
  });

  it("has every state's colour at 3:1 against the background, but Super's hidden state", () => {
    for (const rule of [generations(3), generations(100), generations(256), LTL, HISTORY, SUPER]) {
      const colors = stateColors(rule, empty, alive);
      colors.forEach((color, state) => {
        if (state === 0 || (rule === SUPER && state === 24)) return;
        expect(contrastRatio(color, empty), `state ${state}`).toBeGreaterThanOrEqual(
          NON_TEXT_CONTRAST,
        );
      });
    }
    // Golly means its state 24 to look almost like an empty cell.
    expect(contrastRatio(stateColors(SUPER, empty, alive)[24] as number, empty)).toBeLessThan(1.5);
  });

  it("lightens a colour only as far as 3:1 needs", () => {
    expect(readableOn(0xff0000, empty)).toBe(0xff0000);
    const navy = readableOn(0x000080, empty);
    expect(contrastRatio(navy, empty)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(navy, empty)).toBeLessThan(3.5);
  });

  it("names a state for each colour", () => {
    expect(stateNames(generations(4))).toEqual([
      "empty",
      "alive",
      "dying, 2 left",
      "dying, 1 left",
    ]);
    expect(stateNames(HISTORY)[2]).toBe("history (was on)");
    expect(stateNames(SUPER)).toHaveLength(26);
    expect(stateNames(LTL)).toHaveLength(4);
  });
});

describe("paintPicture", () => {
  const picture = { x: 0, y: 0, scale: 0, width: 4, height: 1, pixels: Uint8Array.of(0, 1, 2, 3) };

  it("paints a multi-state picture's pixels as states, in the colours given", () => {
    const states = stateColors(generations(4), empty, alive);
    const data = paintPicture({ ...picture, states: 4 }, { empty, alive, states });
    expect(Array.from(data)).toEqual(states.map(toPixel));
  });

  it("falls back to Golly's Generations gradient for a multi-state picture without colours", () => {
    const data = paintPicture({ ...picture, states: 4 }, { empty, alive });
    expect(Array.from(data)).toEqual([empty, 0xff0000, 0xff8000, 0xffff00].map(toPixel));
  });

  it("paints a two-state rule's byte picture (LtL C0, a user's rule) in the alive colour", () => {
    const data = paintPicture(
      { ...picture, pixels: Uint8Array.of(0, 1, 0, 1), states: 2 },
      { empty, alive },
    );
    expect(Array.from(data)).toEqual([empty, alive, empty, alive].map(toPixel));
  });

  it("still paints a two-state picture's pixels as densities", () => {
    const data = paintPicture(
      { ...picture, pixels: Uint8Array.of(0, 255, 0, 255) },
      { empty, alive, states: [0x123456, 0x654321] },
    );
    expect(Array.from(data)).toEqual([empty, alive, empty, alive].map(toPixel));
  });
});
