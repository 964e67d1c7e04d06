import { describe, expect, it } from "vitest";
import { catchFormatError } from "./catchFormatError.ts";
import type { Pattern } from "./Pattern.ts";
import { toSparsePattern } from "./PatternScan.ts";
import { parseRle, scanRle } from "./parseRle.ts";
import { patternRuns } from "./patternRuns.ts";
import { randomPattern } from "./randomPattern.ts";
import { writeRle, writeRunsRle } from "./writeRle.ts";

function comparable(pattern: Pattern): object {
  return { ...pattern, cells: pattern.cells.join(",") };
}

function bodyOf(text: string): string[] {
  const lines = text.split("\n").slice(0, -1);
  return lines.slice(lines.findIndex((line) => line.startsWith("x = ")) + 1);
}

describe("multi-state RLE", () => {
  it("reads a Generations pattern as Golly writes it, states 1 to 255", () => {
    // By hand from Golly's writer (gollybase/writepattern.cpp): `.` for 0, `A`..`X` for 1 to 24,
    // `p`..`y` before a letter for each further 24; counts before the cell, `$` rows, `!` end.
    const text = "x = 6, y = 4, rule = B3/S23/C256\n.A2B$3.pA$$yO2.XpBqA!\n";
    const pattern = parseRle(text);
    expect(pattern).toMatchObject({ width: 6, height: 4, rule: "B3/S23/C256" });
    expect(Array.from(pattern.cells)).toEqual([
      ...[0, 1, 2, 2, 0, 0],
      ...[0, 0, 0, 25, 0, 0],
      ...[0, 0, 0, 0, 0, 0],
      ...[255, 0, 0, 24, 26, 49],
    ]);
  });

  it("reads a LifeHistory pattern, where `o` is still state 1", () => {
    const pattern = parseRle("x = 4, y = 2, rule = LifeHistory\n2B.F$oC2D!");
    expect(Array.from(pattern.cells)).toEqual([2, 2, 0, 6, 1, 3, 4, 4]);
  });

  it("refuses a state the file's rule does not have, where the cell is", () => {
    const error = catchFormatError(() => parseRle("x = 3, y = 1, rule = 23/3/8\nAG\n2H!"));
    expect(error).toMatchObject({ line: 3, column: 2 });
    expect(error.reason).toBe(
      '"H" is state 8, out of range for the rule 23/3/8, whose cells have states 0 to 7',
    );
    expect(catchFormatError(() => parseRle("x = 1, y = 1, rule = LifeHistory\nH!"))).toMatchObject({
      line: 2,
      column: 1,
    });
  });

  it("reads the states of a pattern too wide for a dense box as sparse runs", () => {
    const scan = scanRle("x = 0, y = 0, rule = 23/3/8\n2AB$9999999999999.C!", "plane");
    const runs = toSparsePattern(scan);
    expect(Array.from(runs.xs)).toEqual([0, 2, 9999999999999]);
    expect(Array.from(runs.ys)).toEqual([0, 0, 1]);
    expect(Array.from(runs.lengths)).toEqual([2, 1, 1]);
    expect(Array.from(runs.states)).toEqual([1, 2, 3]);
  });

  it("writes as Golly does: letters even for state 1, lines of one-letter cells end at 69", () => {
    const cells = Uint8Array.from({ length: 100 }, (_, i) => 1 + (i % 2));
    const text = writeRle({ width: 100, height: 1, cells, comments: [], rule: "23/3/8" });
    expect(bodyOf(text)).toEqual([
      "AB".repeat(35).slice(0, 69),
      `${"BA".repeat(16).slice(0, 31)}!`,
    ]);
    const twoState = { width: 3, height: 1, cells: Uint8Array.of(1, 0, 1), comments: [] };
    expect(writeRle(twoState, { rule: "23/3/8", states: 8 })).toBe(
      "x = 3, y = 1, rule = 23/3/8\nA.A!\n",
    );
    expect(writeRle(twoState)).toBe("x = 3, y = 1\nobo!\n");
  });

  it("breaks before a counted or two-letter cell where Golly's writer does", () => {
    // 34 two-letter cells fill 68; the next, a count and a letter, would make 70, yet is cut.
    const cells = Uint8Array.from([...Array.from({ length: 34 }, (_, i) => 255 - (i % 2)), 7, 7]);
    const body = bodyOf(writeRle({ width: 36, height: 1, cells, comments: [] }));
    expect(body).toEqual(["yOyN".repeat(17), "2G!"]);
    // One-letter cells: a line is cut when it, the count and two characters would pass 70.
    const letters = Uint8Array.from([
      ...Array(68)
        .fill(0)
        .map((_, i) => 1 + (i % 2)),
      3,
      3,
    ]);
    expect(bodyOf(writeRle({ width: 70, height: 1, cells: letters, comments: [] }))).toEqual([
      "AB".repeat(34),
      "2C!",
    ]);
  });

  it("reads back exactly what it wrote, for seeded random multi-state patterns", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const states = [3, 7, 25, 26, 49, 256][seed % 6] as number;
      const pattern = randomPattern(seed, { states, rules: ["B3/S23/C256"] });
      const text = writeRle(pattern, { states });
      const read = parseRle(text);
      expect(comparable(read), `seed ${seed}`).toEqual(comparable(pattern));
      expect(writeRle(read, { states }), `seed ${seed}`).toBe(text);
      expect(
        writeRunsRle({ ...patternRuns(pattern), ...pattern }, { states }),
        `seed ${seed}`,
      ).toBe(text);
      for (const line of bodyOf(text)) {
        expect(line.length, `seed ${seed}: ${line}`).toBeLessThanOrEqual(70);
        expect(line, `seed ${seed}`).toMatch(/^(?:(?:[2-9]|[1-9]\d+)?(?:[.A-X$]|[p-y][A-X]))*!?$/);
      }
    }
  });
});
