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
    expect(stdout).toBe("x = 9, y = 5, rule = B3/S23\n$4bo$5bo$3b3o!\n");
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
    [["run", "-"], "x = 100000, y = 100000\no!\n", /larger than the limit/],
    [["run", "-", "--frobnicate"], "", /unknown option "--frobnicate"/],
    [["fly"], "", /unknown command "fly"/],
  ])("exits 2 with one line on stderr for %j", (args, input, message) => {
    const { code, stdout, stderr } = life(args, input);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+/); // no stack trace
  });
});
