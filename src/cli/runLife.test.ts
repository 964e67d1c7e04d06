import { describe, expect, it } from "vitest";
import { CliError } from "./CliError.ts";
import { parseRunArgs } from "./parseRunArgs.ts";
import { runLife } from "./runLife.ts";

const GLIDER_5X9 = "x = 9, y = 5\n3bo$4bo$2b3o!\n";

function run(argv: string[], input: string): string {
  return runLife(parseRunArgs(argv), input, "glider.rle");
}

describe("runLife", () => {
  it("prints the seed's 5x9 glider example side by side", () => {
    expect(run(["--gens", "4", "--format", "columns"], GLIDER_5X9)).toBe(
      [
        "    0     |     1     |     2     |     3     |     4    ",
        "---*----- | --------- | --------- | --------- | ---------",
        "----*---- | --*-*---- | ----*---- | ---*----- | ----*----",
        "--***---- | ---**---- | --*-*---- | ----**--- | -----*---",
        "--------- | ---*----- | ---**---- | ---**---- | ---***---",
        "--------- | --------- | --------- | --------- | ---------",
        "",
      ].join("\n"),
    );
  });

  it("prints a bounded grid whole as RLE, top-left at row 0 column 0", () => {
    expect(run(["--gens", "4", "--size", "9x5"], GLIDER_5X9)).toBe(
      "x = 9, y = 5, rule = B3/S23\n$4bo$5bo$3b3o!\n",
    );
  });

  it("runs on the infinite plane without --size or suffix, and prints the bounding box with its position", () => {
    expect(run(["--gens", "4"], GLIDER_5X9)).toBe(
      "#CXRLE Pos=3,1 Gen=4\nx = 3, y = 3, rule = B3/S23\nbo$2bo$3o!\n",
    );
    // 400 generations later the glider is 100 cells further down and right, past any 9x5 grid.
    const stats = JSON.parse(run(["--gens", "404", "--format", "stats"], GLIDER_5X9));
    expect(stats).toMatchObject({
      generation: 404,
      population: 5,
      x: 103,
      y: 101,
      topology: "infinite",
    });
  });

  it("opens a pattern far wider than any grid on the infinite plane, where it was", () => {
    const wide = "#CXRLE Pos=-5,7\nx = 2000000000, y = 1\no1999999998bo!\n";
    expect(JSON.parse(run(["--format", "stats"], wide))).toMatchObject({
      population: 2,
      x: -5,
      y: 7,
      width: 2_000_000_000,
    });
    expect(() => run(["--size", "100x100"], wide)).toThrow(/does not fit the 100x100 grid/);
  });

  it("puts a pattern at a negative --at on the infinite plane, not on a grid", () => {
    expect(run(["--at", "-3,-4"], "x = 1, y = 1\no!\n")).toBe(
      "#CXRLE Pos=-4,-3\nx = 1, y = 1, rule = B3/S23\no!\n",
    );
    expect(() => run(["--at", "-3,-4", "--size", "9x9"], "x = 1, y = 1\no!\n")).toThrow(
      /--at -3,-4 is outside the 9x9 grid/,
    );
  });

  it("writes and reads Macrocell files, generation included", () => {
    const mc = run(["--gens", "8", "--format", "mc"], GLIDER_5X9);
    expect(mc).toMatch(/^\[M2\] .*\n#R B3\/S23\n#G 8\n/);
    // Read back and run 8 more: the glider has moved 2 cells twice from where it started.
    expect(run(["--gens", "8"], mc)).toBe(
      "#CXRLE Pos=6,4 Gen=16\nx = 3, y = 3, rule = B3/S23\nbo$2bo$3o!\n",
    );
    expect(() => run(["--size", "9x9"], mc)).toThrow(/macrocell file runs on the infinite plane/);
    expect(() => run(["--format", "mc", "--size", "9x5"], GLIDER_5X9)).toThrow(
      /--format mc writes the infinite plane/,
    );
    expect(() => run([], "[M2] (golly 4.0)\n4 1 0 0 0\n")).toThrow(/glider.rle: line 2/);
  });

  it("prints an empty infinite plane as an empty pattern", () => {
    expect(run([], "x = 0, y = 0\n!\n")).toBe("#CXRLE Pos=0,0\nx = 0, y = 0, rule = B3/S23\n!\n");
  });

  it("places the pattern at --at inside a --size grid", () => {
    const out = run(["--size", "6x4", "--at", "1,2"], "x = 2, y = 1\n2o!\n");
    expect(out).toBe("x = 6, y = 4, rule = B3/S23\n$2b2o!\n");
  });

  it("reports statistics as one JSON line with the canonical rule", () => {
    const stats = JSON.parse(
      run(["--gens", "8", "--format", "stats", "--rule", "23/3", "--size", "9x5"], GLIDER_5X9),
    );
    expect(stats).toMatchObject({
      generation: 8,
      population: 5,
      width: 9,
      height: 5,
      rule: "B3/S23",
      topology: "torus",
    });
  });

  it("takes the rule from the header, and size and topology from its suffix", () => {
    const blinkerOnPlane = "x = 3, y = 1, rule = B3/S23:P5,5\n3o!\n";
    const stats = JSON.parse(run(["--gens", "1", "--format", "stats"], blinkerOnPlane));
    expect(stats).toMatchObject({ width: 5, height: 5, topology: "plane", population: 3 });
    // Centred as Golly places it, the blinker turns in the middle of the plane.
    expect(run(["--gens", "1"], blinkerOnPlane)).toBe(
      "x = 5, y = 5, rule = B3/S23:P5,5\n$2bo$2bo$2bo!\n",
    );
    // At the top edge, where --at puts it, its top row falls off: only 2 cells survive.
    const atEdge = JSON.parse(
      run(["--gens", "1", "--format", "stats", "--at", "0,0"], blinkerOnPlane),
    );
    expect(atEdge).toMatchObject({ population: 2 });
  });

  it("runs Golly's other surfaces from the suffix and writes it back as Golly does", () => {
    // :K5,5: Golly's Klein bottle with twisted left and right edges (written :K5,5*). The
    // blinker on the top row reaches across the top edge to the bottom row, which joins it
    // straight: a vertical blinker in column 1, rows 4, 0 and 1 (placed on the top row by --at).
    const blinker = "x = 3, y = 1, rule = B3/S23:K5,5\n3o!\n";
    expect(run(["--gens", "1", "--at", "0,0"], blinker)).toBe(
      "x = 5, y = 5, rule = B3/S23:K5,5*\nbo$bo3$bo!\n",
    );
    const stats = JSON.parse(run(["--gens", "1", "--format", "stats", "--at", "0,0"], blinker));
    expect(stats).toMatchObject({ width: 5, height: 5, topology: "klein", population: 3 });
  });

  it("runs a tube from the suffix, writes it back with Golly's position across, and reads that back", () => {
    const glider = "x = 3, y = 3, rule = B3/S23:t0,5\nbo$2bo$3o!\n";
    const stats = JSON.parse(run(["--gens", "400", "--format", "stats"], glider));
    // Centred across the 5-high tube (rows 1 to 3), 100 cells along after 400 generations.
    expect(stats).toMatchObject({ topology: "tube", population: 5, x: 99, rule: "B3/S23" });
    const rle = run(["--gens", "400"], glider);
    expect(rle).toMatch(/^#CXRLE Pos=99,-?\d+ Gen=400\nx = 3, y = 3, rule = B3\/S23:T0,5\n/);
    // Read back, it is the same world: the position across is Golly's, from the middle row.
    const gen = / Gen=\d+/;
    expect(run(["--gens", "0"], rle).replace(gen, "")).toBe(rle.replace(gen, ""));
    expect(run(["--gens", "4"], rle).replace(gen, "")).toBe(
      run(["--gens", "404"], glider).replace(gen, ""),
    );
  });

  it("runs a strip infinite downwards and refuses a B0 rule on it", () => {
    const blinker = "x = 3, y = 1, rule = B3/S23:P3,0\n3o!\n";
    expect(run(["--gens", "1", "--format", "stats"], blinker)).toContain('"topology":"tube"');
    expect(run(["--gens", "1"], blinker)).toBe(
      "#CXRLE Pos=0,-1 Gen=1\nx = 1, y = 3, rule = B3/S23:P3,0\no$o$o!\n",
    );
    expect(() => run(["--gens", "1"], "x = 1, y = 1, rule = B03/S23:P3,0\no!\n")).toThrow(
      /B0.*tube or strip/,
    );
  });

  it("lets --rule override the header", () => {
    const seeds = run(
      ["--rule", "B2/S", "--gens", "1", "--format", "stats", "--size", "6x5", "--at", "2,2"],
      "x = 2, y = 1\n2o!\n",
    );
    expect(JSON.parse(seeds)).toMatchObject({ rule: "B2/S", population: 4 });
  });

  it("reads plaintext .cells input", () => {
    const out = run(
      ["--gens", "1", "--format", "cells", "--size", "5x5"],
      "!Name: Blinker\n.....\n.....\n.OOO.\n.....\n.....\n",
    );
    // The first row is written full width so that the grid's width survives a round trip.
    expect(out).toBe(".....\n..O\n..O\n..O\n.\n");
  });

  it.each([
    [["--size", "0x5"], GLIDER_5X9, /--size "0x5"/],
    [["--size", "big"], GLIDER_5X9, /--size "big" is not WIDTHxHEIGHT/],
    [["--size", "100000x100000"], GLIDER_5X9, /over the limit/],
    [["--at", "a,b"], GLIDER_5X9, /--at "a,b"/],
    [["--gens", "-1"], GLIDER_5X9, /--gens "-1"/],
    [["--format", "png"], GLIDER_5X9, /--format "png" is not one of/],
    [["--engine", "gpu"], GLIDER_5X9, /--engine "gpu"/],
    [["--bogus", "1"], GLIDER_5X9, /unknown option "--bogus"/],
    [["a.rle", "b.rle"], GLIDER_5X9, /unexpected argument "b.rle"/],
    [["--rule"], GLIDER_5X9, /--rule needs a value/],
    [["--rule", "B9/S23"], GLIDER_5X9, /^--rule: .*"9"/],
    [[], "x = 2, y = 1, rule = B3/Sx\n2o!\n", /glider.rle: rule in header: .*"x"/],
    [[], "x = 2, y = 1\n2z!\n", /glider.rle: line 2, column 2/],
    [["--size", "3x3", "--at", "2,2"], GLIDER_5X9, /does not fit the 3x3 grid/],
    [
      ["--size", "20000x100"],
      GLIDER_5X9,
      /--size "20000x100" is over the limit of 16384 cells a side/,
    ],
    [
      ["--format", "columns", "--gens", "100", "--size", "200x10"],
      GLIDER_5X9,
      /^--format columns: 101 generations of a 200x10 grid make lines of 20500 characters, over the limit of 4096/,
    ],
    [
      ["--format", "columns", "--size", "16384x16384"],
      GLIDER_5X9,
      /^--format columns: .* 16384 characters, over the limit of 4096/,
    ],
    [
      ["--format", "columns", "--size", "10x5000"],
      GLIDER_5X9,
      /^--format columns: .* 5001 lines, over the limit of 4096/,
    ],
    [
      ["--format", "columns"],
      "x = 0, y = 0\n!\n",
      /^--format columns: the pattern has no live cells in any generation/,
    ],
    [
      ["--gens", "1000000000000", "--size", "9x5"],
      GLIDER_5X9,
      /^--gens "1000000000000" is over the limit of 1000000000 generations/,
    ],
    [
      [],
      "x = 3, y = 1, rule = 23/3/3\nDBA!\n",
      /^glider.rle: line 2, column 1: "D" is state 4, out of range for the rule 23\/3\/3/,
    ],
    [[], "x = 3, y = 1\nABC!\n", /states beyond 0 and 1/],
  ])("refuses %j with a one-line message", (argv, input, message) => {
    let caught: unknown;
    try {
      run(argv, input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CliError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toContain("\n");
  });
});

describe("long and hostile arguments", () => {
  const long = "9".repeat(120_000);
  it.each([
    [["--rule", `B3/S23${long}`]],
    [["--size", long]],
    [["--size", `${long}x1`]],
    [["--at", long]],
    [["--gens", long]],
    [["--format", long]],
    [["--engine", long]],
    [[`--${long}`, "1"]],
    [["a.rle", long]],
  ])("quotes at most the start of a 120,000-character value (%#)", (argv) => {
    let caught: unknown;
    try {
      run(argv, GLIDER_5X9);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CliError);
    expect((caught as Error).message.length).toBeLessThan(200);
    expect((caught as Error).message).toContain("…");
  });

  it("accepts --gens up to 2^60 without running anything yet, and no more", () => {
    expect(parseRunArgs(["--gens", "1152921504606846976"]).generations).toBe(2n ** 60n);
    expect(() => parseRunArgs(["--gens", "1152921504606846977"])).toThrow(
      /over the limit of 2\^60/,
    );
  });

  it("holds a bounded grid to 10^9 generations", () => {
    expect(() => run(["--gens", "1000000001", "--size", "9x5"], GLIDER_5X9)).toThrow(
      /over the limit of 1000000000 generations for a bounded grid/,
    );
  });
});

describe("progress", () => {
  it("tells the progress callback the grid's cells and each generation", () => {
    const seen: bigint[] = [];
    const args = parseRunArgs(["--gens", "5", "--format", "stats", "--size", "9x5"]);
    let cells = 0;
    runLife(args, GLIDER_5X9, "glider.rle", (count) => {
      cells = count;
      return (generation) => seen.push(generation);
    });
    expect(cells).toBe(45);
    expect(seen).toEqual([1n, 2n, 3n, 4n, 5n]);
  });
});

describe("engines", () => {
  it("gives the same grid with --engine coroutine, fast and auto", () => {
    const soup =
      "x = 12, y = 10, rule = B36/S23\n2ob3o2bo$obo2bob3o$3o3bo2bo$bobobo$2o2b2obo$o3bob2o$b3o3bo$obobo2b2o$2b2o2bobo$bo2b3obo!\n";
    const out = (engine: string) =>
      run(["--gens", "30", "--engine", engine, "--size", "20x16", "--at", "3,4"], soup);
    const coroutine = out("coroutine");
    expect(out("fast")).toBe(coroutine);
    expect(out("auto")).toBe(coroutine);
  });

  it("runs the infinite plane on HashLife, or on tiles when the pattern is a soup", () => {
    const engine = (input: string) => JSON.parse(run(["--format", "stats"], input)).engine;
    expect(engine(GLIDER_5X9)).toBe("hashlife");
    // 10,000 cells at a third of their box: dense enough to be taken for a soup.
    const soup = `x = 150, y = 200\n${Array(200).fill("o2b".repeat(50)).join("$")}!\n`;
    expect(engine(soup)).toMatch(/^tiles/);
  });

  it("names the engine that ran in the statistics", () => {
    const stats = (engine: string) =>
      JSON.parse(run(["--format", "stats", "--engine", engine, "--size", "9x5"], GLIDER_5X9))
        .engine;
    expect(stats("coroutine")).toBe("coroutine");
    expect(stats("fast")).toMatch(/^fast \((wasm-table|wasm|bits|bytes)\)$/);
  });
});
