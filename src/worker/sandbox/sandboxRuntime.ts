/// <reference lib="webworker" />
// The rule sandbox's worker: the only place in the browser where a user's rule runs. It is
// bundled on its own (vite.config.ts, `virtual:rule-sandbox-runtime`) into one script that the
// sandbox's iframe starts as a blob: worker, so it inherits the iframe's opaque origin and its
// Content-Security-Policy (no network, no remote scripts). Nothing of the app but the pure core.
import { Grid } from "../../engine/Grid.ts";
import { knownCellsWorld } from "../../engine/trace/index.ts";
import {
  type PreparedUserRule,
  prepareUserRule,
  problemOf,
  stepUserGrid,
  traceUserCells,
  USER_RULE_FILE,
  USER_RULE_HELPERS,
  UserRuleError,
  verdictOf,
} from "../../userRule/index.ts";
import { ALIVE_MILLIS, type SandboxReply, type SandboxRequest } from "./protocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = scope.postMessage.bind(scope) as (
  reply: SandboxReply,
  transfer?: Transferable[],
) => void;
const helpers = Object.values(USER_RULE_HELPERS);
// The Content-Security-Policy already confines nested workers to this sandbox; a rule has no
// use for them, and one it started would outlive nothing but could hide work from the budget.
for (const name of ["Worker", "SharedWorker"]) Reflect.deleteProperty(scope, name);
// Only this script answers the supervisor: a rule that could post would forge replies, or keep
// saying it is alive while it loops and so never be stopped. The worker's own postMessage is
// bound above; every postMessage on the global's prototype chain goes.
for (let on: object | null = scope; on !== null; on = Object.getPrototypeOf(on)) {
  Reflect.deleteProperty(on, "postMessage");
}

let prepared: { readonly source: string; readonly rule: PreparedUserRule } | null = null;
let lastAlive = 0;

const evaluate = (code: string): unknown => {
  // biome-ignore lint/security/noGlobalEval: this worker exists to run the user's rule, sandboxed
  const factory = globalThis.eval(`${code}\n//# sourceURL=${USER_RULE_FILE}`) as (
    ...args: unknown[]
  ) => unknown;
  return factory(...helpers);
};

const prepare = (source: string): PreparedUserRule => {
  if (prepared?.source !== source) {
    prepared = { source, rule: prepareUserRule(source, evaluate, alive) };
  }
  return prepared.rule;
};

const alive = () => {
  const now = performance.now();
  if (now - lastAlive < ALIVE_MILLIS) return;
  lastAlive = now;
  post({ kind: "alive" });
};

const handle = (request: SandboxRequest): void => {
  lastAlive = performance.now();
  if (request.kind === "prepare") {
    post({ kind: "prepared", id: request.id, verdict: verdictOf(prepare(request.source)) });
    return;
  }
  if (request.kind === "trace") {
    const rule = prepare(request.source);
    const world = knownCellsWorld(request.bounds, request.cells, request.cellStates);
    const traces = traceUserCells(
      rule.program,
      request.states,
      world,
      request.region,
      { frames: request.frames, maxSteps: request.maxSteps },
      alive,
    );
    post({ kind: "traced", id: request.id, traces });
    return;
  }
  const { width, height, surface, cells, generations, states } = request;
  const rule = prepare(request.source);
  const current = new Grid(height, width, surface, cells);
  const last = stepUserGrid(current, current.emptyLike(), rule.program, states, generations, alive);
  post({ kind: "stepped", id: request.id, cells: last.cells }, [last.cells.buffer]);
};

// A listener, not `onmessage`, so the rule cannot call it; and only for messages the browser
// delivered (a rule could dispatch a made-up one at the global), so that a rule cannot run
// requests of its own to say it is alive while it loops.
scope.addEventListener("message", (event: MessageEvent<SandboxRequest>) => {
  if (!event.isTrusted) return;
  const request = event.data;
  try {
    handle(request);
  } catch (thrown) {
    const error =
      thrown instanceof UserRuleError
        ? thrown
        : new UserRuleError(`the sandbox failed: ${String(thrown)}`);
    post({ kind: "problem", id: request.id, problem: problemOf(error) });
  }
});
