import { describe, expect, it } from "vitest";
import { catchFormatError } from "./catchFormatError.ts";
import { parsePattern } from "./parsePattern.ts";

// Golly writes the cells of multi-state rules as `.` (0), `A`..`X` (1 to 24) and `pA`..`yO`
// (25 to 255). A file whose rule cannot run here must say which family it is for, and one whose
// rule has two states must say so, never complain about a character. (Reading the states of a
// multi-state rule: multiStateRle.test.ts.)
describe("multi-state RLE", () => {
  it.each([
    ["x = 2, y = 1, rule = WireWorld\nBC!", 2, 1, /RuleLoader/, '"B" is state 2'],
    ["x = 2, y = 1, rule = Codd\nAH!", 2, 2, /RuleLoader/, '"H" is state 8'],
    ["x = 2, y = 1, rule = JvN29\n\nA pA!", 3, 3, /RuleLoader/, '"pA" is state 25'],
  ])("names the rule family of %j, which cannot run here", (text, line, column, family, state) => {
    const error = catchFormatError(() => parsePattern(text));
    expect(error).toMatchObject({ line, column });
    expect(error.reason).toMatch(family);
    expect(error.reason).toMatch(/not supported/);
    expect(error.reason).toContain(state);
    expect(error.reason).not.toMatch(/unexpected/);
  });

  it.each([
    ["x = 3, y = 1, rule = 23/3/3\nDBA!", 2, 1, '"D" is state 4', "0 to 2"],
    ["x = 3, y = 1, rule = LifeHistory\n2AH!", 2, 3, '"H" is state 8', "0 to 6"],
    ["x = 3, y = 1, rule = B3/S23History\nH!", 2, 1, '"H" is state 8', "0 to 6"],
    ["x = 2, y = 1, rule = R5,C3,M1,S34..58,B34..45,NM\nC!", 2, 1, '"C" is state 3', "0 to 2"],
  ])("refuses in %j a state its multi-state rule lacks", (text, line, column, state, range) => {
    const error = catchFormatError(() => parsePattern(text));
    expect(error).toMatchObject({ line, column });
    expect(error.reason).toContain(state);
    expect(error.reason).toContain(`out of range for the rule`);
    expect(error.reason).toContain(`states ${range}`);
  });

  it.each([
    ["x = 4, y = 1, rule = B3/S23/3\n2A.B!", [1, 1, 0, 2]],
    ["x = 3, y = 1, rule = B3/S23/C3\n.AB!", [0, 1, 2]],
    ["x = 3, y = 1, rule = LifeHistory\n2AF!", [1, 1, 6]],
    ["x = 2, y = 1, rule = R5,C3,M1,S34..58,B34..45,NM\nBo!", [2, 1]],
  ])("reads the states of %j, its rule's own", (text, cells) => {
    expect(Array.from(parsePattern(text).cells)).toEqual(cells);
  });

  it.each([
    ["x = 3, y = 1\nABC!", 2, 2, '"B" is state 2'],
    ["x = 3, y = 1, rule = B3/S23\n3X!", 2, 2, '"X" is state 24'],
    ["x = 2, y = 1\nyO!", 2, 1, '"yO" is state 255'],
    ["#r 23/3\nx = 2, y = 1\n2qB!", 3, 2, '"qB" is state 50'],
    // Two-state rules of the other notations and neighbourhoods.
    ["x = 2, y = 1, rule = B2/S34H\nBA!", 2, 1, '"B" is state 2'],
    ["x = 2, y = 1, rule = B2-a/S12\nB!", 2, 1, '"B" is state 2'],
    [
      "x = 2, y = 1, rule = MAPARYXfhZofugWaH7oaIDogBZofuhogOiAaIDogIAAgAAWaH7oaIDogGiA6ICAAIAAaIDogIAAgACAAIAAAAAAAA\nB!",
      2,
      1,
      '"B" is state 2',
    ],
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
