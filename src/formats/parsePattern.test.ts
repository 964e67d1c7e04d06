import { describe, expect, it } from "vitest";
import { catchFormatError } from "./catchFormatError.ts";
import { cellsOf } from "./cellsOf.ts";
import { parsePattern } from "./parsePattern.ts";

const GLIDER_ROWS = [".O.", "..O", "OOO"];

describe("parsePattern", () => {
  it.each([
    ["RLE", "x = 3, y = 3\nbo$2bo$3o!"],
    [
      "RLE after comments and blank lines",
      "\uFEFF\r\n#N Glider\r\n#C x\r\n\r\nx = 3, y = 3\r\nbo$2bo$3o!",
    ],
    ["indented RLE", "  #N Glider\n  x = 3, y = 3\n  bo$2bo$3o!"],
    ["plaintext with comments", "!Name: Glider\n.O\n..O\nOOO"],
    ["plaintext without comments", "\n.O.\n..O\nOOO\n"],
    ["plaintext with *", ".*\n..*\n***"],
  ])("detects %s", (_format, text) => {
    expect(cellsOf(parsePattern(text))).toEqual(GLIDER_ROWS);
  });

  it("keeps the format's own comments and rule", () => {
    expect(parsePattern("#N G\nx = 1, y = 1, rule = B36/S23\no!")).toMatchObject({
      rule: "B36/S23",
      comments: [{ kind: "N", text: "G" }],
    });
    expect(parsePattern("!Name: G\nO").comments).toEqual([{ kind: "N", text: "G" }]);
  });

  it("passes on the chosen format's errors", () => {
    expect(catchFormatError(() => parsePattern("x = 3, y = 3\nbz!"))).toMatchObject({
      reason: 'unexpected "z"',
      line: 2,
      column: 2,
    });
    expect(catchFormatError(() => parsePattern("!C\n.O\n.o"))).toMatchObject({
      line: 3,
      column: 2,
    });
  });

  it.each([
    ["#C a comment\n\n  hello", 3, 3],
    ["bo$2bo$3o!", 1, 1],
    ["#N Glider\n.O\n..O", 2, 1],
    ["#C only\n#C comments", 2, 12],
  ])("refuses text in no known format: %j", (text, line, column) => {
    expect(catchFormatError(() => parsePattern(text))).toMatchObject({
      reason:
        'unknown pattern format: expected an RLE header "x = <width>, y = <height>" or plaintext rows of "." and "O"',
      line,
      column,
    });
  });

  it.each(["", "\n  \n\t\n", "\uFEFF"])("refuses text without a pattern: %j", (text) => {
    expect(catchFormatError(() => parsePattern(text))).toMatchObject({
      reason: "the text holds no pattern",
      line: 1,
      column: 1,
    });
  });
});
