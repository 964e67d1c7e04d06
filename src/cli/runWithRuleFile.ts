import { readFileSync } from "node:fs";
import { formatRule } from "../rules/index.ts";
import type { UserRule } from "../rules/Rule.ts";
import { createStateUniverse } from "../universe/states/createStateUniverse.ts";
import { CliError } from "./CliError.ts";
import { createThreadStepper } from "./createThreadStepper.ts";
import type { RunArgs } from "./parseRunArgs.ts";
import { runLife } from "./runLife.ts";
import { startUserRuleThread } from "./startUserRuleThread.ts";

/**
 * `life run --rule-file FILE`: the rule is checked and compiled in the user-rule thread
 * (startUserRuleThread), never in the CLI's own realm. One that compiles runs as the Life-like
 * rule it is, on any engine and space; one that does not runs on the interpreter in that
 * thread, on a bounded grid only. A bad rule is a one-line CliError (exit 2).
 */
export function runWithRuleFile(
  args: RunArgs,
  file: string,
  input: string,
  startProgress?: (cells: number) => (generation: bigint) => void,
): string {
  const source = readRuleFile(file);
  const thread = startUserRuleThread(args.size ? args.size.width * args.size.height : 0, file);
  try {
    const reply = thread.call({ kind: "prepare", source });
    if (reply.kind === "problem") throw new CliError(`${file}: ${reply.problem.message}`);
    if (reply.kind !== "prepared")
      throw new CliError(`${file}: the rule's thread answered ${reply.kind}`);
    const { verdict } = reply;
    if (verdict.rule) {
      thread.terminate();
      return runLife({ ...args, rule: formatRule(verdict.rule) }, input, args.file, startProgress);
    }
    const rule: UserRule = {
      family: "user",
      source,
      states: verdict.states,
      reason: verdict.reason ?? "it is not a 3x3 two-state rule",
    };
    const empty = { table: new Uint8Array(512) };
    return runLife(args, input, args.file, startProgress, {
      rule,
      createUniverse: (space) =>
        createStateUniverse(
          space,
          empty,
          rule.states,
          "coroutine",
          createThreadStepper(space, rule, thread, file),
        ),
    });
  } finally {
    thread.terminate();
  }
}

function readRuleFile(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliError(`--rule-file ${file}: cannot read it${code ? ` (${code})` : ""}`);
  }
}
