import { describe, expect, it } from "vitest";
import type { Pattern } from "./Pattern.ts";
import { writeCells } from "./writeCells.ts";

function patternOf(width: number, rows: readonly string[], extra: Partial<Pattern> = {}): Pattern {
  const cells = new Uint8Array(width * rows.length);
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) cells[y * width + x] = row[x] === "O" ? 1 : 0;
  });
  return { width, height: rows.length, cells, comments: [], ...extra };
}

describe("writeCells", () => {
  it("writes the glider the way LifeWiki does", () => {
    const glider = patternOf(3, [".O.", "..O", "OOO"], {
      rule: "B3/S23",
      comments: [
        { kind: "N", text: "Glider" },
        { kind: "O", text: "Richard K. Guy" },
        { kind: "C", text: "The smallest spaceship." },
      ],
    });
    expect(writeCells(glider)).toBe(
      "!Name: Glider\n!Author: Richard K. Guy\n!The smallest spaceship.\n.O\n..O\nOOO\n",
    );
  });

  it("writes an all-dead row as a single . so that the height survives", () => {
    expect(writeCells(patternOf(3, ["O..", "...", "..O", "..."]))).toBe("O\n.\n..O\n.\n");
  });

  it("pads the first row to the full width when no row reaches it", () => {
    expect(writeCells(patternOf(5, ["...", ".O", "O"]))).toBe(".....\n.O\nO\n");
    expect(writeCells(patternOf(4, ["...."]))).toBe("....\n");
  });

  it("writes empty and label-like comment text so it reads back the same", () => {
    const pattern = patternOf(1, ["O"], {
      comments: [
        { kind: "N", text: "" },
        { kind: "O", text: "" },
        { kind: "C", text: " indented" },
        { kind: "C", text: "Name: not a name" },
        { kind: "c", text: "Author: nor an author" },
        { kind: "P", text: "0 0" },
      ],
    });
    expect(writeCells(pattern)).toBe(
      "!Name:\n!Author:\n!  indented\n! Name: not a name\n! Author: nor an author\n!0 0\nO\n",
    );
  });

  it("writes no rows for a box without width, and always ends with a newline", () => {
    expect(writeCells({ width: 0, height: 3, cells: new Uint8Array(0), comments: [] })).toBe("\n");
    const named = {
      width: 0,
      height: 0,
      cells: new Uint8Array(0),
      comments: [{ kind: "N", text: "x" }],
    };
    expect(writeCells(named)).toBe("!Name: x\n");
  });

  it("splits comment text that holds line breaks into one comment per line", () => {
    const pattern = patternOf(1, ["O"], { comments: [{ kind: "C", text: "one\ntwo" }] });
    expect(writeCells(pattern)).toBe("!one\n!two\nO\n");
  });
});
