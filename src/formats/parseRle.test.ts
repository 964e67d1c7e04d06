import { describe, expect, it } from "vitest";
import { catchFormatError } from "./catchFormatError.ts";
import { cellsOf } from "./cellsOf.ts";
import { parseRle } from "./parseRle.ts";

const GOSPER_GUN = `#N Gosper glider gun
#O Bill Gosper
#C A true period 30 glider gun.
#C The first known gun and the first known finite pattern with unbounded growth.
#C www.conwaylife.com/wiki/index.php?title=Gosper_glider_gun
x = 36, y = 9, rule = B3/S23
24bo$22bobo$12b2o6b2o12b2o$11bo3bo4b2o12b2o$2o8bo5bo3b2o$2o8bo3bob2o4b
obo$10bo5bo7bo$11bo3bo$12b2o!
`;

function isAlive(pattern: ReturnType<typeof parseRle>, x: number, y: number): boolean {
  return pattern.cells[y * pattern.width + x] === 1;
}

describe("parseRle", () => {
  it("reads a glider with its name and rule", () => {
    const glider = parseRle("#N Glider\nx = 3, y = 3, rule = B3/S23\nbo$2bo$3o!\n");
    expect(glider.width).toBe(3);
    expect(glider.height).toBe(3);
    expect(glider.rule).toBe("B3/S23");
    expect(glider.comments).toEqual([{ kind: "N", text: "Glider" }]);
    expect(cellsOf(glider)).toEqual([".O.", "..O", "OOO"]);
  });

  it("reads the Gosper glider gun from LifeWiki", () => {
    const gun = parseRle(GOSPER_GUN);
    expect([gun.width, gun.height, gun.rule]).toEqual([36, 9, "B3/S23"]);
    expect(gun.cells.reduce((sum, cell) => sum + cell, 0)).toBe(36);
    for (const [x, y] of [
      [24, 0],
      [22, 1],
      [24, 1],
      [12, 2],
      [13, 2],
      [35, 2],
      [0, 4],
      [1, 5],
      [24, 6],
      [12, 8],
      [13, 8],
    ] as const) {
      expect(isAlive(gun, x, y), `cell ${x},${y}`).toBe(true);
    }
    for (const [x, y] of [
      [0, 0],
      [23, 0],
      [25, 1],
      [11, 2],
      [2, 4],
      [35, 8],
      [15, 8],
    ] as const) {
      expect(isAlive(gun, x, y), `cell ${x},${y}`).toBe(false);
    }
    expect(gun.comments.map((comment) => comment.kind)).toEqual(["N", "O", "C", "C", "C"]);
    expect(gun.comments[1]).toEqual({ kind: "O", text: "Bill Gosper" });
  });

  it("keeps every comment kind, removing only the one separating space", () => {
    const text = [
      "#N Glider",
      "#C  indented text  ",
      "#c lower case",
      "#O Richard K. Guy",
      "#P 0 0",
      "#R -1 -1",
      "#Cno space",
      "#C",
      "# spaced",
      "#",
      "x = 1, y = 1",
      "o!",
    ].join("\n");
    expect(parseRle(text).comments).toEqual([
      { kind: "N", text: "Glider" },
      { kind: "C", text: " indented text  " },
      { kind: "c", text: "lower case" },
      { kind: "O", text: "Richard K. Guy" },
      { kind: "P", text: "0 0" },
      { kind: "R", text: "-1 -1" },
      { kind: "C", text: "no space" },
      { kind: "C", text: "" },
      { kind: "", text: "spaced" },
      { kind: "", text: "" },
    ]);
  });

  it("keeps # lines inside the body as comments but ignores everything after !", () => {
    const pattern = parseRle("x = 2, y = 2\no$\n#C between\nbo!\n#C after\nzzz");
    expect(pattern.comments).toEqual([{ kind: "C", text: "between" }]);
    expect(cellsOf(pattern)).toEqual(["O.", ".O"]);
  });

  it.each([
    ["x = 3, y = 3, rule = B3/S23", "B3/S23"],
    ["x=3,y=3,rule=b3s23", "b3s23"],
    ["  x = 3 ,y= 3 , rule =  B3/S23:T64,48  ", "B3/S23:T64,48"],
    ["x = 3, y = 3, rule = 23/3", "23/3"],
    ["x = 3, y = 3", undefined],
    ["x\t=\t3,\ty\t=\t3", undefined],
    ["x = 3, y = 3, rule =", undefined],
  ])("reads the header %j", (header, rule) => {
    const pattern = parseRle(`${header}\n3o$3o$3o!`);
    expect([pattern.width, pattern.height, pattern.rule]).toEqual([3, 3, rule]);
    expect("rule" in pattern).toBe(rule !== undefined);
  });

  it("takes the rule from an old #r comment when the header has none", () => {
    const pattern = parseRle("#r 23/3\nx = 1, y = 1\no!");
    expect(pattern.rule).toBe("23/3");
    expect(pattern.comments).toEqual([{ kind: "r", text: "23/3" }]);
    expect(parseRle("#r 23/3\nx = 1, y = 1, rule = B36/S23\no!").rule).toBe("B36/S23");
    expect(parseRle("#R 23/3\nx = 1, y = 1\no!").rule).toBeUndefined();
  });

  it("accepts \\r\\n and \\r line ends, leading blank lines and a byte order mark", () => {
    const expected = [".O.", "..O", "OOO"];
    expect(cellsOf(parseRle("\r\n\r\n#N G\r\nx = 3, y = 3\r\nbo$2bo$\r\n3o!\r\n"))).toEqual(
      expected,
    );
    expect(cellsOf(parseRle("#N G\rx = 3, y = 3\rbo$2bo$\r3o!"))).toEqual(expected);
    expect(cellsOf(parseRle("\uFEFF\n  \nx = 3, y = 3\nbo$2bo$3o!"))).toEqual(expected);
  });

  it("reads counts on $ as that many row ends", () => {
    expect(cellsOf(parseRle("x = 2, y = 5\no3$bo$o!"))).toEqual(["O.", "..", "..", ".O", "O."]);
    expect(cellsOf(parseRle("x = 1, y = 3\n2$o!"))).toEqual([".", ".", "O"]);
  });

  it("reads multi-digit counts, . as dead and A as alive", () => {
    expect(cellsOf(parseRle("x = 14, y = 2\n12.2o$A12bA!"))).toEqual([
      "............OO",
      "O............O",
    ]);
  });

  it("ignores whitespace and line breaks between tokens and inside counts", () => {
    expect(cellsOf(parseRle("x = 12, y = 2\n b o \n$\t1\n2o"))).toEqual([
      ".O..........",
      "OOOOOOOOOOOO",
    ]);
  });

  it("accepts a missing ! at the end of the input", () => {
    expect(cellsOf(parseRle("x = 3, y = 2\n3o$\nobo\n\n"))).toEqual(["OOO", "O.O"]);
  });

  it("grows the box when live cells lie beyond the header's size", () => {
    const pattern = parseRle("x = 2, y = 1\n3o$o2$3bo!");
    expect(cellsOf(pattern)).toEqual(["OOO.", "O...", "....", "...O"]);
    // Dead cells and row ends past the box do not grow it.
    const quiet = parseRle("x = 2, y = 2\no99b$2o5$!");
    expect([quiet.width, quiet.height]).toEqual([2, 2]);
  });

  it("keeps the header's box around a smaller body", () => {
    expect(cellsOf(parseRle("x = 4, y = 3\nbo!"))).toEqual([".O..", "....", "...."]);
    const empty = parseRle("x = 0, y = 0\n!");
    expect([empty.width, empty.height, empty.cells.length]).toEqual([0, 0, 0]);
  });

  it("accepts a header exactly at the side limit when it allocates nothing", () => {
    const line = parseRle("x = 16384, y = 0\n!");
    expect([line.width, line.height, line.cells.length]).toEqual([16384, 0, 0]);
  });
});

