import { type Options, type Program, parse } from "acorn";
import { UserRuleError } from "./UserRuleError.ts";
import { HELPER_NAMES } from "./userRuleHelpers.ts";

/**
 * How a user wrote a rule: the seed's `gameLogic(state, neighbors)` (as a function or only its
 * body), which runs inside the engine's own `stepCell`; or a whole cell coroutine
 * `function* cell(y, x)` that asks and announces for itself.
 */
export type UserRuleForm = "gameLogic" | "coroutine";

/** The file name user code runs under, so that stack traces can be mapped to its lines. */
export const USER_RULE_FILE = "user-rule.js";

/** A user's source made into one expression that its environment can evaluate. */
export interface WrappedUserRule {
  readonly form: UserRuleForm;
  /**
   * A function expression taking the helpers (`HELPER_NAMES`, in order) and returning
   * `{ program }` (a coroutine's generator function) or `{ logic }` (a game logic), with
   * `states` when the source declares it. The source's line n is line n + `LINE_OFFSET` of it.
   */
  readonly code: string;
}

/** How many lines the wrapper puts before the user's first line. */
export const LINE_OFFSET = 1;

const PARSE_OPTIONS: Options = {
  ecmaVersion: "latest",
  sourceType: "script",
  allowReturnOutsideFunction: true,
  locations: true,
};

/**
 * Checks the syntax of a user's rule and wraps it for evaluation, without running any of it.
 * The form is read from the parsed source, not guessed from its text: a top-level generator
 * function (named `cell`, or the only one) makes it a coroutine, a top-level function named
 * `gameLogic` a game logic, and anything else is taken as the body of
 * `gameLogic(state, neighbors)`. Throws UserRuleError with the line and column of a syntax
 * error. A source that parses on its own cannot close the wrapper around it.
 */
export function wrapUserRule(source: string): WrappedUserRule {
  const program = parseSource(source);
  const params = HELPER_NAMES.join(", ");
  const head = `(function (${params}) {"use strict";`;
  const states = `states: typeof states === "undefined" ? undefined : states`;
  const cell = coroutineName(program);
  if (cell !== undefined) {
    return {
      form: "coroutine",
      code: `${head}\n${source}\n;return { program: ${cell}, ${states} };\n})`,
    };
  }
  const logic = topLevelFunctions(program).find((f) => f.name === "gameLogic");
  if (logic !== undefined) {
    if (logic.generator) {
      throw new UserRuleError("gameLogic must be a plain function, not a generator", logic.line);
    }
    return {
      form: "gameLogic",
      code: `${head}\n${source}\n;return { logic: gameLogic, ${states} };\n})`,
    };
  }
  return {
    form: "gameLogic",
    code: `${head} return { logic: function gameLogic(state, neighbors) {\n${source}\n} };\n})`,
  };
}

function parseSource(source: string): Program {
  try {
    return parse(source, PARSE_OPTIONS);
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const message =
      error instanceof Error ? error.message.replace(/ \(\d+:\d+\)$/, "") : String(error);
    throw new UserRuleError(
      `syntax error: ${message}`,
      loc?.line,
      loc ? loc.column + 1 : undefined,
    );
  }
}

interface TopLevelFunction {
  readonly name: string;
  readonly generator: boolean;
  readonly line: number | undefined;
}

function topLevelFunctions(program: Program): TopLevelFunction[] {
  const functions: TopLevelFunction[] = [];
  for (const statement of program.body) {
    if (statement.type === "FunctionDeclaration") {
      functions.push({
        name: statement.id.name,
        generator: statement.generator,
        line: statement.loc?.start.line,
      });
    }
  }
  return functions;
}

/** The generator function a coroutine rule runs: `cell`, or the only top-level one. */
function coroutineName(program: Program): string | undefined {
  const functions = topLevelFunctions(program);
  const cell = functions.find((f) => f.name === "cell");
  if (cell !== undefined) {
    if (!cell.generator) {
      throw new UserRuleError("cell must be a generator function: function* cell(y, x)", cell.line);
    }
    return "cell";
  }
  const generators = functions.filter((f) => f.generator);
  if (generators.length > 1) {
    throw new UserRuleError(
      `${generators.length} generator functions and none named cell: name the cell's coroutine cell`,
      generators[1]?.line,
    );
  }
  return generators[0]?.name;
}
