import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { USER_RULE_EXAMPLES } from "../../src/userRule/examples.ts";

/** Runs the real command through `npm run life`, with the rule `source` in a file. */
function lifeWithRule(source: string, args: string[], soup = SOUP, name = "soup.rle") {
  const dir = mkdtempSync(join(tmpdir(), "life-rule-"));
  const file = join(dir, "cell.js");
  writeFileSync(file, source);
  const pattern = join(dir, name);
  writeFileSync(pattern, soup);
  const result = spawnSync(
    "npm",
    ["run", "--silent", "life", "--", "run", pattern, "--rule-file", file, ...args],
    {
      encoding: "utf8",
    },
  );
  const stderr = result.stderr
    .split("\n")
    .filter((line) => !line.startsWith("npm warn"))
    .join("\n");
  return { code: result.status, stdout: result.stdout, stderr, file };
}

function life(args: string[], input: string) {
  const result = spawnSync("npm", ["run", "--silent", "life", "--", ...args], {
    encoding: "utf8",
    input,
  });
  return { code: result.status, stdout: result.stdout };
}

/** A 24x16 soup in plaintext (39% alive), from a fixed seed: the same every run. */
function seededSoup(): string {
  let state = 20261129;
  const rows: string[] = [];
  for (let y = 0; y < 16; y++) {
    let row = "";
    for (let x = 0; x < 24; x++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      row += state >>> 24 < 100 ? "O" : ".";
    }
    rows.push(row);
  }
  return `${rows.join("\n")}\n`;
}

const example = (start: string) =>
  USER_RULE_EXAMPLES.find((e) => e.name.startsWith(start))?.source ?? "";
const SOUP =
  "x = 12, y = 6, rule = B3/S23\nb2ob3obo2b$o3b2o2b2o$2bob4obob$ob2o2bo3bo$3bob2ob2ob$bo2b3o2bo!\n";

describe("life run --rule-file", () => {
  it("runs HighLife written as a coroutine as the built-in B36/S23 it compiles to", () => {
    const mine = lifeWithRule(example("HighLife"), ["--size", "32x24", "--gens", "30"]);
    const builtIn = life(
      ["run", "-", "--rule", "B36/S23", "--size", "32x24", "--gens", "30"],
      SOUP,
    );
    expect(mine.code).toBe(0);
    expect(mine.stdout).toBe(builtIn.stdout);
    expect(mine.stdout).toContain("rule = B36/S23");
  });

  it("runs a range-2 coroutine on the interpreter in its thread, as the built-in Larger than Life rule", () => {
    const mine = lifeWithRule(
      example("A larger sphere"),
      ["--size", "32x24", "--gens", "6", "--format", "cells"],
      seededSoup(),
      "soup.cells",
    );
    const builtIn = life(
      [
        "run",
        "-",
        "--rule",
        "R2,C0,M0,S6..9,B7..8,NM",
        "--size",
        "32x24",
        "--gens",
        "6",
        "--format",
        "cells",
      ],
      seededSoup(),
    );
    expect(mine.code).toBe(0);
    expect(mine.stdout).toBe(builtIn.stdout);
    expect(mine.stdout).toContain("O");
  });

  it("asks for a grid for a rule that does not compile", () => {
    const { code, stderr } = lifeWithRule(example("A larger sphere"), ["--gens", "1"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/range 2\).*needs a bounded grid: give --size WxH\n$/);
  });

  it.each([
    [
      "function* cell(y, x) {\n  yield transition(y, x, me +);\n}\n",
      /line 2, column 30: syntax error: Unexpected token/,
    ],
    ["while (true) {}\n", /stopped after 0.7 s without an answer/],
    [
      "function* cell(y, x) {\n  const me = yield query(y, x);\n  if (y === 3 && x === 3) while (true) {}\n  yield transition(y, x, (yield query(y + 2, x)) & me);\n}\n",
      /stopped after 0.7 s without an answer/,
    ],
    [
      "const leak = process.env;\nfunction gameLogic(s, n) { return 0; }\n",
      /line 1, column 14: ReferenceError: process is not defined/,
    ],
    [
      "const fs = require('fs');\nfunction gameLogic(s, n) { return 0; }\n",
      /ReferenceError: require is not defined/,
    ],
    [
      "fetch('http://127.0.0.1:9/');\nfunction gameLogic(s, n) { return 0; }\n",
      /ReferenceError: fetch is not defined/,
    ],
    [
      "function gameLogic(s, n) { return query.constructor('return process')() ? 1 : 0; }\n",
      /EvalError: Code generation from strings disallowed/,
    ],
    [
      "function* cell(y, x) { yield transition(y + 1, x, 0); }\n",
      /a cell announces only its own next state/,
    ],
  ])("refuses %j with one line and exit code 2", (source, message) => {
    const { code, stdout, stderr, file } = lifeWithRule(source, ["--size", "16x16", "--gens", "2"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.startsWith(`life: ${file}: `)).toBe(true);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("says so when the rule file cannot be read", () => {
    const result = spawnSync(
      "npm",
      ["run", "--silent", "life", "--", "run", "-", "--rule-file", "/nonexistent/cell.js"],
      {
        encoding: "utf8",
        input: SOUP,
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      "life: --rule-file /nonexistent/cell.js: cannot read it (ENOENT)",
    );
  });
});