describe("parseRle errors", () => {
  it.each([
    ["x = 3, y = 3\nbo$2z!", 2, 5, 'unexpected "z"'],
    ["x = 3, y = 3\n3Z!", 2, 2, 'unexpected "Z"'],
    ["x = 3, y = 3\n\tbo\t$\tq", 2, 7, 'unexpected "q"'],
    ["\uFEFF#C c\r\nx = 1, y = 1\r\n  oq!", 3, 4, 'unexpected "q"'],
    ["x = 1, y = 1\r🙂o!x", 2, 1, 'unexpected "🙂"'],
    ["x = 2, y = 1\r🙂", 2, 1, 'unexpected "🙂"'],
  ])("refuses an unexpected character in %j", (text, line, column, reason) => {
    expect(catchFormatError(() => parseRle(text))).toMatchObject({ reason, line, column });
  });

  it.each([
    ["#N Glider\nbo$2bo$3o!", 2, 1],
    ["\n\n  bo$2bo$3o!", 3, 3],
    ["#N only\n#C comments\n", 3, 1],
    ["#N only\n#C comments", 2, 12],
    ["", 1, 1],
    ["X = 3, y = 3\no!", 1, 1],
  ])("refuses text without a header: %j", (text, line, column) => {
    expect(catchFormatError(() => parseRle(text))).toMatchObject({
      reason: 'expected the RLE header "x = <width>, y = <height>"',
      line,
      column,
    });
  });

  it.each([
    ["x = -1, y = 2", 5, "x must be a non-negative integer"],
    ["x = , y = 2", 5, "x must be a non-negative integer"],
    ["x = 3.5, y = 2", 5, "x must be a non-negative integer"],
    ["x = 3a, y = 2", 5, "x must be a non-negative integer"],
    ["x = 3, y = abc", 12, "y must be a non-negative integer"],
    ["x = 3, y = 2e3", 12, "y must be a non-negative integer"],
    ["x = 3, y =", 11, "y must be a non-negative integer"],
    ["x 3, y = 2", 3, 'expected "=" after "x"'],
    ["x = 3 y = 2", 7, 'expected "," after the width'],
    ["x = 3", 6, 'expected "," after the width'],
    ["x = 3, = 2", 8, 'expected "y =" after the width'],
    ["x = 3, y", 9, 'expected "=" after "y"'],
    ["x = 3, y = 2 rule = B3/S23", 14, 'expected "," or the end of the line after the height'],
    ["x = 3, y = 2, foo = 1", 15, 'expected "rule =" after the height'],
    ["x = 3, y = 2, rule B3/S23", 20, 'expected "=" after "rule"'],
  ])("refuses the header %j", (header, column, reason) => {
    const error = catchFormatError(() => parseRle(`#C header test\n${header}\no!`));
    expect(error).toMatchObject({ reason, line: 2, column });
  });

  it.each([
    ["x = 65536, y = 4097", 1, "pattern of 65536 x 4097 cells"],
    ["  x=99999,y=99999", 3, "pattern of 99999 x 99999 cells"],
    ["x = 268435457, y = 0", 1, "pattern of 268435457 x 0 cells"],
    ["x = 0, y = 99999999999999999999", 1, "pattern of 0 x 100000000000000000000 cells"],
  ])("refuses the absurd header %j before allocating", (header, column, size) => {
    const error = catchFormatError(() => parseRle(`#C big\n${header}\no!`));
    expect(error).toMatchObject({ line: 2, column });
    expect(error.reason).toContain(`${size} is larger than the limit of 16384 cells a side`);
  });

  it.each([
    ["x = 3, y = 3\n999999999o$999999999$o!", 2, 1, "999999999 x 3"],
    ["x = 16384, y = 1\n16384$o!", 2, 7, "16384 x 16385"],
    ["x=2,y=2\nbo$\n  3$\n 2000\n00000o!", 4, 2, "200000000 x 5"],
    ["x = 1, y = 1\n99999999999999999999999999o!", 2, 1, "1125899906842624 x 1"],
    [
      "x = 1, y = 1\n99999999999999999999999999b99999999999999999999999999bo!",
      2,
      55,
      "2251799813685249 x 1",
    ],
  ])("refuses a body that reaches past the limit: %j", (text, line, column, size) => {
    const error = catchFormatError(() => parseRle(text));
    expect(error).toMatchObject({ line, column });
    expect(error.reason).toContain(`pattern of ${size} cells is larger than the limit of 16384`);
  });

  it.each([
    ["x = 3, y = 3\no2", 2, 2, 2],
    ["x = 3, y = 3\n3o4!", 2, 3, 4],
    ["x = 3, y = 3\no1\n2", 2, 2, 12],
    ["x = 3, y = 3\no 7 \n\n", 2, 3, 7],
  ])("refuses a dangling count in %j", (text, line, column, count) => {
    expect(catchFormatError(() => parseRle(text))).toMatchObject({
      reason: `run count ${count} is not followed by "b", "o" or "$"`,
      line,
      column,
    });
  });

  it.each([
    ["x = 3, y = 3\n0o!", 2, 1],
    ["x = 3, y = 3\no$00b!", 2, 3],
    ["x = 3, y = 3\no0$o!", 2, 2],
  ])("refuses a count of 0 in %j", (text, line, column) => {
    expect(catchFormatError(() => parseRle(text))).toMatchObject({
      reason: "run count must be at least 1",
      line,
      column,
    });
  });
});
