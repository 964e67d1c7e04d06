// The CLI's place for a user's rule: a worker thread (started with resource limits by
// startUserRuleThread) in which the rule's code runs in a vm context holding only JavaScript's
// built-ins and the rule helpers: no require, process, import(), fetch, timers or file system.
// The interpreter around it runs in the thread's own realm. Each request is answered on a
// MessagePort and signalled through shared memory, so that the CLI can wait for it
// synchronously, under a time budget, and terminate the thread when it overruns.
import { createContext, runInContext } from "node:vm";
import { type MessagePort, workerData } from "node:worker_threads";
import { Grid } from "../engine/Grid.ts";
import {
  HELPER_NAMES,
  type PreparedUserRule,
  prepareUserRule,
  problemOf,
  stepUserGrid,
  USER_RULE_FILE,
  UserRuleError,
  verdictOf,
} from "../userRule/index.ts";
import type { ThreadData, ThreadReply, ThreadRequest } from "./userRuleThreadProtocol.ts";

const { port, control, cells, helpers } = workerData as ThreadData;
const context = createContext(Object.create(null), {
  name: "user rule",
  codeGeneration: { strings: false, wasm: false },
});
runInContext(helpers, context, { filename: "user-rule-helpers.js" });
let prepared: { source: string; rule: PreparedUserRule } | null = null;

const evaluate = (code: string): unknown =>
  runInContext(`(${code})(${HELPER_NAMES.join(", ")})`, context, { filename: USER_RULE_FILE });

const answer = (reply: ThreadReply) => {
  (port as MessagePort).postMessage(reply);
  Atomics.store(control, 0, 1);
  Atomics.notify(control, 0);
};

const handle = (request: ThreadRequest): ThreadReply => {
  if (prepared?.source !== request.source) {
    const rule = prepareUserRule(request.source, evaluate, () => Atomics.add(control, 1, 1));
    prepared = { source: request.source, rule };
  }
  const rule = prepared.rule;
  if (request.kind === "prepare") return { kind: "prepared", verdict: verdictOf(rule) };
  const { width, height, surface, generations, states } = request;
  const view = new Uint8Array(cells.buffer, 0, width * height);
  const current = new Grid(height, width, surface, view.slice());
  const last = stepUserGrid(current, current.emptyLike(), rule.program, states, generations, () =>
    Atomics.add(control, 1, 1),
  );
  view.set(last.cells);
  return { kind: "stepped" };
};

port.on("message", (request: ThreadRequest) => {
  try {
    answer(handle(request));
  } catch (thrown) {
    const error =
      thrown instanceof UserRuleError
        ? thrown
        : new UserRuleError(`the rule thread failed: ${String(thrown)}`);
    answer({ kind: "problem", problem: problemOf(error) });
  }
});
