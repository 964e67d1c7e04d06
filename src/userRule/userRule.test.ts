import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import { Grid } from "../engine/Grid.ts";
import { liveAGeneration } from "../engine/liveAGeneration.ts";
import { simulate } from "../engine/simulate.ts";
import { cellProgramOf } from "../rules/cellProgramOf.ts";
import { parseRule } from "../rules/parseRule.ts";
import { compileRuleOf } from "../universe/compileRuleOf.ts";
import { USER_RULE_EXAMPLES } from "./examples.ts";
import { prepareUserRule } from "./prepareUserRule.ts";
import { stepUserGrid } from "./stepUserGrid.ts";
import { UserRuleError } from "./UserRuleError.ts";
import { evaluateHere } from "./userRuleTestSupport.ts";

const prepare = (source: string) => prepareUserRule(source, evaluateHere);
const example = (start: string) => {
  const found = USER_RULE_EXAMPLES.find((e) => e.name.startsWith(start));
  if (!found) throw new Error(`no example ${start}`);
  return found.source;
};
const tableOf = (text: string) => compileRuleOf(parseRule(text).rule).table;

/** The error a source gives, or fails the test when it gives none. */
function problemOf(source: string): UserRuleError {
  try {
    prepare(source);
  } catch (error) {
    if (error instanceof UserRuleError) return error;
    throw error;
  }
  throw new Error("the rule was accepted");
}

const HIGHLIFE_LOGIC = `if (state === 1) return neighbors === 2 || neighbors === 3 ? 1 : 0;
return neighbors === 3 || neighbors === 6 ? 1 : 0;`;

describe("prepareUserRule compiles what is a 3x3 table", () => {
  it("compiles the seed's example to B3/S23", () => {
    const verdict = prepare(example("The seed's"));
    expect(verdict.form).toBe("gameLogic");
    expect(verdict.rule).toEqual(parseRule("B3/S23").rule);
  });

  it("gives built-in B36/S23's table for HighLife as a gameLogic body, a gameLogic function and a coroutine", () => {
    const highLife = tableOf("B36/S23");
    const forms = [
      HIGHLIFE_LOGIC,
      `function gameLogic(state, neighbors) {\n${HIGHLIFE_LOGIC}\n}`,
      example("HighLife"),
    ];
    for (const source of forms) {
      const verdict = prepare(source);
      expect(verdict.reason).toBeUndefined();
      expect(verdict.rule).toEqual(parseRule("B36/S23").rule);
      expect(compileRuleOf(verdict.rule ?? parseRule("B3/S23").rule).table).toEqual(highLife);
    }
    expect(prepare(example("HighLife")).form).toBe("coroutine");
  });

  it("gives a MAP rule for a coroutine that cares which neighbours are alive", () => {
    // B2-a/S12 written as the user would: alive when exactly... read with readBlock.
    const source = `function* cell(y, x) {
      const me = yield query(y, x);
      const block = yield* readBlock(y, x, NEIGHBOUR_CELLS.vonNeumann);
      yield transition(y, x, me === 0 && block === 0b000_001_000 ? 1 : 0);
    }`;
    const verdict = prepare(source);
    expect(verdict.rule?.notation).toBe("map");
    const table = verdict.rule && "table" in verdict.rule ? verdict.rule.table : undefined;
    for (let block = 0; block < 512; block++) {
      const expected = (block & 0b111_111_111 & 0b010_111_010) === 0b000_001_000 ? 1 : 0;
      expect(table?.[block], `block ${block}`).toBe(expected);
    }
  });
});

describe("prepareUserRule keeps on the interpreter what is not a 3x3 table, and says why", () => {
  it("runs the range-2 example like the built-in Larger than Life interpreter", () => {
    const verdict = prepare(example("A larger sphere"));
    expect(verdict.rule).toBeUndefined();
    expect(verdict.reason).toMatch(/2 away \(range 2\)/);
    const builtIn = cellProgramOf(parseRule("R2,C0,M0,S6..9,B7..8,NM").rule);
    expectSameRun(verdict.program, builtIn, 2, 48, 40, 12);
  });

  it("runs Brian's Brain (three states) like the built-in Generations /2/3", () => {
    const verdict = prepare(example("More states"));
    expect(verdict.states).toBe(3);
    expect(verdict.reason).toMatch(/declares 3 states/);
    expectSameRun(verdict.program, cellProgramOf(parseRule("/2/3").rule), 3, 40, 33, 15);
  });

  it("finds the states a rule announces when it declares none", () => {
    const verdict = prepare("return state === 1 ? 2 : state === 2 ? 0 : neighbors === 2 ? 1 : 0;");
    expect(verdict.states).toBe(3);
    expect(verdict.reason).toMatch(/states up to 2/);
  });

  it("does not take a rule that draws random numbers for a table", () => {
    const verdict = prepare("return Math.random() < 0.5 ? 1 : 0;");
    expect(verdict.rule).toBeUndefined();
    expect(verdict.reason).toMatch(/not a table of its block/);
  });

  it("does not take a rule that keeps state between cells for a table", () => {
    const verdict = prepare(
      `let calls = 0;\nfunction gameLogic(state, neighbors) {\n  calls++;\n  return calls % 7 === 0 ? 1 : 0;\n}`,
    );
    expect(verdict.reason).toMatch(/not a table of its block/);
  });

  it("does not take a rule that reads its coordinates for a table", () => {
    const verdict = prepare(`function* cell(y, x) {
      const n = yield* countNeighbors(y, x);
      yield transition(y, x, y > 500 && n === 3 ? 1 : 0);
    }`);
    expect(verdict.reason).toMatch(/depends on where the cell is/);
  });
});

