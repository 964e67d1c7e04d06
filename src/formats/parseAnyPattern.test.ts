import { describe, expect, it } from "vitest";
import { MAX_GRID_SIDE } from "../engine/gridLimits.ts";
import { catchFormatError } from "./catchFormatError.ts";
import type { Pattern } from "./Pattern.ts";
import { parseAnyPattern } from "./parseAnyPattern.ts";
import { parsePattern } from "./parsePattern.ts";
import { patternRuns } from "./patternRuns.ts";
import { randomPattern } from "./randomPattern.ts";
import {
  isSparsePattern,
  MAX_SPARSE_RUNS,
  type PatternRuns,
  type SparsePattern,
} from "./SparsePattern.ts";
import { writeCells } from "./writeCells.ts";
import { writeLife106 } from "./writeLife106.ts";
import { writeRle } from "./writeRle.ts";

/** The runs as [x, y, length, state] rows, easy to compare. */
function runsOf(runs: PatternRuns): number[][] {
  return Array.from(runs.xs, (x, i) => [
    x,
    runs.ys[i] ?? -1,
    runs.lengths[i] ?? -1,
    runs.states[i] ?? -1,
  ]);
}

function sparse(pattern: Pattern | SparsePattern): SparsePattern {
  if (!isSparsePattern(pattern)) throw new Error("expected a sparse pattern");
  return pattern;
}

