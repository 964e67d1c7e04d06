import { describe, expect, it } from "vitest";
import { catchFormatError } from "./catchFormatError.ts";
import { cellsOf } from "./cellsOf.ts";
import { parseCells } from "./parseCells.ts";

const GLIDER = `!Name: Glider
!Author: Richard K. Guy
!The smallest, most common, and first discovered spaceship.
!www.conwaylife.com/wiki/index.php?title=Glider
.O
..O
OOO
`;

describe("parseCells", () => {
  it("reads the LifeWiki glider with its comments, padding short rows", () => {
    const glider = parseCells(GLIDER);
    expect([glider.width, glider.height]).toEqual([3, 3]);
    expect(cellsOf(glider)).toEqual([".O.", "..O", "OOO"]);
    expect(glider.comments).toEqual([
      { kind: "N", text: "Glider" },
      { kind: "O", text: "Richard K. Guy" },
      { kind: "C", text: "The smallest, most common, and first discovered spaceship." },
      { kind: "C", text: "www.conwaylife.com/wiki/index.php?title=Glider" },
    ]);
    expect("rule" in glider).toBe(false);
  });

  it("removes one space after ! or a label and keeps the rest", () => {
    const pattern = parseCells("!Name:Tight\n!Author:  two\n!  indented  \n!\n!Name:\nO");
    expect(pattern.comments).toEqual([
      { kind: "N", text: "Tight" },
      { kind: "O", text: " two" },
      { kind: "C", text: " indented  " },
      { kind: "C", text: "" },
      { kind: "N", text: "" },
    ]);
  });

  it("accepts * as alive", () => {
    expect(cellsOf(parseCells(".*\n*.*"))).toEqual([".O.", "O.O"]);
  });

  it("keeps blank lines between rows as empty rows and drops leading and trailing ones", () => {
    const pattern = parseCells("!C\n\n\nO\n\n.O\n\n\n");
    expect(cellsOf(pattern)).toEqual(["O.", "..", ".O"]);
  });

  it("accepts \\r\\n and \\r line ends, a byte order mark and trailing whitespace", () => {
    const expected = [".O.", "..O", "OOO"];
    expect(cellsOf(parseCells("\uFEFF!Name: G\r\n.O\r\n..O  \r\nOOO\r\n"))).toEqual(expected);
    expect(cellsOf(parseCells(".O\r..O\t\rOOO"))).toEqual(expected);
  });

  it("reads an empty text as an empty pattern", () => {
    const empty = parseCells("!Name: Nothing\n");
    expect([empty.width, empty.height, empty.cells.length]).toEqual([0, 0, 0]);
  });

  it.each([
    ["!Name: x\n.O.\n.o.", 3, 2, 'unexpected "o"'],
    [".O .O", 1, 3, 'unexpected " "'],
    ["OO\n \tO", 2, 1, 'unexpected " "'],
    ["OO\nO\tO", 2, 2, 'unexpected "\\t"'],
    ["\uFEFF!C\r\n..\r\n..x", 3, 3, 'unexpected "x"'],
    ["x = 3, y = 3\nbo$2bo$3o!", 1, 1, 'unexpected "x"'],
  ])("refuses an unexpected character in %j", (text, line, column, reason) => {
    expect(catchFormatError(() => parseCells(text))).toMatchObject({ reason, line, column });
  });

  it("refuses a row that makes the box too tall, at its first cell", () => {
    const text = `${"O".repeat(16384)}${"\n".repeat(16384)}O`;
    const error = catchFormatError(() => parseCells(text));
    expect(error).toMatchObject({ line: 16385, column: 1 });
    expect(error.reason).toContain("pattern of 16384 x 16385 cells is larger than the limit");
  });

  it("refuses a row that makes the box too wide, at its first cell past the limit", () => {
    const text = `!big\nO${"\n".repeat(100)}${"O".repeat(16385)}`;
    const error = catchFormatError(() => parseCells(text));
    // The row's 16385th cell is the first past the limit of 16384 a side.
    expect(error).toMatchObject({ line: 102, column: 16385 });
    expect(error.reason).toContain("pattern of 16385 x 101 cells is larger than the limit");
  });
});
