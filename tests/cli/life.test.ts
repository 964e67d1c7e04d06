import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Runs the real command, as a user or another tool would, through `npm run life`. */
function life(args: string[], input?: string) {
  const result = spawnSync("npm", ["run", "--silent", "life", "--", ...args], {
    encoding: "utf8",
    input: input ?? "",
  });
  return { code: result.status, stdout: result.stdout, stderr: stripNpmNoise(result.stderr) };
}

/** npm itself may warn about this machine's config; that is not the CLI's output. */
function stripNpmNoise(stderr: string): string {
  return stderr
    .split("\n")
    .filter((line) => !line.startsWith("npm warn"))
    .join("\n");
}

describe("life CLI", () => {
  it("reads stdin and prints the grid after N generations", () => {
    const { code, stdout } = life(["run", "-", "--gens", "4"], "x = 9, y = 5\n3bo$4bo$2b3o!\n");
    expect(code).toBe(0);
    expect(stdout).toBe("#CXRLE Pos=3,1 Gen=4\nx = 3, y = 3, rule = B3/S23\nbo$2bo$3o!\n");
  });

  it("reads a file", () => {
    const dir = mkdtempSync(join(tmpdir(), "life-"));
    const file = join(dir, "blinker.cells");
    writeFileSync(file, "!Name: Blinker\nOOO\n");
    const { code, stdout } = life([
      "run",
      file,
      "--size",
      "5x5",
      "--at",
      "2,1",
      "--gens",
      "1",
      "--format",
      "stats",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ generation: 1, population: 3, rule: "B3/S23" });
  });

  it.each([
    [["run", "-", "--rule", "B3/S2x"], "x = 1, y = 1\no!\n", /--rule: .*"x"/],
    [["run", "/no/such/file.rle"], "", /cannot read "\/no\/such\/file.rle": no such file/],
    [["run", "-"], "x = 3, y = 1\n3q!\n", /stdin: line 2, column 2/],
    [
      ["run", "-", "--size", "64x64"],
      "x = 100000, y = 100000\n99999$o!\n",
      /does not fit the 64x64 grid \(live cell at row 99999, column 0\)/,
    ],
    [["run", "-", "--frobnicate"], "", /unknown option "--frobnicate"/],
    [["fly"], "", /unknown command "fly"/],
    [
      ["run", "-", "--size", "64x64"],
      "x = 20000, y = 100\n19999bo!\n",
      /does not fit the 64x64 grid/,
    ],
    [["run", "-"], "x = 3, y = 1, rule = 23/3/3\nDBA!\n", /line 2, column 1: "D" is state 4/],
    [["run", "-"], "x = 3, y = 1\nABC!\n", /states beyond 0 and 1/],
    [["run", "-", "--rule", "WireWorld"], "x = 1, y = 1\no!\n", /RuleLoader rules/],
    [
      ["run", "-", "--size", "16384x16384", "--format", "columns"],
      "x = 1, y = 1\no!\n",
      /--format columns: .*over the limit of 4096/,
    ],
    [
      ["run", "-", "--gens", "1000000000000", "--size", "9x5"],
      "x = 1, y = 1\no!\n",
      /--gens "1000000000000" is over the limit of 1000000000/,
    ],
  ])("exits 2 with one line on stderr for %j", (args, input, message) => {
    const { code, stdout, stderr } = life(args, input);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+/); // no stack trace
  });

  it.each([
    [["--size", "9".repeat(120_000)], /^life: --size "9+…" is not WIDTHxHEIGHT/],
    [
      ["--rule", `B3/S23${"x".repeat(120_000)}`],
      /^life: --rule: Rule "B3\/S23x+…" is too long: 120006 characters/,
    ],
    [[`--${"x".repeat(120_000)}`], /^life: unknown option "--x+…"$/],
  ])("quotes no more than the start of a 120,000-character argument (%#)", (args, message) => {
    const { code, stdout, stderr } = life(["run", "-", ...args], "x = 1, y = 1\no!\n");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd()).toMatch(message);
    expect(stderr.length).toBeLessThan(200);
  });

  it("prints progress on stderr every 2 s of a long run, and the result on stdout", () => {
    // About 8 s of the coroutine interpreter here (4 s of CPU per 100 generations of 256x256),
    // so that even a machine three times as fast runs past the first report at 2 s.
    const { code, stdout, stderr } = life(
      [
        "run",
        "-",
        "--engine",
        "coroutine",
        "--size",
        "256x256",
        "--gens",
        "200",
        "--format",
        "stats",
      ],
      "x = 3, y = 1\n3o!\n",
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ generation: 200, population: 3 });
    const lines = stderr.trim().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^life: generation \d+ of 200 \(\d+\.\d%\)$/);
  }, 60_000); // 8 s alone; a loaded machine (CI shares its cores) may take three times that
});