/** A pattern as Life 1.05: one #P block per live row, rows cut to the live span. */
function writeLife105(pattern: Pattern, left: number, top: number): string {
  const lines = ["#Life 1.05", "#D written by the test", "#R 23/3"];
  for (let y = 0; y < pattern.height; y++) {
    const row = Array.from(pattern.cells.subarray(y * pattern.width, (y + 1) * pattern.width));
    const first = row.indexOf(1);
    if (first < 0) continue;
    const last = row.lastIndexOf(1);
    lines.push(`#P ${left + first} ${top + y}`);
    lines.push(
      row
        .slice(first, last + 1)
        .map((cell) => (cell ? "*" : "."))
        .join(""),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** What `parse` gives for `text`: its pattern, or the FormatError it throws. */
function outcomeOf(parse: (text: string) => object, text: string): object {
  try {
    return parse(text);
  } catch (error) {
    return catchFormatError(() => {
      throw error;
    });
  }
}

describe("parseAnyPattern", () => {
  it("opens an RLE box of 2000000000 x 1 with two cells far apart as sparse runs", () => {
    const text = "#N Far apart\nx = 2000000000, y = 1, rule = B3/S23\no1999999998bo!\n";
    expect(() => parsePattern(text)).toThrow(/larger than the limit of 16384 cells a side/);
    const pattern = sparse(parseAnyPattern(text));
    expect(pattern).toMatchObject({
      width: 2_000_000_000,
      height: 1,
      rule: "B3/S23",
      comments: [{ kind: "N", text: "Far apart" }],
    });
    expect(runsOf(pattern)).toEqual([
      [0, 0, 1, 1],
      [1_999_999_999, 0, 1, 1],
    ]);
    expect(pattern.x).toBeUndefined();
  });

  it("grows a sparse RLE box past its header, merges touching runs and keeps #CXRLE", () => {
    const text =
      "#CXRLE Pos=-100,-5 Gen=99999999999999999999\nx = 2, y = 2\n2o3o$20000$5b1125899906842624o!";
    const pattern = sparse(parseAnyPattern(text));
    expect(pattern).toMatchObject({
      width: 5 + 2 ** 50,
      height: 20002,
      x: -100,
      y: -5,
      generation: 99999999999999999999n,
    });
    expect(runsOf(pattern)).toEqual([
      [0, 0, 5, 1],
      [5, 20001, 2 ** 50, 1],
    ]);
  });

  it("opens sparse Life 1.06 cells in any order, duplicated, sorted into merged runs", () => {
    const text = "#Life 1.06\n#N far\n5000000 -3\n-7 2\n5000001 -3\n-7 2\n-6 2\n4999999 -3\n";
    const pattern = sparse(parseAnyPattern(text));
    expect(pattern).toMatchObject({ x: -7, y: -3, width: 5000009, height: 6 });
    expect(pattern.comments).toEqual([{ kind: "N", text: "far" }]);
    expect(runsOf(pattern)).toEqual([
      [5000006, 0, 3, 1],
      [0, 5, 2, 1],
    ]);
  });

  it("opens sparse Life 1.05 blocks far apart, overlapping ones merged", () => {
    const text =
      "#Life 1.05\n#R 23/3\n#P 1000000 1000000\n**.*\n#P -1000000 -1000000\n*\n#P 1000001 1000000\n***\n";
    const pattern = sparse(parseAnyPattern(text));
    expect(pattern).toMatchObject({ x: -1000000, y: -1000000, rule: "23/3" });
    expect(pattern).toMatchObject({ width: 2000004, height: 2000001 });
    expect(runsOf(pattern)).toEqual([
      [0, 0, 1, 1],
      [2000000, 2000000, 4, 1],
    ]);
  });

  it("gives exactly what parsePattern gives whenever the box fits, in every format", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const pattern = randomPattern(seed, { maxSide: 40 });
      const texts = [
        writeRle(pattern),
        writeCells(pattern),
        writeLife106(pattern, { comments: true }),
        writeLife105(pattern, -seed * 1000, seed),
      ];
      for (const text of texts) {
        expect(outcomeOf(parseAnyPattern, text), `seed ${seed}: ${text.slice(0, 60)}`).toEqual(
          outcomeOf(parsePattern, text),
        );
      }
      // Life 1.05 holds the same cells as Life 1.06, moved by the #P offsets.
      const life106 = parsePattern(texts[2] ?? "");
      const life105 = parsePattern(texts[3] ?? "");
      expect(life105.cells, `seed ${seed}`).toEqual(life106.cells);
      if (life106.x !== undefined && life106.y !== undefined) {
        expect([life105.x, life105.y], `seed ${seed}`).toEqual([
          life106.x - seed * 1000,
          life106.y + seed,
        ]);
      }
    }
  });

  it("stays dense at exactly 16384 a side and goes sparse one cell further", () => {
    const edge = `x = ${MAX_GRID_SIDE}, y = 1\no${MAX_GRID_SIDE - 2}bo!`;
    expect(isSparsePattern(parseAnyPattern(edge))).toBe(false);
    const beyond = `x = ${MAX_GRID_SIDE + 1}, y = 1\no${MAX_GRID_SIDE - 1}bo!`;
    expect(isSparsePattern(parseAnyPattern(beyond))).toBe(true);
    const tall = `#Life 1.06\n0 0\n0 ${MAX_GRID_SIDE}\n`;
    expect(runsOf(sparse(parseAnyPattern(tall)))).toEqual([
      [0, 0, 1, 1],
      [0, MAX_GRID_SIDE, 1, 1],
    ]);
  });

  it("refuses a sparse pattern past its run cap, naming the cap, at the run past it", () => {
    expect(MAX_SPARSE_RUNS).toBe(2 ** 24);
    const rle = `x = 20000, y = 1\nobobobo!`;
    expect(runsOf(sparse(parseAnyPattern(rle, { maxRuns: 4 })))).toHaveLength(4);
    const error = catchFormatError(() =>
      parseAnyPattern(`x = 20000, y = 1\nobob\nobo!`, { maxRuns: 3 }),
    );
    expect(error).toMatchObject({ line: 3, column: 3 });
    expect(error.reason).toBe(
      "pattern has more than 3 runs of live cells, the most a pattern over 16384 cells a side may hold here (each run takes 25 bytes)",
    );
    // Runs gathered while the box still fitted count once it grows past the grid's sides.
    const late = catchFormatError(() =>
      parseAnyPattern("x = 7, y = 1\nobobobo$20000bo!", { maxRuns: 3 }),
    );
    expect(late).toMatchObject({ line: 2, column: 15 });
    const life106 = catchFormatError(() =>
      parseAnyPattern("#Life 1.06\n0 0\n2 0\n4 0\n99999 0\n", { maxRuns: 3 }),
    );
    expect(life106).toMatchObject({ line: 5, column: 1 });
    // A dense box has no run cap: the grid's own limit holds it.
    expect(isSparsePattern(parseAnyPattern("x = 9, y = 1\nobobobobo!", { maxRuns: 1 }))).toBe(
      false,
    );
  });

  it("refuses a box past 2^53 - 1 a side even on the plane", () => {
    const error = catchFormatError(() =>
      parseAnyPattern("#Life 1.06\n-9007199254740991 0\n9007199254740991 0\n"),
    );
    expect(error).toMatchObject({ line: 3, column: 1 });
    expect(error.reason).toContain("larger than the limit of 9007199254740991 (2^53 - 1) cells");
    expect(() => parseAnyPattern("x = 99999999999999999999, y = 1\no!")).toThrow(
      /limit of 9007199254740991/,
    );
    expect(() => parseAnyPattern("x = 1, y = 1\n9007199254740991bo!")).toThrow(
      /limit of 9007199254740991/,
    );
  });

  it("passes on other errors as parsePattern does", () => {
    for (const text of ["x = 3, y = 3\nbz!", "#Life 1.05\n#P 1\n", "", "hello"]) {
      expect(catchFormatError(() => parseAnyPattern(text))).toEqual(
        catchFormatError(() => parsePattern(text)),
      );
    }
  });
});

describe("patternRuns", () => {
  it("finds a dense pattern's maximal runs of one state, in row order", () => {
    const pattern: Pattern = {
      width: 6,
      height: 3,
      cells: Uint8Array.of(1, 1, 0, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1),
      comments: [],
    };
    expect(runsOf(patternRuns(pattern))).toEqual([
      [0, 0, 2, 1],
      [3, 0, 2, 2],
      [5, 0, 1, 1],
      [1, 2, 5, 1],
    ]);
    expect(patternRuns(pattern)).toMatchObject({ width: 6, height: 3 });
  });

  it("gives a sparse pattern's runs as they are", () => {
    const pattern = sparse(parseAnyPattern("x = 20000, y = 1\n3o!"));
    const runs = patternRuns(pattern);
    expect(runs.xs).toBe(pattern.xs);
    expect(runs).toMatchObject({ width: 20000, height: 1 });
    expect(runsOf(runs)).toEqual([[0, 0, 3, 1]]);
  });

  it("gives the same runs for a pattern read dense or sparse", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const pattern = randomPattern(seed, { maxSide: 50 });
      const rle = writeRle(pattern);
      // The same cells in a box one cell wider than the grid allows.
      const wide = rle.replace(/^x = \d+/m, `x = ${MAX_GRID_SIDE + 1}`);
      const dense = patternRuns(parsePattern(rle));
      const fromSparse = patternRuns(sparse(parseAnyPattern(wide)));
      expect(runsOf(fromSparse), `seed ${seed}`).toEqual(runsOf(dense));
    }
  });
});
