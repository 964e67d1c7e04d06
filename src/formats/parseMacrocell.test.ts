import { describe, expect, it } from "vitest";
import { catchFormatError } from "./catchFormatError.ts";
import { FormatError } from "./FormatError.ts";
import { parseMacrocell, parseMacrocellHead } from "./parseMacrocell.ts";
import { writeMacrocell } from "./writeMacrocell.ts";

function failure(text: string): FormatError {
  try {
    parseMacrocell(text);
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error("expected a FormatError");
}

describe("parseMacrocell", () => {
  it("reads Golly's header, rule, generation, comments, leaves and nodes", () => {
    const macrocell = parseMacrocell(
      "[M2] (golly 4.3)\n#R B3/S23\n#G 12345678901234567890\n#C a glider\n#N Glider\n#O someone\n#FRAMES 2 0 1\n" +
        ".*$..*$***$\n4 1 0 0 0\n",
    );
    expect(macrocell.rule).toBe("B3/S23");
    expect(macrocell.generation).toBe(12345678901234567890n);
    expect(macrocell.comments).toEqual([
      { kind: "C", text: "a glider" },
      { kind: "N", text: "Glider" },
      { kind: "O", text: "someone" },
    ]);
    expect(macrocell.nodes).toEqual([
      { level: 3, rows: [0b010, 0b100, 0b111, 0, 0, 0, 0, 0] },
      { level: 4, nw: 1, ne: 0, sw: 0, se: 0 },
    ]);
  });

  it("reads Golly's multicell-style nodes of levels 1 to 3 as leaves, and skips blank lines", () => {
    const macrocell = parseMacrocell("[M2]\n1 0 1 1 1\n\n1 1 0 0 0\n2 1 2 0 0\n3 0 0 3 0\n");
    expect(macrocell.nodes).toEqual([
      { level: 1, rows: [0b10, 0b11] },
      { level: 1, rows: [0b01, 0b00] },
      { level: 2, rows: [0b0110, 0b0011, 0, 0] },
      { level: 3, rows: [0, 0, 0, 0, 0b0110, 0b0011, 0, 0] },
    ]);
  });

  it("reads an empty macrocell as no nodes", () => {
    expect(parseMacrocell("[M2] (golly 4.3)\n#R B3/S23\n").nodes).toEqual([]);
  });

  it("accepts Windows line ends and trailing blanks on leaf lines", () => {
    const macrocell = parseMacrocell("[M2]\r\n*$\t\r\n4 0 1 0 0\r\n");
    expect(macrocell.nodes[0]).toEqual({ level: 3, rows: [1, 0, 0, 0, 0, 0, 0, 0] });
  });

  it("round-trips through writeMacrocell, in Golly's leaf layout", () => {
    const text =
      "[M2] (coroutine-life)\n#R B36/S23\n#G 7\n#C one\n#C\n.*$..*$***$\n$\n*$$$$$$$*******$\n5 0 1 2 3\n";
    // The empty leaf is written as "$"; the reader keeps it as a node, so the numbering holds.
    const parsed = parseMacrocell(text.replace("5 0 1 2 3", "4 0 1 2 3"));
    expect(writeMacrocell(parsed)).toBe(text.replace("5 0 1 2 3", "4 0 1 2 3"));
  });

  it("writes rows without trailing dead cells or trailing empty rows", () => {
    const text = writeMacrocell({
      generation: 0n,
      comments: [],
      nodes: [
        { level: 3, rows: [0, 0b1000_0001, 0, 0b10, 0, 0, 0, 0] },
        { level: 4, nw: 0, ne: 0, sw: 0, se: 1 },
      ],
    });
    expect(text).toBe("[M2] (coroutine-life)\n$*......*$$.*$\n4 0 0 0 1\n");
  });

  it("refuses malformed files with the line and a clear message", () => {
    const cases: Array<[string, number, RegExp]> = [
      ["x = 3, y = 3\nbo$2bo$3o!", 1, /first line must start with "\[M2\]"/],
      ["[M2]\n.*$.x$\n", 2, /unexpected "x" in a leaf line/],
      ["[M2]\n.........*$\n", 2, /outside its 8x8 square/],
      ["[M2]\n$$$$$$$$*$\n", 2, /outside its 8x8 square/],
      ["[M2]\n*$\n4 1 2 0 0\n", 3, /node 2 is not defined yet/],
      [
        "[M2]\n*$\n5 1 0 0 0\n",
        3,
        /node 1 has level 3, but the quadrants of a level-5 node have level 4/,
      ],
      ["[M2]\n*$\n4 1 0 zero 0\n", 3, /expected "level nw ne sw se"/],
      ["[M2]\n*$\n4 1 0\n", 3, /expected "level nw ne sw se"/],
      ["[M2]\n0 0 0 0 0\n", 2, /level 0 is out of range/],
      ["[M2]\n#G lots\n", 2, /#G needs a generation/],
    ];
    for (const [text, line, message] of cases) {
      const error = failure(text);
      expect(error.line, text).toBe(line);
      expect(error.reason, text).toMatch(message);
    }
  });

  it("refuses multi-state macrocells, naming the rule family", () => {
    const wireWorld = failure("[M2] (golly 2.0)\n#R WireWorld\n1 0 3 1 0\n");
    expect(wireWorld.line).toBe(3);
    expect(wireWorld.reason).toMatch(/WireWorld/);
    expect(wireWorld.reason).toMatch(/states beyond 0 and 1/);
    const generations = failure("[M2]\n#R 23/3/4\n1 2 0 0 0\n");
    expect(generations.reason).toMatch(/Generations/);
    expect(failure("[M2]\n1 0 2 0 0\n").reason).toMatch(/only two-state macrocells/);
  });
});

describe("parseMacrocellHead", () => {
  it("reads the rule, generation and comments up to the first node, and no node", () => {
    const text =
      "[M2] (golly 4.3)\n#R B36/S23\n#G 42\n#N Name\n#C one\n$$*$\n#C after the nodes\n4 0 1 0 0\n";
    expect(parseMacrocellHead(text)).toEqual({
      rule: "B36/S23",
      generation: 42n,
      comments: [
        { kind: "N", text: "Name" },
        { kind: "C", text: "one" },
      ],
      nodes: [],
    });
    // A node line the head never reaches is not checked: the worker reads the nodes.
    expect(parseMacrocellHead("[M2]\n#R B3/S23\n4 9 9 9 9\n").rule).toBe("B3/S23");
  });

  it("refuses a text without the [M2] line, as parseMacrocell does", () => {
    expect(catchFormatError(() => parseMacrocellHead("x = 1, y = 1\no!")).message).toBe(
      'line 1, column 1: not a macrocell file: the first line must start with "[M2]"',
    );
  });
});