describe("prepareUserRule says what is wrong with a broken rule", () => {
  it.each([
    [
      "function* cell(y, x) {\n  const me = yield query(y, x)\n  yield transition(y, x, me +);\n}",
      /^line 3, column 30: syntax error: Unexpected token/,
    ],
    ["function* cell(y, x) { yield 5; }", /yielded 5: yield query\(y, x\) or transition/],
    [
      "function* cell(y, x) { yield query(y + 0.5, x); yield transition(y, x, 0); }",
      /query\(0\.5, 0\): coordinates must be whole numbers/,
    ],
    [
      "function* cell(y, x) { yield transition(y + 1, x, 0); }",
      /transition\(1, 0, 0\): a cell announces only its own/,
    ],
    [
      "function* cell(y, x) { yield transition(y, x, 300); }",
      /transition\(0, 0, 300\): a state must be a whole number from 0 to 255/,
    ],
    ["function* cell(y, x) { yield query(y, x); }", /finished without a transition/],
    [
      "function* cell(y, x) { yield transition(y, x, 0); yield query(y, x); }",
      /after its transition/,
    ],
    ["function cell(y, x) { return 1; }", /cell must be a generator function/],
    [
      "function* cell(y, x) { while (true) yield query(y, x); }",
      /more than 1,100,000 queries without a transition/,
    ],
    [
      "const states = 1;\nfunction* cell(y, x) { yield transition(y, x, 0); }",
      /states must be a whole number from 2 to 256/,
    ],
    ["const states = 2;\nfunction* cell(y, x) { yield transition(y, x, 2); }", /from 0 to 1/],
  ])("%s", (source, message) => {
    expect(problemOf(source).message).toMatch(message);
  });

  it("refuses a source that would close the wrapper around it, before any of it runs", () => {
    const escaped =
      "return 0; } }; globalThis.ranOutside = true; (function () { return { logic() {";
    expect(problemOf(escaped).message).toMatch(/^line 1, column \d+: syntax error/);
    expect((globalThis as { ranOutside?: boolean }).ranOutside).toBeUndefined();
  });

  it("shows the user's line for an exception thrown by their code", () => {
    const error = problemOf(
      "function* cell(y, x) {\n  const me = yield query(y, x);\n  null.oops;\n}",
    );
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^line 3, column \d+: TypeError: .*in the cell at \(0, 0\)/);
  });

  it("shows the user's line for an exception at the top level", () => {
    const error = problemOf("const a = 1;\nundefinedThing();\nfunction* cell(y, x) {}");
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/ReferenceError: undefinedThing is not defined \(while loading/);
  });
});

/**
 * Runs a user's program and a built-in one on the same seeded soup of `states` states (a
 * torus), generation by generation, and expects the same cells.
 */
function expectSameRun(
  user: Parameters<typeof stepUserGrid>[2],
  builtIn: Parameters<typeof simulate>[2],
  states: number,
  width: number,
  height: number,
  generations: number,
): void {
  const seed = pickSeed();
  const random = createRandom(seed);
  let expected = new Grid(height, width, "torus");
  for (let i = 0; i < expected.cells.length; i++) {
    expected.cells[i] = random() < 0.4 ? Math.floor(random() * (states - 1)) + 1 : 0;
  }
  let actual = new Grid(height, width, "torus", expected.cells.slice());
  const simulation = simulate(height, width, builtIn);
  for (let generation = 1; generation <= generations; generation++) {
    expected = liveAGeneration(expected, simulation);
    actual = stepUserGrid(actual, actual.emptyLike(), user, states, 1);
    expect(actual.cells, `seed ${seed}, generation ${generation}`).toEqual(expected.cells);
  }
  expect(expected.population(), `seed ${seed}: the run died out`).toBeGreaterThan(0);
}
