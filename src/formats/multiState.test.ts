import { describe, expect, it } from "vitest";
import { catchFormatError } from "./catchFormatError.ts";
import { parsePattern } from "./parsePattern.ts";

// Golly writes the cells of multi-state rules as `.` (0), `A`..`X` (1 to 24) and `pA`..`yO`
// (25 to 255). A file whose rule cannot run here must say which family it is for, and one whose
// rule has two states must say so, never complain about a character. (Reading the states of a
// multi-state rule: multiStateRle.test.ts.)
describe("multi-state RLE", () => {
  it.each([
    [
      "x = 3, y = 1, rule = 23/3/3\nDBA!",
      2,
      1,
      /^Generations rules .*"23\/3\/3"/,
      '"D" is state 4',
    ],
    ["x = 3, y = 1, rule = B3/S23/3\n2A.B!", 2, 4, /^Generations rules/, '"B" is state 2'],
    ["x = 3, y = 1, rule = B3/S23/C3\n.AB!", 2, 3, /^Generations rules/, '"B" is state 2'],
    ["x = 3, y = 1, rule = LifeHistory\n2AC!", 2, 3, /History rules/, '"C" is state 3'],
    ["x = 3, y = 1, rule = B3/S23History\nC!", 2, 1, /History rules/, '"C" is state 3'],
    ["x = 2, y = 1, rule = WireWorld\nBC!", 2, 1, /RuleLoader/, '"B" is state 2'],
    ["x = 2, y = 1, rule = Codd\nAH!", 2, 2, /RuleLoader/, '"H" is state 8'],
    ["x = 2, y = 1, rule = JvN29\n\nA pA!", 3, 3, /RuleLoader/, '"pA" is state 25'],
    ["x = 2, y = 1, rule = R5,C3,M1,S34..58,B34..45,NM\nB!", 2, 1, /Larger than Life/, "state 2"],
    ["x = 2, y = 1, rule = B2/S34H\nBA!", 2, 1, /Hexagonal/, '"B" is state 2'],
    ["x = 2, y = 1, rule = B2-a/S12\nB!", 2, 1, /Non-totalistic/, '"B" is state 2'],
    [
      "x = 2, y = 1, rule = MAPARYXfhZofugWaH7oaIDogBZofuhogOiAaIDgIAAgAAWaH7oaIDogGiA6ICAgIAAgAA\nB!",
      2,
      1,
      /MAP/,
      "state 2",
    ],
  ])("names the rule family of %j", (text, line, column, family, state) => {
    const error = catchFormatError(() => parsePattern(text));
    expect(error).toMatchObject({ line, column });
    expect(error.reason).toMatch(family);
    expect(error.reason).toMatch(/not supported/);
    expect(error.reason).toContain(state);
    expect(error.reason).not.toMatch(/unexpected/);
  });

  it.each([
    ["x = 3, y = 1\nABC!", 2, 2, '"B" is state 2'],
    ["x = 3, y = 1, rule = B3/S23\n3X!", 2, 2, '"X" is state 24'],
    ["x = 2, y = 1\nyO!", 2, 1, '"yO" is state 255'],
    ["#r 23/3\nx = 2, y = 1\n2qB!", 3, 2, '"qB" is state 50'],
  ])(
    "says that %j has states beyond 0 and 1 when its rule is two-state",
    (text, line, column, state) => {
      const error = catchFormatError(() => parsePattern(text));
      expect(error).toMatchObject({ line, column });
      expect(error.reason).toContain(state);
      expect(error.reason).toMatch(/states beyond 0 and 1 .*Generations or other multi-state rule/);
      expect(error.reason).toMatch(/with two states$/);
    },
  );

  it.each([
    ["x = 2, y = 1\nxo!", 2, 1, 'unexpected "x"'],
    ["x = 2, y = 1\nzo!", 2, 1, 'unexpected "z"'],
    ["x = 2, y = 1\no p", 2, 3, 'unexpected "p"'],
  ])("still names a stray character in %j", (text, line, column, reason) => {
    expect(catchFormatError(() => parsePattern(text))).toMatchObject({ line, column, reason });
  });
});
